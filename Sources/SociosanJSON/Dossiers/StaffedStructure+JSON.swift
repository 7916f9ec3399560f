import Sociosan

/// JSON mapping of ``StaffedStructure``: kind `staffing.roster` (with `members`) or
/// `staffing.structure` (without), schema version 1, as in `Schemas/staffing.roster.schema.json`
/// and `Schemas/staffing.structure.schema.json`. Defaults are omitted in canonical output
/// (`fullTimeHours` 36, no conditions, contract `employee`).
extension StaffedStructure: JSONDossier {
    public static var kinds: [DossierKind] { [rosterKind, structureKind] }
    public var kind: DossierKind { roster == nil ? Self.structureKind : Self.rosterKind }
    public static var ruleSet: RuleSet<StaffedStructure> { StaffingRules.ruleSet }

    static let defaultFullTimeHours: Rational = StaffingParameters().fullTimeHours
    static let structureKeys = ["kind", "schemaVersion", "id", "type", "capacity", "province", "fullTimeHours", "conditions", "members"]
    static let memberKeys = ["role", "hoursPerWeek", "contract"]

    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> StaffedStructure? {
        guard var object = ObjectReader(node, keys: structureKeys, context: &context) else { return nil }
        object.acceptEnvelope()
        let id = object.required("id", &context) { $0.identifier($1) }
        let type = object.required("type", &context) { context, node -> String? in
            guard let found = node.withStringBytes({ StandardIDTable.lookup($0) }) else {
                context.typeMismatch(expected: .string, found: node)
                return nil
            }
            guard let id = found else {
                let known = StaffingCatalogue.ids.joined(separator: ", ")
                let text = MessageExcerpt.of(node.stringValue ?? "")
                context.invalidValue(LocalizedText(it: "tipologia \"\(text)\" sconosciuta; tipologie: \(known)",
                                                   en: "unknown structure type \"\(text)\"; types: \(known)"))
                return nil
            }
            return id
        }
        let capacity = object.required("capacity", &context) { $0.integer($1, in: 0...1_000_000) }
        let province = object.optional("province", &context) { $0.code($1, as: Province.self) }
        let fullTime = object.optional("fullTimeHours", &context) { context, node -> Rational? in
            guard let hundredths = context.hundredths(node, in: 1...16_800) else { return nil }
            return Rational(hundredths, 100)
        }
        let conditions = object.optional("conditions", &context) { context, node -> Set<StaffingCondition>? in
            guard let names = context.array(node, { context, node -> String? in
                guard let text = context.string(node) else { return nil }
                // Lower-case letters, digits, '-' and '.' (namespaced codes such as
                // "sicily.addiction.non-profit-operator").
                guard isConditionCode(text.utf8) else {
                    context.invalidValue(LocalizedText(it: "una condizione è un codice come \"hosts-minors\" (a-z, 0-9, '-', '.')",
                                                       en: "a condition is a code such as \"hosts-minors\" (a-z, 0-9, '-', '.')"))
                    return nil
                }
                return text
            }) else { return nil }
            return Set(names.map(StaffingCondition.init(rawValue:)))
        }
        var members: [RosterMember]?? = .some(nil)
        if kind == rosterKind {
            members = object.required("members", &context) { context, node in
                context.array(node) { context, node -> RosterMember? in decodeMember(node, &context) }
            }.map { .some($0) }
        } else if node["members"] != nil {
            members = object.optional("members", &context) { context, _ -> [RosterMember]? in
                context.invalidValue(LocalizedText(
                    it: "una struttura con organico è un dossier \"staffing.roster\"",
                    en: "a structure with a roster is a \"staffing.roster\" dossier"))
                return nil
            }.map { _ in nil }
        }
        object.finish(&context)
        guard let id, let type, let capacity, let province, let fullTime, let conditions, let members else { return nil }
        return StaffedStructure(
            id: id, type: type, capacity: capacity, province: province,
            parameters: StaffingParameters(fullTimeHours: fullTime ?? defaultFullTimeHours, conditions: conditions ?? []),
            roster: members.map(Roster.init(members:)))
    }

    static func decodeMember(_ node: JSONNode, _ context: inout DecodingContext) -> RosterMember? {
        guard var reader = ObjectReader(node, keys: memberKeys, context: &context) else { return nil }
        let role = reader.required("role", &context) { $0.code($1, as: StaffRole.self) }
        let hours = reader.required("hoursPerWeek", &context) { $0.hundredths($1, in: 0...16_800) }
        let contract = reader.optional("contract", &context) { $0.code($1, as: ContractType.self) }
        reader.finish(&context)
        guard let role, let hours, let contract else { return nil }
        return RosterMember(role: role, hoursPerWeek: Rational(hours, 100), contract: contract ?? .employee)
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("kind"); writer.string(kind.rawValue)
        writer.key("schemaVersion"); writer.integer(Self.schemaVersion)
        writer.key("id"); writer.string(id.rawValue)
        writer.key("type"); writer.string(type)
        writer.key("capacity"); writer.integer(capacity)
        if let province { writer.key("province"); writer.string(province.rawValue) }
        if parameters.fullTimeHours != Self.defaultFullTimeHours {
            writer.key("fullTimeHours"); writer.fixedPoint(parameters.fullTimeHours.hundredths, scale: 2)
        }
        if !parameters.conditions.isEmpty {
            writer.key("conditions")
            writer.beginArray()
            for condition in parameters.conditions.map(\.rawValue).sorted() { writer.string(condition) }
            writer.endArray()
        }
        if let roster {
            writer.key("members")
            writer.beginArray()
            for member in roster.members {
                writer.beginObject()
                writer.key("role"); writer.string(member.role.rawValue)
                writer.key("hoursPerWeek"); writer.fixedPoint(member.hoursPerWeek.hundredths, scale: 2)
                if member.contract != .employee { writer.key("contract"); writer.string(member.contract.rawValue) }
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }
}

// MARK: - Network lines

extension StaffedStructure {
    /// The id a structure read by ``decodeNetworkLine(_:)`` carries until ``networkLineID(_:)``
    /// reads its own (the tally never looks at ids; only failing structures need theirs).
    static let deferredID = try! StructureID("0")

    /// The network reader's fast path: one walk over the members of a line in the common,
    /// well-formed shape (known keys only, every value of the expected type and within its
    /// limits), without diagnostics, path tracking or allocating the id. Its validity rules are
    /// those of ``decode(from:kind:context:)``, so what it returns is what `decode(document:)`
    /// returns, the id aside (``deferredID``; the id is checked here, read with
    /// ``networkLineID(_:)``). It returns `nil` for anything else, and the caller decodes the
    /// line with `decode(document:)`, which gives the verdict and the located findings.
    static func decodeNetworkLine(_ root: JSONNode) -> (structure: StaffedStructure, id: JSONNode)? {
        guard root.kind == .object else { return nil }
        var isRoster: Bool?
        var hasVersion = false
        var idNode: JSONNode?
        var type: String?
        var capacity: Int?
        var province: Province?
        var fullTime = defaultFullTimeHours
        var conditions = Set<StaffingCondition>()
        var membersNode: JSONNode?
        var iterator = root.members.makeIterator()
        while let member = iterator.next() {
            let value = member.value
            let key = member.keyBytes
            switch key.count {
            case 2 where member.hasKey("id"):
                guard value.withStringBytes({ StructureID.isValid(utf8: $0) }) == true else { return nil }
                idNode = value
            case 4 where member.hasKey("kind"):
                if value.isString(structureKind.rawValue) {
                    isRoster = false
                } else if value.isString(rosterKind.rawValue) {
                    isRoster = true
                } else {
                    return nil
                }
            case 4 where member.hasKey("type"):
                guard let found = value.withStringBytes({ StandardIDTable.lookup($0) }), let id = found else { return nil }
                type = id
            case 7 where member.hasKey("members"):
                membersNode = value
            case 8 where member.hasKey("capacity"):
                guard let number = value.integerValue, number >= 0, number <= 1_000_000 else { return nil }
                capacity = Int(number)
            case 8 where member.hasKey("province"):
                if value.kind == .null { continue }
                guard let found = value.withStringBytes(provinceCode), let code = found else { return nil }
                province = code
            case 10 where member.hasKey("conditions"):
                if value.kind == .null { continue }
                guard value.kind == .array else { return nil }
                for index in 0..<value.count {
                    guard let text = value[index]?.withStringBytes({ bytes -> String? in
                        guard isConditionCode(bytes) else {
                            return nil
                        }
                        return String(decoding: bytes, as: UTF8.self)
                    }), let text else { return nil }
                    conditions.insert(StaffingCondition(rawValue: text))
                }
            case 13 where member.hasKey("schemaVersion"):
                guard value.kind == .integer, value.integerValue == Int64(schemaVersion) else { return nil }
                hasVersion = true
            case 13 where member.hasKey("fullTimeHours"):
                if value.kind == .null { continue }
                guard let hundredths = Hundredths.read(value, in: 1...16_800).value else { return nil }
                fullTime = Rational(hundredths, 100)
            default:
                return nil
            }
        }
        guard let isRoster, hasVersion, let idNode, let type, let capacity else { return nil }
        var roster: Roster?
        if isRoster {
            guard let membersNode, membersNode.kind == .array else { return nil }
            let count = membersNode.count
            var members: [RosterMember] = []
            members.reserveCapacity(count)
            for index in 0..<count {
                guard let node = membersNode[index], let member = networkMember(node) else { return nil }
                members.append(member)
            }
            roster = Roster(members: members)
        } else if membersNode != nil {
            return nil
        }
        let structure = StaffedStructure(
            id: deferredID, type: type, capacity: capacity, province: province,
            parameters: StaffingParameters(fullTimeHours: fullTime, conditions: conditions), roster: roster)
        return (structure, idNode)
    }

    /// Provinces by their two capital letters, `(first - 'A') * 26 + (second - 'A')`.
    private static let provincesByLetters: [Province?] = {
        var table = [Province?](repeating: nil, count: 26 * 26)
        for province in Province.allCases {
            let bytes = Array(province.rawValue.utf8)
            precondition(bytes.count == 2 && bytes.allSatisfy { $0 >= 65 && $0 <= 90 }, "province code \(province.rawValue)")
            table[Int(bytes[0] - 65) * 26 + Int(bytes[1] - 65)] = province
        }
        return table
    }()

    /// `Province.codeTable.lookup` with one table read rather than a scan of 107 codes.
    private static func provinceCode(_ bytes: UnsafeRawBufferPointer) -> Province? {
        guard bytes.count == 2 else { return nil }
        let first = Int(bytes[0]) - 65, second = Int(bytes[1]) - 65
        guard first >= 0, first < 26, second >= 0, second < 26 else { return nil }
        return provincesByLetters[first * 26 + second]
    }

    /// The id of a line read by ``decodeNetworkLine(_:)`` (already checked there).
    static func networkLineID(_ node: JSONNode) -> StructureID {
        try! StructureID(node.stringValue ?? "")
    }

    /// ``StructureID``'s rules on bytes: 1 to 64 of `a-z`, `0-9`, and `.`, `_`, `-` after the first.
    /// ``decodeMember(_:_:)`` when it succeeds without findings, `nil` otherwise.
    private static func networkMember(_ node: JSONNode) -> RosterMember? {
        guard node.kind == .object else { return nil }
        var role: StaffRole?
        var hours: Int?
        var contract = ContractType.employee
        var iterator = node.members.makeIterator()
        while let member = iterator.next() {
            let value = member.value
            if member.hasKey("role") {
                guard let found = value.withStringBytes({ StaffRole.codeTable.lookup($0) }), let code = found else { return nil }
                role = code
            } else if member.hasKey("hoursPerWeek") {
                guard let value = Hundredths.read(value, in: 0...16_800).value else { return nil }
                hours = value
            } else if member.hasKey("contract") {
                if value.kind == .null { continue }
                guard let found = value.withStringBytes({ ContractType.codeTable.lookup($0) }), let code = found else { return nil }
                contract = code
            } else {
                return nil
            }
        }
        guard let role, let hours else { return nil }
        return RosterMember(role: role, hoursPerWeek: Rational(hours, 100), contract: contract)
    }
}

/// A condition code: lower-case letters, digits, '-' and '.' (namespaced codes such as
/// "sicily.addiction.non-profit-operator"); one rule for the decoder and the fast path.
func isConditionCode(_ bytes: some Collection<UInt8>) -> Bool {
    !bytes.isEmpty && bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 46 }
}

// MARK: - What the staffing tools read

extension StaffedStructure {
    /// The structure kind of `document`, when it is the accreditation dossier of one
    /// (``StructureKinds``); `nil` for any other document, and for an SPOI: its roster is in
    /// its own section, counted in establishment posts and judged by its own rules, not in the
    /// shared `staff` a staffing check reads (the staffing tools refuse it as not a roster).
    public static func structureKind(of document: JSONDocument) -> StructureKind? {
        guard document.root.kind == .object, let kind = document.root["kind"]?.stringValue,
              let found = StructureKinds.kind(for: DossierKind(rawValue: kind)), found.type != .spoi else { return nil }
        return found
    }

    /// The structure a staffing tool checks: a `staffing.roster` or `staffing.structure`
    /// dossier as it is, or the accreditation dossier of any structure kind through
    /// ``StaffedStructure/init(structure:)`` (its type row's standard, its beds, its roster).
    ///
    /// ```swift
    /// let structure = try StaffedStructure.decodeForStaffing(document: try JSONDocument.parse(contentsOfFile: path))
    /// let check = try StaffingCalculator.check(structure.roster!, against: structure.standard!, capacity: structure.capacity)
    /// ```
    public static func decodeForStaffing(document: JSONDocument) throws(DossierDecodingError) -> StaffedStructure {
        if structureKind(of: document) != nil {
            return StaffedStructure(structure: try StructureDossier.decode(document: document))
        }
        return try decode(document: document)
    }
}

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
                let text = node.stringValue ?? ""
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
                guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 46 }) else {
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

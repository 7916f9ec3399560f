import Sociosan

/// The network reader's fast path: the specialised decoder of one `staffing.structure` or
/// `staffing.roster` line, in the way of ``ImplementalActivityLine``. It walks jansson's tree
/// once, member by member, with no ``DecodingContext``, no JSON Pointer and no generic field
/// accessor, and it reports nothing: it answers the structure for a line it can vouch for, and
/// `nil` for any other line (a member it does not know, a wrong type, a value out of range or
/// not a code, the envelope of another kind or version), which then goes the generic way,
/// the kinds' field tables, with their findings. ``StaffedStructure/decode(from:kind:context:)``
/// (`sociosan validate`, `staffing check`) tries it first too.
///
/// The kinds stay declared as data (``StaffedStructure/fields(for:)``): the ranges are the
/// table's, and ``StaffedStructure/networkLineMembers(roster:)`` (what this decoder reads) is
/// held equal to the tables' descriptions by `NetworkFastPathTests`, which also runs both paths
/// over every fixture line and altered lines and compares.
extension StaffedStructure {
    /// The members ``decodeNetworkLine(_:)`` reads for a line of the roster kind or of the
    /// structure kind, envelope first, in the table's order, with the shape it accepts (the
    /// same ``FieldDescription``s as the table's, summaries aside).
    public static func networkLineMembers(roster: Bool) -> [FieldDescription] {
        let member: [FieldDescription] = [
            FieldDescription(name: "role", shape: .code(StaffRole.allCases.map(\.rawValue)), isRequired: true),
            FieldDescription(name: "hoursPerWeek", shape: .fixedPoint(hoursPerWeekRange, scale: 2), isRequired: true),
            FieldDescription(name: "contract", shape: .code(ContractType.allCases.map(\.rawValue)), isRequired: false),
        ]
        return [
            FieldDescription(name: "kind", shape: .constantText((roster ? rosterKind : structureKind).rawValue), isRequired: true),
            FieldDescription(name: "schemaVersion", shape: .constantInteger(schemaVersion), isRequired: true),
            FieldDescription(name: "id", shape: ValueCodecs.identifier.shape, isRequired: true),
            FieldDescription(name: "type", shape: .code(types.codes), isRequired: true),
            FieldDescription(name: "capacity", shape: .integer(capacityRange), isRequired: true),
            FieldDescription(name: "province", shape: .code(Province.allCases.map(\.rawValue)), isRequired: false),
            FieldDescription(name: "fullTimeHours", shape: .fixedPoint(fullTimeHoursRange, scale: 2), isRequired: false),
            FieldDescription(name: "conditions", shape: .distinctArray(.string(minLength: 1, pattern: "^[a-z0-9.-]+$", description: nil)),
                             isRequired: false),
            roster ? FieldDescription(name: "members", shape: .array(.object(member), minItems: 0), isRequired: true)
                : FieldDescription(name: "members", shape: .forbidden, isRequired: false),
        ]
    }

    /// The id a structure read by ``decodeNetworkLine(_:)`` carries until ``networkLineID(_:)``
    /// reads its own (the tally never looks at ids; only failing structures need theirs).
    static let deferredID = try! StructureID("0")

    /// The network reader's fast path: one walk over the members of a line in the common,
    /// well-formed shape (known keys only, every value of the expected type and within its
    /// limits), without diagnostics, path tracking or allocating the id. Its validity rules are
    /// those of the kinds' field tables, so what it returns is what `decode(document:)`
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
                guard let found = value.withStringBytes({ types.position(of: $0) }), let position = found else { return nil }
                type = types.codes[position]
            case 7 where member.hasKey("members"):
                membersNode = value
            case 8 where member.hasKey("capacity"):
                guard let number = value.integerValue, number >= Int64(capacityRange.lowerBound), number <= Int64(capacityRange.upperBound) else { return nil }
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
                        guard StaffingCondition.isCode(bytes) else { return nil }
                        return String(decoding: bytes, as: UTF8.self)
                    }), let text else { return nil }
                    conditions.insert(StaffingCondition(rawValue: text))
                }
            case 13 where member.hasKey("schemaVersion"):
                guard value.kind == .integer, value.integerValue == Int64(schemaVersion) else { return nil }
                hasVersion = true
            case 13 where member.hasKey("fullTimeHours"):
                if value.kind == .null { continue }
                guard let hundredths = Hundredths.read(value, in: fullTimeHoursRange).value else { return nil }
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

    /// A roster member as ``RosterMember/fields`` reads it when it finds nothing to report,
    /// `nil` otherwise.
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
                guard let value = Hundredths.read(value, in: hoursPerWeekRange).value else { return nil }
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

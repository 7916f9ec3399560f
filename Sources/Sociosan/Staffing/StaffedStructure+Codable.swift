// Codable conformance of StaffedStructure (standard library only, no Foundation). For users
// who prefer Foundation's JSONEncoder/JSONDecoder, and the baseline of the `network`
// benchmarks; the fast path, with located diagnostics, is SociosanJSON's mapping
// (`StaffedStructure+JSON.swift`) and `NetworkReader`.

/// Coded as its id (`"employee"`, `"trainee"`).
extension ContractType: Codable {}

/// `Codable` support with the JSON of `Schemas/staffing.roster.schema.json` and
/// `Schemas/staffing.structure.schema.json`, the same as SociosanJSON's mapping.
///
/// - The kind follows the roster: `"staffing.roster"` with `"members"`, `"staffing.structure"`
///   without; `"schemaVersion"` is 1. Both are written on encode and checked on decode (a
///   `staffing.roster` needs `members`, a `staffing.structure` must not have them).
/// - Defaults are omitted on encode: `fullTimeHours` 36, no `conditions` (sorted otherwise),
///   `contract` `employee`, no `province`. Hours are JSON numbers with at most two decimals.
/// - Decoding stops at the first problem with a `DecodingError`; unknown keys are ignored.
///
/// ```swift
/// let structure = try JSONDecoder().decode(StaffedStructure.self, from: line)
/// let text = try JSONEncoder().encode(structure)
/// ```
extension StaffedStructure: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, schemaVersion, id, type, capacity, province, fullTimeHours, conditions, members
    }

    enum MemberKeys: String, CodingKey {
        case role, hoursPerWeek, contract
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        guard kind == Self.rosterKind.rawValue || kind == Self.structureKind.rawValue else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "expected kind \"\(Self.rosterKind.rawValue)\" or \"\(Self.structureKind.rawValue)\", found \"\(kind)\"")
        }
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version == Self.schemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription: "schema version \(version) is not supported for \"\(kind)\"; supported: \(Self.schemaVersion)")
        }
        let id = try container.decode(StructureID.self, forKey: .id)
        let type = try container.decode(String.self, forKey: .type)
        guard StaffingCatalogue.indexByID[type] != nil else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown structure type \"\(type)\"; types: \(StaffingCatalogue.ids.joined(separator: ", "))")
        }
        let capacity = try container.decodeInteger(forKey: .capacity, in: 0...1_000_000)
        let province = try container.decodeIfPresent(Province.self, forKey: .province)
        var fullTime = StaffingParameters().fullTimeHours
        if try container.contains(.fullTimeHours) && !container.decodeNil(forKey: .fullTimeHours) {
            let hundredths = try Self.hundredths(container, forKey: .fullTimeHours, in: 1...16_800)
            fullTime = Rational(hundredths, 100)
        }
        var conditions = Set<StaffingCondition>()
        if try container.contains(.conditions) && !container.decodeNil(forKey: .conditions) {
            for text in try container.decode([String].self, forKey: .conditions) {
                guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 46 }) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .conditions, in: container,
                        debugDescription: "a condition is a code such as \"hosts-minors\" (a-z, 0-9, '-', '.')")
                }
                conditions.insert(StaffingCondition(rawValue: text))
            }
        }
        var roster: Roster?
        if kind == Self.rosterKind.rawValue {
            var array = try container.nestedUnkeyedContainer(forKey: .members)
            var members: [RosterMember] = []
            if let count = array.count { members.reserveCapacity(count) }
            while !array.isAtEnd {
                let member = try array.nestedContainer(keyedBy: MemberKeys.self)
                let role = try member.decode(StaffRole.self, forKey: .role)
                let hours = try Self.hundredths(member, forKey: .hoursPerWeek, in: 0...16_800)
                let contract = try member.decodeIfPresent(ContractType.self, forKey: .contract) ?? .employee
                members.append(RosterMember(role: role, hoursPerWeek: Rational(hours, 100), contract: contract))
            }
            roster = Roster(members: members)
        } else if container.contains(.members) {
            throw DecodingError.dataCorruptedError(
                forKey: .members, in: container, debugDescription: "a structure with a roster is a \"staffing.roster\" dossier")
        }
        self.init(id: id, type: type, capacity: capacity, province: province,
                  parameters: StaffingParameters(fullTimeHours: fullTime, conditions: conditions), roster: roster)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(codedKind.rawValue, forKey: .kind)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(capacity, forKey: .capacity)
        try container.encodeIfPresent(province, forKey: .province)
        if parameters.fullTimeHours != StaffingParameters().fullTimeHours {
            try Self.encodeHundredths(parameters.fullTimeHours.hundredths, in: &container, forKey: .fullTimeHours)
        }
        if !parameters.conditions.isEmpty {
            try container.encode(parameters.conditions.map(\.rawValue).sorted(), forKey: .conditions)
        }
        if let roster {
            var array = container.nestedUnkeyedContainer(forKey: .members)
            for member in roster.members {
                var object = array.nestedContainer(keyedBy: MemberKeys.self)
                try object.encode(member.role, forKey: .role)
                try Self.encodeHundredths(member.hoursPerWeek.hundredths, in: &object, forKey: .hoursPerWeek)
                if member.contract != .employee { try object.encode(member.contract, forKey: .contract) }
            }
        }
    }

    /// The kind the structure is coded as: `staffing.roster` with a roster, `staffing.structure` without.
    private var codedKind: DossierKind { roster == nil ? Self.structureKind : Self.rosterKind }

    /// A JSON number with at most two decimals, as hundredths within `range`.
    private static func hundredths<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>, forKey key: Key, in range: ClosedRange<Int>
    ) throws -> Int {
        let value = try container.decode(Double.self, forKey: key)
        let scaled = value * 100
        guard scaled.isFinite, abs(scaled) < 1e15 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "\(value) is not a number of hours")
        }
        let rounded = scaled.rounded()
        guard abs(rounded - scaled) < 1e-6 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "at most two decimals (found \(value))")
        }
        let hundredths = Int(rounded)
        guard range.contains(hundredths) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(value) is outside the range \(Double(range.lowerBound) / 100)-\(Double(range.upperBound) / 100)")
        }
        return hundredths
    }

    private static func encodeHundredths<Key: CodingKey>(
        _ hundredths: Int, in container: inout KeyedEncodingContainer<Key>, forKey key: Key
    ) throws {
        if hundredths % 100 == 0 {
            try container.encode(hundredths / 100, forKey: key)
        } else {
            try container.encode(Double(hundredths) / 100, forKey: key)
        }
    }
}

// Codable conformances for the SPOI dossier and the vocabulary it uses. The standard
// library's Codable only: this file, like the whole core, imports no Foundation.

// MARK: - SPOIDossier

/// `Codable` support, for users who prefer Foundation's `JSONEncoder` and `JSONDecoder` (or
/// any other `Encoder`/`Decoder`).
///
/// The JSON shape is exactly that of `Schemas/er.psychiatry.spoi.schema.json` and of the
/// SociosanJSON mapping: `"kind"` and `"schemaVersion"` are written on encode and checked on
/// decode, `managingOperator` is `"operator"`, dates are `"YYYY-MM-DD"` strings, staff units
/// are JSON numbers, sets are arrays in declaration order, the attestations are split into
/// the eight area arrays (`"spaces"` … `"documentation"`), and `nil` optionals are omitted.
///
/// This is the convenient path, not the fast one. For speed, exact diagnostics (every
/// problem with its JSON Pointer and rule id) and constant-memory JSON Lines, use the
/// SociosanJSON module: `SPOIDossier.decode(jsonText:)`, `encoded(style:)` and
/// `DossierValidator`. Codable decoding stops at the first problem and throws a
/// `DecodingError`; unknown keys are ignored, as SociosanJSON does outside strict mode.
///
/// ```swift
/// import Foundation
/// import Sociosan
///
/// let dossier = try JSONDecoder().decode(SPOIDossier.self, from: data)
/// let findings = SPOIRules.ruleSet.evaluate(dossier)
/// let text = try JSONEncoder().encode(dossier)
/// ```
extension SPOIDossier: Codable {
    /// The JSON member names, in the schema's property order.
    enum CodingKeys: String, CodingKey {
        case kind, schemaVersion, id, name
        case managingOperator = "operator"
        case province, disciplineCode, producesSDO, buildingPermitDate, accreditation, beds, dayHospitalBeds
        case nuclei, contiguity, rooms, staff, smallUnitEvaluationOn, access
        case spaces, equipment, procedures, services, competence, training, quality, documentation

        init(area: RequirementArea) {
            switch area {
            case .spaces: self = .spaces
            case .equipment: self = .equipment
            case .procedures: self = .procedures
            case .services: self = .services
            case .competence: self = .competence
            case .training: self = .training
            case .quality: self = .quality
            case .documentation: self = .documentation
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)

        // The envelope first: a document of another kind or version is not read any further.
        let kind = try container.decode(String.self, forKey: .kind)
        guard kind == Self.kind.rawValue else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "expected kind \"\(Self.kind.rawValue)\", found \"\(kind)\"")
        }
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard SPOIRules.kindInfo.supportedVersions.contains(version) else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription: "schema version \(version) is not supported for \"\(kind)\"; supported: \(SPOIRules.kindInfo.supportedVersions)")
        }

        let id = try container.decode(StructureID.self, forKey: .id)
        let name = try container.decodeNonEmptyString(forKey: .name)
        let managingOperator = try container.decode(Operator.self, forKey: .managingOperator)
        let province = try container.decode(Province.self, forKey: .province)
        let disciplineCode = try container.decodeNonEmptyString(forKey: .disciplineCode)
        let producesSDO = try container.decode(Bool.self, forKey: .producesSDO)
        let permit = try container.decodeIfPresent(LocalDate.self, forKey: .buildingPermitDate)
        let accreditation = try container.decode(Accreditation.self, forKey: .accreditation)
        let beds = try container.decodeInteger(forKey: .beds, in: 1...1000)
        let dayHospitalBeds = try container.decodeIntegerIfPresent(forKey: .dayHospitalBeds, in: 0...1000) ?? 0
        let nuclei = try container.decode([Nucleus].self, forKey: .nuclei)
        guard !nuclei.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .nuclei, in: container, debugDescription: "at least 1 nucleus is needed")
        }
        let contiguity = try container.decodeIfPresent(Contiguity.self, forKey: .contiguity)
        let rooms = try container.decode([Room].self, forKey: .rooms)
        guard !rooms.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .rooms, in: container, debugDescription: "at least 1 room is needed")
        }
        let staff = try container.decode([StaffEntry].self, forKey: .staff)
        let evaluation = try container.decodeIfPresent(LocalDate.self, forKey: .smallUnitEvaluationOn)
        let access = try container.decode(Access.self, forKey: .access)

        var attestations = Set<SPOIRequirement>()
        for area in RequirementArea.allCases {
            let key = CodingKeys(area: area)
            for requirement in try container.decodeCodeSet(SPOIRequirement.self, forKey: key) {
                // A code from another area is a misplaced attestation, not a silent pass.
                guard requirement.area == area else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription: "\"\(requirement.rawValue)\" belongs to \"\(requirement.area.rawValue)\", not to \"\(area.rawValue)\"")
                }
                attestations.insert(requirement)
            }
        }

        self.init(
            id: id, name: name, managingOperator: managingOperator, province: province,
            disciplineCode: disciplineCode, producesSDO: producesSDO, buildingPermitDate: permit,
            accreditation: accreditation, beds: beds, dayHospitalBeds: dayHospitalBeds, nuclei: nuclei,
            contiguity: contiguity, rooms: rooms, staff: staff, smallUnitEvaluationOn: evaluation,
            access: access, attestations: attestations)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.kind.rawValue, forKey: .kind)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(managingOperator, forKey: .managingOperator)
        try container.encode(province, forKey: .province)
        try container.encode(disciplineCode, forKey: .disciplineCode)
        try container.encode(producesSDO, forKey: .producesSDO)
        try container.encodeIfPresent(buildingPermitDate, forKey: .buildingPermitDate)
        try container.encode(accreditation, forKey: .accreditation)
        try container.encode(beds, forKey: .beds)
        try container.encode(dayHospitalBeds, forKey: .dayHospitalBeds)
        try container.encode(nuclei, forKey: .nuclei)
        try container.encodeIfPresent(contiguity, forKey: .contiguity)
        try container.encode(rooms, forKey: .rooms)
        try container.encode(staff, forKey: .staff)
        try container.encodeIfPresent(smallUnitEvaluationOn, forKey: .smallUnitEvaluationOn)
        try container.encode(access, forKey: .access)
        for area in RequirementArea.allCases {
            var array = container.nestedUnkeyedContainer(forKey: CodingKeys(area: area))
            for requirement in SPOIRequirement.allCases where requirement.area == area && attestations.contains(requirement) {
                try array.encode(requirement)
            }
        }
    }
}

// MARK: - Nested types

extension SPOIDossier.Operator: Codable {
    enum CodingKeys: String, CodingKey {
        case name, ownership, vatNumber
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeNonEmptyString(forKey: .name)
        let ownership = try container.decode(SPOIDossier.Ownership.self, forKey: .ownership)
        let vat = try container.decodeIfPresent(String.self, forKey: .vatNumber)
        if let vat, vat.utf8.count != 11 || !vat.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            throw DecodingError.dataCorruptedError(forKey: .vatNumber, in: container, debugDescription: "a VAT number has 11 digits")
        }
        self.init(name: name, ownership: ownership, vatNumber: vat)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(ownership, forKey: .ownership)
        try container.encodeIfPresent(vatNumber, forKey: .vatNumber)
    }
}

extension SPOIDossier.Ownership: Codable {}

extension SPOIDossier.Accreditation: Codable {
    enum CodingKeys: String, CodingKey {
        case grantedOn, lastRenewedOn
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            grantedOn: try container.decodeIfPresent(LocalDate.self, forKey: .grantedOn),
            lastRenewedOn: try container.decodeIfPresent(LocalDate.self, forKey: .lastRenewedOn))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(grantedOn, forKey: .grantedOn)
        try container.encodeIfPresent(lastRenewedOn, forKey: .lastRenewedOn)
    }
}

extension SPOIDossier.Contiguity: Codable {
    enum CodingKeys: String, CodingKey {
        case contiguousToPsychiatricWard, autonomous
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(contiguousToPsychiatricWard: try container.decode(Bool.self, forKey: .contiguousToPsychiatricWard),
                  autonomous: try container.decode(Bool.self, forKey: .autonomous))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(contiguousToPsychiatricWard, forKey: .contiguousToPsychiatricWard)
        try container.encode(autonomous, forKey: .autonomous)
    }
}

/// Nuclei and rooms share one shape, `{"id": ..., "beds": ...}`, and one coding.
protocol BedGroupCodable: Codable {
    var id: String { get }
    var beds: Int { get }
    init(id: String, beds: Int)
}

enum BedGroupCodingKeys: String, CodingKey {
    case id, beds
}

extension BedGroupCodable {
    /// A group without beds is refused, as by the SociosanJSON decoder.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: BedGroupCodingKeys.self)
        self.init(id: try container.decodeNonEmptyString(forKey: .id),
                  beds: try container.decodeInteger(forKey: .beds, in: 1...1000))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: BedGroupCodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(beds, forKey: .beds)
    }
}

extension SPOIDossier.Nucleus: BedGroupCodable {}
extension SPOIDossier.Room: BedGroupCodable {}

extension SPOIDossier.StaffEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case role, units, coverage
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let role = try container.decode(StaffRole.self, forKey: .role)
        let units = try container.decode(StaffUnits.self, forKey: .units)
        // The schema's 0...10000 units.
        guard units.hundredths >= 0, units.hundredths <= 10_000 * 100 else {
            throw DecodingError.dataCorruptedError(forKey: .units, in: container, debugDescription: "units run from 0 to 10000")
        }
        let coverage = try container.decode(Coverage.self, forKey: .coverage)
        self.init(role: role, units: units, coverage: coverage)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(units, forKey: .units)
        try container.encode(coverage, forKey: .coverage)
    }
}

extension SPOIDossier.Access: Codable {
    enum CodingKeys: String, CodingKey {
        case channels, admissionKinds, singleRequestForm, urgentAccess24h, outOfHoursVia
    }

    /// `"channels"` may be absent (the schema does not require it): it then reads as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let channels = container.contains(.channels)
            ? try container.decodeCodeSet(AccessChannel.self, forKey: .channels) : []
        self.init(
            channels: channels,
            admissionKinds: try container.decodeCodeSet(AdmissionKind.self, forKey: .admissionKinds),
            singleRequestForm: try container.decode(Bool.self, forKey: .singleRequestForm),
            urgentAccess24h: try container.decode(Bool.self, forKey: .urgentAccess24h),
            outOfHoursVia: try container.decodeCodeSet(AccessChannel.self, forKey: .outOfHoursVia))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeCodeSet(channels, forKey: .channels)
        try container.encodeCodeSet(admissionKinds, forKey: .admissionKinds)
        try container.encode(singleRequestForm, forKey: .singleRequestForm)
        try container.encode(urgentAccess24h, forKey: .urgentAccess24h)
        try container.encodeCodeSet(outOfHoursVia, forKey: .outOfHoursVia)
    }
}

// MARK: - Codes

// String-backed enums get the standard library's RawRepresentable coding: the raw value as a
// JSON string, and a `DecodingError.dataCorrupted` for any other string.

extension SPOIRequirement: Codable {}
extension AccessChannel: Codable {}
extension AdmissionKind: Codable {}

// MARK: - Helpers

extension KeyedDecodingContainer {
    /// A string that must not be empty.
    func decodeNonEmptyString(forKey key: Key) throws -> String {
        let value = try decode(String.self, forKey: key)
        guard !value.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "the text cannot be empty")
        }
        return value
    }

    /// An integer within `range`.
    func decodeInteger(forKey key: Key, in range: ClosedRange<Int>) throws -> Int {
        let value = try decode(Int.self, forKey: key)
        guard range.contains(value) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "\(value) is outside the range \(range.lowerBound)-\(range.upperBound)")
        }
        return value
    }

    /// An integer within `range`, or `nil` when absent or `null`.
    func decodeIntegerIfPresent(forKey key: Key, in range: ClosedRange<Int>) throws -> Int? {
        guard try contains(key) && !decodeNil(forKey: key) else { return nil }
        return try decodeInteger(forKey: key, in: range)
    }

    /// An array of distinct codes (the schema's `uniqueItems`), as a set.
    func decodeCodeSet<T: Decodable & Hashable & RawRepresentable>(_ type: T.Type, forKey key: Key) throws -> Set<T> {
        var array = try nestedUnkeyedContainer(forKey: key)
        var result = Set<T>()
        if let count = array.count { result.reserveCapacity(count) }
        while !array.isAtEnd {
            let value = try array.decode(T.self)
            guard result.insert(value).inserted else {
                throw DecodingError.dataCorruptedError(in: array, debugDescription: "\"\(value.rawValue)\" is repeated")
            }
        }
        return result
    }
}

extension KeyedEncodingContainer {
    /// A set of codes as an array in declaration order, so that output is canonical.
    mutating func encodeCodeSet<T: Encodable & CaseIterable & Hashable>(_ set: Set<T>, forKey key: Key) throws {
        var array = nestedUnkeyedContainer(forKey: key)
        for value in T.allCases where set.contains(value) {
            try array.encode(value)
        }
    }
}

// Codable conformances of the parts structure dossiers share and of the vocabulary the
// `Codable` forms use (``StructureDossier`` itself is `Codable` through its field table,
// FieldTree.swift). The standard library's Codable only: the core imports no Foundation.

// MARK: - Shared parts

extension ERStructureOperator: Codable {
    enum CodingKeys: String, CodingKey {
        case name, ownership, vatNumber
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeNonEmptyString(forKey: .name)
        let ownership = try container.decode(ERStructureOwnership.self, forKey: .ownership)
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

extension ERStructureOwnership: Codable {}

extension ERAccreditation: Codable {
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

/// A room, `{"id": ..., "beds": ...}`, and its coding.
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

extension ERRoom: BedGroupCodable {}

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

// Codable conformances for the common vocabulary (standard library only, no Foundation).
// For users who prefer Foundation's JSONEncoder/JSONDecoder; the fast path, with full
// diagnostics, is the SociosanJSON module.

/// Coded as its `"YYYY-MM-DD"` text; any other text, or a day that does not exist, is a
/// `DecodingError.dataCorrupted`.
extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try LocalDate(iso8601: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Coded as its text; a text that is not a valid identifier is a `DecodingError.dataCorrupted`.
extension StructureID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try StructureID(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Coded as its two-letter code (`"BO"`).
extension Province: Codable {}

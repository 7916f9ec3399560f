// Codable conformances for the common vocabulary (standard library only, no Foundation).
// For users who prefer Foundation's JSONEncoder/JSONDecoder; the fast path, with full
// diagnostics, is the SociosanJSON module.

/// Coded as its `"YYYY-MM-DD"` text; any other text, or a day that does not exist, is a
/// `DecodingError.dataCorrupted`.
extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(from: decoder, LocalDate.init(iso8601:)) }
    public func encode(to encoder: any Encoder) throws { try encodeText(description, to: encoder) }
}

/// Coded as its text; a text that is not a valid identifier is a `DecodingError.dataCorrupted`.
extension StructureID: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(from: decoder, StructureID.init(_:)) }
    public func encode(to encoder: any Encoder) throws { try encodeText(rawValue, to: encoder) }
}

/// Decodes a value coded as a JSON string: `parse` reads the text, and a text it refuses is a
/// `DecodingError.dataCorrupted` carrying the parser's own message. Shared by every type coded
/// as its text (dates, times, identifiers), so that they all refuse bad text the same way.
func decodeText<Value, Failure: Error & CustomStringConvertible>(
    from decoder: any Decoder, _ parse: (String) throws(Failure) -> Value
) throws -> Value {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
        return try parse(text)
    } catch {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
}

/// Encodes a value as its text, the counterpart of ``decodeText(from:_:)``.
func encodeText(_ text: String, to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
}

/// Coded as its two-letter code (`"BO"`).
extension Province: Codable {}

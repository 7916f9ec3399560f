/// A part of a dossier (an operator, a room, an accreditation) that is `Codable` through its
/// own field table: the same members, codes, ranges and canonical order as in a dossier, with
/// no hand-written `init(from:)` or `encode(to:)` to keep in step with the table.
///
/// Conform by naming the table; decoding refuses what the table refuses, and the error's
/// underlying ``DossierReadingError`` lists every problem with its JSON Pointer (relative to
/// the part).
///
/// ```swift
/// extension ERRoom: FieldTableCodable {}   // ERRoom.fields is its table
/// let room = try JSONDecoder().decode(ERRoom.self, from: Data(#"{"id":"A","beds":2}"#.utf8))
/// ```
public protocol FieldTableCodable: Codable, Sendable {
    /// The table that reads and writes the part.
    static var fields: FieldTable<Self> { get }
}

extension FieldTableCodable {
    public init(from decoder: any Decoder) throws {
        // Through a tree: parts are small, and the tree route words every problem the way
        // the dossier's reader does.
        let tree = try FieldTree(from: decoder)
        switch FieldTreeSource.readObject(Self.fields, from: tree) {
        case .success(let value): self = value
        case .failure(let error):
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try Self.fields.encode(self, to: encoder)
    }
}

// The `Codable` bridge of every declared kind: through its field table, like the structure
// kinds (FieldTree), so Foundation's coders see the same members, order and checks as the JSON layer.

extension DeclaredDossier {
    /// Reads a dossier of this kind through its field table.
    public init(from decoder: any Decoder) throws {
        let declaration = Self.declaration
        self = try FieldTable.decode(from: decoder, CodableKindLookup(
            table: { $0 == declaration.kind ? declaration.fields : nil },
            accepts: { _, version in (1...declaration.schemaVersion).contains(version) },
            protectedMembers: { _ in declaration.protectedMembers },
            unknownKind: { "\"kind\" must be \"\(declaration.kind)\"" },
            expectedVersion: { _ in "\(declaration.schemaVersion)" }))
    }

    /// Writes the dossier with its members in canonical order.
    public func encode(to encoder: any Encoder) throws {
        try Self.declaration.fields.encode(self, to: encoder)
    }
}

// The `Codable` bridge of every declared kind: through its field table, like the structure
// kinds (FieldTree), so Foundation's coders see the same members, order and checks as the JSON layer.

extension DeclaredDossier {
    /// Reads a dossier of this kind through its field table.
    public init(from decoder: any Decoder) throws {
        let declaration = Self.declaration
        if let container = try? decoder.container(keyedBy: FieldTree.AnyKey.self),
           let dossier = declaration.fields.decodeDirectly(
               from: container, kind: declaration.kind, accepts: { (1...declaration.schemaVersion).contains($0) },
               protectedMembers: declaration.protectedMembers) {
            self = dossier
            return
        }
        // Not a valid dossier: the tree route finds and words every problem.
        let tree = try FieldTree(from: decoder)
        guard case .string(let kindText)? = tree["kind"], kindText == declaration.kind.rawValue else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "\"kind\" must be \"\(declaration.kind)\""))
        }
        guard case .integer(let version)? = tree["schemaVersion"], (1...declaration.schemaVersion).contains(version) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "schemaVersion must be \(declaration.schemaVersion) for \(declaration.kind)"))
        }
        self = try declaration.fields.decodeDossier(
            from: tree, protectedMembers: declaration.protectedMembers, codingPath: decoder.codingPath)
    }

    /// Writes the dossier with its members in canonical order.
    public func encode(to encoder: any Encoder) throws {
        try Self.declaration.fields.encode(self, to: encoder)
    }
}

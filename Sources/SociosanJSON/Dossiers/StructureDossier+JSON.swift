import Sociosan

/// JSON mapping of every structure dossier kind (``StructureKinds``): each kind's field table
/// (``StructureKind/fields``) reads and writes it, so the schema, the canonical member order and
/// the decoder cannot disagree.
extension StructureDossier: JSONDossier {
    // Stored: decoding checks the envelope's kind against it once a dossier.
    public static let kinds: [DossierKind] = StructureKinds.all.map(\.kind)

    public static var ruleSet: RuleSet<StructureDossier> { StructureKinds.ruleSet }

    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> StructureDossier? {
        guard let registration = StructureKinds.kind(for: kind) else { return nil }
        let outer = context.protectedMembers
        context.protectedMembers = registration.protectedMembers
        defer { context.protectedMembers = outer }
        return JSONFieldReader.readDossier(registration.fields, from: node, context: &context)
    }

    public func encode(to writer: inout JSONWriter) {
        guard let registration = StructureKinds.kind(for: kind) else { return }
        writer.beginObject()
        registration.fields.writeMembers(of: self, to: &writer)
        writer.endObject()
    }
}

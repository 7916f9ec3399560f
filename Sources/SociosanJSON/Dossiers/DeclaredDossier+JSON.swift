import Sociosan

/// JSON of every declared kind (``DeclaredKinds``): its field table reads and writes it, so the
/// schema, the canonical member order and the decoder cannot disagree.
extension DeclaredDossier {
    /// Decodes a dossier of this kind from JSON text, checking the envelope first.
    ///
    /// ```swift
    /// let project = try SicilyInternshipProject.decode(jsonText: text)
    /// let findings = SicilyInternshipProject.declaration.ruleSet.evaluate(project)
    /// ```
    public static func decode(jsonText text: String, strict: Bool = false) throws(DossierDecodingError) -> Self {
        try DossierDecoding.decode(jsonText: text, strict: strict, kinds: [declaration.kind], known: [kindInfo], body: readBody)
    }

    /// Decodes a dossier of this kind from a parsed document.
    public static func decode(document: JSONDocument, strict: Bool = false) throws(DossierDecodingError) -> Self {
        try DossierDecoding.decode(document: document, strict: strict, kinds: [declaration.kind], known: [kindInfo], body: readBody)
    }

    /// The canonical JSON text: pretty (2-space indent) or compact, UTF-8, one final newline.
    public func encoded(style: JSONWriter.Style = .pretty) -> [UInt8] {
        var writer = JSONWriter(style: style)
        writer.beginObject()
        Self.declaration.fields.writeMembers(of: self, to: &writer)
        writer.endObject()
        writer.finish()
        return writer.bytes
    }

    static func readBody(_ node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> Self? {
        let outer = context.protectedMembers
        context.protectedMembers = declaration.protectedMembers
        defer { context.protectedMembers = outer }
        return JSONFieldReader.readDossier(declaration.fields, from: node, context: &context)
    }
}

extension DossierCodec {
    /// The codec of a declared kind.
    public init(declared type: any DeclaredDossier.Type) {
        self = Self.make(type)
    }

    private static func make<D: DeclaredDossier>(_ type: D.Type) -> DossierCodec {
        DossierCodec(info: D.kindInfo, validateBody: { node, context in
            guard let dossier = D.readBody(node, kind: D.declaration.kind, context: &context), !context.hasErrors else { return [] }
            return D.declaration.ruleSet.evaluate(dossier)
        }, canonicalText: { document, style in
            (try? D.decode(document: document)).map { $0.encoded(style: style) }
        })
    }
}

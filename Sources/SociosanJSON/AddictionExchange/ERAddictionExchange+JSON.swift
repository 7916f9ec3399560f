import Sociosan

/// The JSON of the Ser.T <-> CT exchange files around a placement: the grants, the consents
/// and the exchange matrix are read through their field tables (with the envelope, JSON
/// Pointers and the same findings as a dossier); a view and an export are written
/// canonically, the placement inside them through its own table, so that a dimension left out
/// is an absent member.
///
/// ```swift
/// let grants = try ERAddictionExchangeFiles.grants(jsonText: text)
/// let bytes = ERAddictionExchangeFiles.encode(view: decision, placement: placement, in: .english)
/// ```
public enum ERAddictionExchangeFiles {
    /// A grants file (`er.addiction.access-grants`).
    public static func grants(document: JSONDocument) throws(DossierDecodingError) -> [ERAddictionGrant] {
        try read(document, ERAddictionGrantList.fields, ERAddictionGrantList.info).grants
    }

    /// A consents file (`er.addiction.consents`).
    public static func consents(document: JSONDocument) throws(DossierDecodingError) -> [ERAddictionConsent] {
        try read(document, ERAddictionConsentList.fields, ERAddictionConsentList.info).consents
    }

    /// An exchange matrix file (`er.addiction.exchange-matrix`).
    public static func matrix(document: JSONDocument) throws(DossierDecodingError) -> ERAddictionExchangeMatrix {
        try read(document, ERAddictionExchangeMatrix.fields, ERAddictionExchangeMatrix.info)
    }

    public static func grants(jsonText text: String) throws(DossierDecodingError) -> [ERAddictionGrant] {
        try grants(document: parse(text))
    }

    public static func consents(jsonText text: String) throws(DossierDecodingError) -> [ERAddictionConsent] {
        try consents(document: parse(text))
    }

    public static func matrix(jsonText text: String) throws(DossierDecodingError) -> ERAddictionExchangeMatrix {
        try matrix(document: parse(text))
    }

    /// The canonical text of a matrix (the bundled default is written with it).
    public static func encode(matrix: ERAddictionExchangeMatrix, style: JSONWriter.Style = .pretty) -> [UInt8] {
        var writer = JSONWriter(style: style)
        writer.beginObject()
        ERAddictionExchangeMatrix.fields.writeMembers(of: matrix, to: &writer)
        writer.endObject()
        writer.finish()
        return writer.bytes
    }

    private static func parse(_ text: String) throws(DossierDecodingError) -> JSONDocument {
        do {
            return try JSONDocument.parse(text)
        } catch {
            throw DossierDecodingError(diagnostics: [DossierValidator.syntaxDiagnostic(error, lineOffset: 0)])
        }
    }

    private static func read<Root>(_ document: JSONDocument, _ table: FieldTable<Root>, _ info: DossierKindInfo)
        throws(DossierDecodingError) -> Root {
        try DossierDecoding.decode(document: document, strict: true, kinds: [info.kind], known: [info]) { node, _, context in
            JSONFieldReader.readDossier(table, from: node, context: &context)
        }
    }

    // MARK: Writing

    /// What an operator may see: `er.addiction.placement-view`, with the decision (operator,
    /// organisation, day, allowed dimensions, each refusal and its reason) and the placement cut
    /// to the allowed dimensions; no placement at all when the refusal is for the whole of it.
    public static func encode(view decision: ERAddictionAccessDecision, placement: ERAddictionPlacement, in language: Language,
                              style: JSONWriter.Style = .pretty) -> [UInt8] {
        var writer = JSONWriter(style: style)
        writer.beginObject()
        writer.key("kind")
        writer.string("er.addiction.placement-view")
        writer.key("schemaVersion")
        writer.integer(1)
        write(decision, to: &writer, in: language)
        if !decision.refusedWhole {
            writer.key("placement")
            writer.beginObject()
            writeMembers(of: placement, keeping: decision.allowed, to: &writer)
            writer.endObject()
        }
        writer.endObject()
        writer.finish()
        return writer.bytes
    }

    /// The record a sender sends: `er.addiction.exchange-export`, its exchange record and the
    /// placement cut to the exchanged dimensions (no consents, grants or earlier exchanges).
    public static func encode(export: ERAddictionExport, style: JSONWriter.Style = .pretty) -> [UInt8] {
        var writer = JSONWriter(style: style)
        writer.beginObject()
        writer.key("kind")
        writer.string(ERAddictionExport.kind.rawValue)
        writer.key("schemaVersion")
        writer.integer(1)
        writer.key("exchange")
        writer.beginObject()
        ERAddictionPlacement.Exchange.fields.writeMembers(of: export.exchange, to: &writer)
        writer.endObject()
        writer.key("placement")
        writer.beginObject()
        ERAddictionPlacement.declaration.fields.writeMembers(of: export.placement, to: &writer)
        writer.endObject()
        writer.endObject()
        writer.finish()
        return writer.bytes
    }

    /// A decision alone (a refused export): operator, day, what is allowed, what is refused.
    public static func encode(decision: ERAddictionAccessDecision, in language: Language, style: JSONWriter.Style = .pretty) -> [UInt8] {
        var writer = JSONWriter(style: style)
        writer.beginObject()
        write(decision, to: &writer, in: language)
        writer.endObject()
        writer.finish()
        return writer.bytes
    }

    static func write(_ decision: ERAddictionAccessDecision, to writer: inout JSONWriter, in language: Language) {
        writer.key("operator")
        writer.string(decision.operator.rawValue)
        if let organisation = decision.organisation {
            writer.key("organisation")
            writer.string(organisation.rawValue)
        }
        writer.key("on")
        writer.string(decision.on.description)
        if let direction = decision.direction {
            writer.key("direction")
            writer.string(direction.rawValue)
        }
        writer.key("allowed")
        writer.beginArray()
        for dimension in decision.allowed { writer.string(dimension.rawValue) }
        writer.endArray()
        writer.key("refused")
        writer.beginArray()
        for refusal in decision.refusals {
            writer.beginObject()
            if let dimension = refusal.dimension {
                writer.key("dimension")
                writer.string(dimension.rawValue)
            }
            writer.key("reason")
            writer.string(refusal.reason.code)
            writer.key("message")
            writer.string(refusal.reason.text.text(in: language))
            writer.endObject()
        }
        writer.endArray()
    }
}

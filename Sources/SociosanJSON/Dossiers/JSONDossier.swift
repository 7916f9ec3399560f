import Sociosan

/// A dossier kind that the JSON layer can read, write and validate.
///
/// Adding a kind means: a core value type with its ``RuleSet``, a conformance to this
/// protocol, one line in ``DossierRegistry/codecs``, a schema and fixtures.
public protocol JSONDossier: Sendable, Hashable {
    /// The kinds this type is read from (most types have one).
    static var kinds: [DossierKind] { get }
    /// The kind this dossier is written as.
    var kind: DossierKind { get }
    static var schemaVersion: Int { get }
    static var ruleSet: RuleSet<Self> { get }
    /// Decodes the body of a dossier of `kind`, recording every problem in `context`; `nil`
    /// when it cannot be read.
    static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> Self?
    /// Writes the whole dossier, envelope first, in canonical field order.
    func encode(to writer: inout JSONWriter)
}

/// Why a document could not be decoded into a dossier: every finding, with its path.
public struct DossierDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String {
        diagnostics.map { "\($0.path): \($0.message(in: .english))" }.joined(separator: "; ")
    }
}

extension JSONDossier {
    /// Decodes a dossier of this kind from JSON text, checking the envelope first.
    ///
    /// ```swift
    /// let dossier = try StructureDossier.decode(jsonText: text)
    /// let findings = StructureDossier.ruleSet.evaluate(dossier)
    /// ```
    public static func decode(jsonText text: String, strict: Bool = false) throws(DossierDecodingError) -> Self {
        try DossierDecoding.decode(jsonText: text, strict: strict, kinds: kinds, body: decode(from:kind:context:))
    }

    /// Decodes a dossier of this kind from a parsed document.
    public static func decode(document: JSONDocument, strict: Bool = false) throws(DossierDecodingError) -> Self {
        try DossierDecoding.decode(document: document, strict: strict, kinds: kinds, body: decode(from:kind:context:))
    }

    /// The canonical JSON text: pretty (2-space indent) or compact, UTF-8, one final newline.
    ///
    /// `decode(encoded())` gives back an equal dossier, and encoding that again gives the
    /// same bytes.
    public func encoded(style: JSONWriter.Style = .pretty) -> [UInt8] {
        var writer = JSONWriter(style: style)
        encode(to: &writer)
        writer.finish()
        return writer.bytes
    }
}

/// The envelope-then-body decoding every dossier type shares, whatever declares it.
enum DossierDecoding {
    /// - Parameter known: the kinds the envelope may name; `nil` for every registered kind.
    static func decode<D>(
        jsonText text: String, strict: Bool, kinds: [DossierKind], known: [DossierKindInfo]? = nil,
        body: (JSONNode, DossierKind, inout DecodingContext) -> D?
    ) throws(DossierDecodingError) -> D {
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(text)
        } catch {
            throw DossierDecodingError(diagnostics: [DossierValidator.syntaxDiagnostic(error, lineOffset: 0)])
        }
        return try decode(document: document, strict: strict, kinds: kinds, known: known, body: body)
    }

    static func decode<D>(
        document: JSONDocument, strict: Bool, kinds: [DossierKind], known: [DossierKindInfo]? = nil,
        body: (JSONNode, DossierKind, inout DecodingContext) -> D?
    ) throws(DossierDecodingError) -> D {
        var context = DecodingContext(strict: strict)
        guard let kind = DossierValidator.readEnvelope(document.root, context: &context, known: known) else {
            throw DossierDecodingError(diagnostics: context.diagnostics)
        }
        guard kinds.contains(kind) else {
            context.report(FormatRules.unknownKind, .text(kind.rawValue), .text(kinds.map(\.rawValue).joined(separator: ", ")), at: "kind")
            throw DossierDecodingError(diagnostics: context.diagnostics)
        }
        guard let dossier = body(document.root, kind, &context), !context.hasErrors else {
            throw DossierDecodingError(diagnostics: context.diagnostics)
        }
        return dossier
    }
}

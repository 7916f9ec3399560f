import Sociosan

/// The canonical text of any registered dossier kind, without knowing its Swift type.
///
/// A generic consumer (the store) holds a parsed document of some kind; this decodes it
/// through the type registered for that kind and writes it back in canonical form, so that
/// equal dossiers are stored as equal bytes.
///
/// ```swift
/// let document = try JSONDocument.parse(text)
/// let bytes = CanonicalDossier.canonicalText(of: document)   // nil when it does not decode
/// ```
public enum CanonicalDossier {
    /// Pretty canonical UTF-8 text (2-space indent, one final newline), or `nil` when the
    /// document is not a dossier of a registered kind that decodes cleanly.
    public static func canonicalText(of document: JSONDocument, style: JSONWriter.Style = .pretty) -> [UInt8]? {
        guard let kindText = document.root["kind"]?.stringValue,
              let codec = DossierRegistry.codec(for: DossierKind(rawValue: kindText)) else { return nil }
        return codec.canonicalText(document, style)
    }
}

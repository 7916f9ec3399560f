/// Rules about the JSON text and the dossier envelope, common to every kind. The JSON layer
/// reports them; they have no regulation citation because JSON itself is their authority.
public enum FormatRules {
    public static let syntax = RuleDescriptor(
        id: "json.syntax", kinds: [], severity: .error, citation: nil,
        title: LocalizedText(it: "Il testo è JSON valido (RFC 8259), senza chiavi duplicate né UTF-8 non valido",
                             en: "The text is valid JSON (RFC 8259), with no duplicate keys and no invalid UTF-8"),
        message: LocalizedText(it: "JSON non valido: {0}", en: "invalid JSON: {0}"))

    public static let notADossier = RuleDescriptor(
        id: "dossier.envelope", kinds: [], severity: .error, citation: nil,
        title: LocalizedText(it: "Il documento è un oggetto con \"kind\" e \"schemaVersion\"",
                             en: "The document is an object with \"kind\" and \"schemaVersion\""),
        message: LocalizedText(it: "non è un dossier: {0}", en: "not a dossier: {0}"))

    public static let unknownKind = RuleDescriptor(
        id: "dossier.kind", kinds: [], severity: .error, citation: nil,
        title: LocalizedText(it: "Il \"kind\" del dossier è uno di quelli supportati",
                             en: "The dossier's \"kind\" is a supported one"),
        message: LocalizedText(it: "tipo di dossier \"{0}\" sconosciuto; tipi supportati: {1}",
                               en: "unknown dossier kind \"{0}\"; supported kinds: {1}"))

    public static let schemaVersion = RuleDescriptor(
        id: "dossier.schema-version", kinds: [], severity: .error, citation: nil,
        title: LocalizedText(it: "La \"schemaVersion\" è tra quelle supportate per il tipo",
                             en: "The \"schemaVersion\" is one this build supports for the kind"),
        message: LocalizedText(it: "versione di schema {0} non supportata per \"{1}\"; versioni supportate: {2}",
                               en: "schema version {0} is not supported for \"{1}\"; supported versions: {2}"))

    public static let type = RuleDescriptor(
        id: "json.type", kinds: [], severity: .error, citation: nil,
        title: LocalizedText(it: "Ogni campo ha il tipo JSON previsto dallo schema",
                             en: "Every field has the JSON type the schema gives it"),
        message: LocalizedText(it: "atteso {0}, trovato {1}", en: "expected {0}, found {1}"))

    public static let required = RuleDescriptor(
        id: "json.required", kinds: [], severity: .error, citation: nil,
        title: LocalizedText(it: "I campi obbligatori sono presenti", en: "Required fields are present"),
        message: LocalizedText(it: "manca il campo obbligatorio \"{0}\"", en: "the required field \"{0}\" is missing"))

    public static let value = RuleDescriptor(
        id: "json.value", kinds: [], severity: .error, citation: nil,
        title: LocalizedText(it: "Ogni valore rispetta il dominio previsto (codici, date, intervalli)",
                             en: "Every value is within its domain (codes, dates, ranges)"),
        message: LocalizedText(it: "valore non ammesso: {0}", en: "value not allowed: {0}"))

    public static let unknownField = RuleDescriptor(
        id: "json.unknown-field", kinds: [], severity: .warning, citation: nil,
        title: LocalizedText(it: "Il dossier non contiene campi sconosciuti (errore con --strict)",
                             en: "The dossier has no unknown fields (an error with --strict)"),
        // {1} says what became of the field: ignored, or refused under --strict (`unknownFieldOutcome`).
        message: LocalizedText(it: "campo sconosciuto \"{0}\" ({1})", en: "unknown field \"{0}\" ({1})"))

    /// What became of an unknown field, for the second placeholder of ``unknownField``.
    public static func unknownFieldOutcome(strict: Bool) -> MessageArgument {
        .localized(strict
            ? LocalizedText(it: "non ammesso con --strict: toglierlo o correggerne il nome",
                            en: "not allowed with --strict: remove it or correct its name")
            : LocalizedText(it: "ignorato", en: "ignored"))
    }

    /// Closes a dossier's findings once there are more than ``findingsLimit``: the rest are
    /// counted, not listed, so that a hostile or broken dossier (8,000 duplicate rooms) gives
    /// a report a person can read and that costs time linear in the text. A note about the
    /// report rather than a rule about dossiers: it is not in ``all`` (no catalogue entry,
    /// no fixture), and its findings carry no rule index in SARIF.
    public static let moreFindings = RuleDescriptor(
        id: "json.more-findings", kinds: [], severity: .info, citation: nil,
        title: LocalizedText(it: "Un dossier elenca al massimo 1.000 rilievi; gli altri sono contati",
                             en: "A dossier lists at most 1,000 findings; the rest are counted"),
        message: LocalizedText(it: "altri {0} rilievi non elencati (al massimo {1} per dossier)",
                               en: "{0} more findings not listed (at most {1} per dossier)"))

    /// The findings listed per dossier before ``moreFindings`` closes the list.
    public static let findingsLimit = 1_000

    /// `findings`, cut to ``findingsLimit`` and closed by one ``moreFindings`` that counts the
    /// rest (the most severe ones kept first, in their order).
    ///
    /// ```swift
    /// FormatRules.limited(findings).count  // at most 1,001
    /// ```
    public static func limited(_ findings: [Diagnostic]) -> [Diagnostic] {
        guard findings.count > findingsLimit else { return findings }
        // How many of each severity fit, the most severe first; then one pass keeps them in
        // the order they were found.
        var quota: [Severity: Int] = [:]
        var room = findingsLimit
        for severity in Severity.allCases.sorted(by: >) {
            let count = findings.lazy.filter { $0.severity == severity }.count
            quota[severity] = min(count, room)
            room -= quota[severity]!
        }
        var kept: [Diagnostic] = []
        kept.reserveCapacity(findingsLimit + 1)
        for finding in findings where quota[finding.severity]! > 0 {
            quota[finding.severity]! -= 1
            kept.append(finding)
        }
        kept.append(Diagnostic(rule: moreFindings, path: .root,
                               arguments: [.integer(findings.count - findingsLimit), .integer(findingsLimit)]))
        return kept
    }

    public static let all: [RuleDescriptor] = [
        syntax, notADossier, unknownKind, schemaVersion, type, required, value, unknownField,
    ]
}

import Sociosan

/// The tool's own words (everything that is not a rule's message), in both languages.
enum CLIText {
    /// `sociosan: errore: ...` / `sociosan: error: ...`.
    static func errorLine(_ message: String, in language: Language) -> String {
        "sociosan: \(Severity.error.label.text(in: language)): \(message)"
    }

    /// `sociosan: avviso: ...` / `sociosan: warning: ...`.
    static func warningLine(_ message: String, in language: Language) -> String {
        "sociosan: \(Severity.warning.label.text(in: language)): \(message)"
    }

    /// Joins a finding's pointer to the text: `at /rooms/3` / `in /rooms/3`.
    static let at = LocalizedText(it: "in", en: "at")

    /// The line printed for a file with no error finding.
    static let valid = LocalizedText(it: "valido", en: "valid")

    /// Stands for "every kind" where a rule's kind list is empty.
    static let allKinds = LocalizedText(it: "tutti", en: "all")

    /// `3 file, 4 dossier: 2 validi, 5 errori, 1 avviso` / `3 files, 4 dossiers: 2 valid, 5 errors, 1 warning`;
    /// information findings and unreadable paths are added only when there are some.
    static func summary(_ tally: ValidationTally, in language: Language) -> String {
        var parts: [String] = [
            count(tally.errors, LocalizedText(it: "errore", en: "error"), LocalizedText(it: "errori", en: "errors"), in: language),
            count(tally.warnings, LocalizedText(it: "avviso", en: "warning"), LocalizedText(it: "avvisi", en: "warnings"), in: language),
        ]
        if tally.infos > 0 {
            parts.append(count(tally.infos, LocalizedText(it: "informazione", en: "info"),
                               LocalizedText(it: "informazioni", en: "infos"), in: language))
        }
        let valid = count(tally.valid, LocalizedText(it: "valido", en: "valid"), LocalizedText(it: "validi", en: "valid"), in: language)
        let files = count(tally.files, LocalizedText(it: "file", en: "file"), LocalizedText(it: "file", en: "files"), in: language)
        let dossiers = count(tally.dossiers, LocalizedText(it: "dossier", en: "dossier"),
                             LocalizedText(it: "dossier", en: "dossiers"), in: language)
        var text = "\(files), \(dossiers): \(([valid] + parts).joined(separator: ", "))"
        if tally.unreadable > 0 {
            text += "; " + count(tally.unreadable, LocalizedText(it: "percorso illeggibile", en: "unreadable path"),
                                 LocalizedText(it: "percorsi illeggibili", en: "unreadable paths"), in: language)
        }
        return text
    }

    private static func count(_ number: Int, _ one: LocalizedText, _ many: LocalizedText, in language: Language) -> String {
        "\(number) \((number == 1 ? one : many).text(in: language))"
    }

    // MARK: Table headings

    static let ruleHeading = LocalizedText(it: "REGOLA", en: "RULE")
    static let severityHeading = LocalizedText(it: "GRAVITÀ", en: "SEVERITY")
    static let kindsHeading = LocalizedText(it: "TIPI", en: "KINDS")
    static let kindHeading = LocalizedText(it: "TIPO", en: "KIND")
    static let citationHeading = LocalizedText(it: "FONTE", en: "CITATION")
    static let titleHeading = LocalizedText(it: "TITOLO", en: "TITLE")
    static let versionHeading = LocalizedText(it: "VERSIONE", en: "VERSION")
    static let noCitation = LocalizedText(it: "-", en: "-")
}

import Sociosan
import SociosanJSON

/// One line per finding in the style of compilers, so that editors can jump to it:
///
/// ```
/// Fixtures/x.json:1:1: errore: nessuna camera singola [er.spoi.rooms.single] in /rooms (002_6a5f046dd59f793e.txt L330-L331)
/// Fixtures/y.json: valido
/// 2 file, 2 dossier: 1 valido, 1 errore, 0 avvisi
/// ```
final class TextValidationReport: ValidationReport {
    private let console: Console
    private let language: Language
    private var path = ""
    private var fileHasErrors = false
    private let severityWords: [Severity: String]
    private let at: String

    init(console: Console, language: Language) {
        self.console = console
        self.language = language
        var words: [Severity: String] = [:]
        for severity in Severity.allCases { words[severity] = severity.label.text(in: language) }
        self.severityWords = words
        self.at = CLIText.at.text(in: language)
    }

    func begin() {}

    func beginFile(_ path: String) {
        self.path = path
        fileHasErrors = false
    }

    func dossier(_ result: DossierResult) {
        if !result.isValid { fileHasErrors = true }
        for finding in result.findings {
            let (line, column) = finding.position(in: result)
            var text = "\(path):\(line):\(column): \(severityWords[finding.severity]!): "
            text += Self.singleLine(finding.message(in: language))
            text += " [\(finding.ruleID.rawValue)]"
            if !finding.path.tokens.isEmpty { text += " \(at) \(finding.path.description)" }
            if let citation = finding.citation { text += " (\(citation.description))" }
            console.line(text)
        }
    }

    func endFile(complete: Bool) {
        if complete && !fileHasErrors { console.line("\(path): \(CLIText.valid.text(in: language))") }
    }

    func problem(_ problem: InputProblem) {}

    func end(_ tally: ValidationTally) {
        console.line(CLIText.summary(tally, in: language))
    }

    /// Keeps one finding on one line whatever its message holds.
    static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }
}

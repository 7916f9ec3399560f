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
            var text = "\(Self.printable(path)):\(line):\(column): \(severityWords[finding.severity]!): "
            text += Self.singleLine(finding.message(in: language))
            text += " [\(finding.ruleID.rawValue)]"
            if !finding.path.tokens.isEmpty { text += " \(at) \(Self.printable(finding.path.description))" }
            if let citation = finding.citation { text += " (\(citation.description))" }
            console.line(text)
        }
    }

    func endFile(complete: Bool) {
        if complete && !fileHasErrors { console.line("\(Self.printable(path)): \(CLIText.valid.text(in: language))") }
    }

    func problem(_ problem: InputProblem) {}

    func end(_ tally: ValidationTally) {
        console.line(CLIText.summary(tally, in: language))
    }

    /// Keeps one finding on one line whatever its message holds: line breaks become spaces,
    /// other control characters (a NUL, an escape that would drive the terminal) are shown
    /// escaped, as JSON writes them.
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return printable(String(text.map { $0.isNewline ? " " : $0 }))
    }

    /// A file name or JSON Pointer quoted from the input, with its control characters escaped
    /// (`\n`, `\u0000`), so that a key holding a line feed cannot split or forge a finding line.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else { result.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, the line and paragraph separators.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}

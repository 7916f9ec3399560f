import Sociosan
import SociosanJSON

/// What the commands that compute from a JSON Lines file of records share (`indicators`,
/// `implemental indicators`): the input must be a regular file or `-`, and each line that is
/// not a record is described on standard error (the first ``describedLimit``, the rest
/// counted), after which the run ends with no output.
///
/// ```swift
/// try RecordFileInput.checkRegularFile(file, exit: exit)
/// var invalid = RecordFileInput(file: file, language: language, console: console)
/// while let line = try reader.next() { if case .invalid(let result) = line.outcome { invalid.add(result) } }
/// try invalid.finish(exit: exit)
/// ```
struct RecordFileInput {
    let file: String
    let language: Language
    let console: Console
    /// At most this many invalid lines are described; the rest are counted.
    static let describedLimit = 20
    private(set) var invalid = 0

    init(file: String, language: Language, console: Console) {
        self.file = file
        self.language = language
        self.console = console
    }

    /// Refuses a missing or unreadable path, a folder or a device; `-` (standard input) passes.
    static func checkRegularFile(_ file: String, exit: StaffingExit) throws {
        guard file != InputCollector.standardInputPath else { return }
        switch SystemIO.fileType(atPath: file) {
        case .failure(let error):
            let problem: InputProblem = error.isMissing ? .missing(path: file) : .unreadableFile(path: file, reason: error.description)
            throw exit.usage(LocalizedText(it: problem.message(in: .italian), en: problem.message(in: .english)))
        case .success((.directory, _)), .success((.other, _)):
            throw exit.usage(LocalizedText(it: "\(file): non è un file", en: "\(file): not a file"))
        case .success((.regular, _)):
            break
        }
    }

    /// Counts an invalid line and describes it while under the limit.
    mutating func add(_ result: DossierResult) {
        invalid += 1
        if invalid <= Self.describedLimit { describe(result) }
    }

    /// Ends the run (exit status 2) when a line was invalid.
    func finish(exit: StaffingExit) throws {
        guard invalid > 0 else { return }
        if invalid > Self.describedLimit {
            console.standardError(LocalizedText(
                it: "sociosan: ... e altre {0} righe non valide", en: "sociosan: ... and {0} more invalid lines"
            ).render([.integer(invalid - Self.describedLimit)], in: language))
        }
        let message = LocalizedText(
            it: "{0} righe non valide in {1}: nessun indicatore calcolato",
            en: "{0} invalid lines in {1}: no indicator computed"
        ).render([.integer(invalid), .text(file)], in: language)
        throw exit.usage(LocalizedText(it: message, en: message))
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE (POINTER) [rule]` for the first error of an invalid line.
    private func describe(_ result: DossierResult) {
        let finding = result.findings.first { $0.severity == .error } ?? result.findings.first
        guard let finding else { return }
        let (line, column) = finding.position(in: result)
        let severity = finding.severity.label.text(in: language)
        let at = finding.path.tokens.isEmpty ? "" : " (\(finding.path))"
        console.standardError("\(file):\(line):\(column): \(severity): \(finding.message(in: language))\(at) [\(finding.ruleID)]")
    }
}

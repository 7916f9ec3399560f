import ArgumentParser
import Sociosan
import SociosanJSON

/// A command that reads one dossier and cannot go on because it is not valid (`staffing
/// check`, `capacity`, `quality`): its findings printed as `sociosan validate` prints them.
enum FindingsExit {
    /// Prints results as `validate` does (text or JSON report) and returns exit status 1.
    static func print(
        path: String, json: Bool, console: Console, language: Language, _ produce: ((DossierResult) -> Void) -> Void
    ) -> ExitCode {
        let report: any ValidationReport = json
            ? JSONValidationReport(console: console, language: language)
            : TextValidationReport(console: console, language: language)
        var tally = ValidationTally()
        tally.files = 1
        report.begin()
        report.beginFile(path)
        produce { result in
            tally.add(result)
            report.dossier(result)
        }
        report.endFile(complete: true)
        report.end(tally)
        console.flush()
        return ExitCode(ExitStatus.findings)
    }

    /// The one document of `path` (`-`: standard input). Not a file or unreadable: a message
    /// and exit status 2; not JSON: its syntax finding as `validate` prints it, exit status 1.
    static func document(_ path: String, json: Bool, console: Console, language: Language) throws -> JSONDocument {
        let exit = StaffingExit(console: console, language: language)
        if path != InputCollector.standardInputPath, case .success((let type, _)) = SystemIO.fileType(atPath: path), type != .regular {
            throw exit.usage(LocalizedText(it: "\(path): non è un file", en: "\(path): not a file"))
        }
        do {
            return path == InputCollector.standardInputPath
                ? try JSONDocument.parseStandardInput() : try JSONDocument.parse(contentsOfFile: path)
        } catch {
            switch error {
            case .io:
                throw exit.usage(LocalizedText(it: error.italianMessage, en: error.englishMessage))
            case .syntax(let syntax):
                let result = DossierResult(index: 0, line: 1, kind: nil, findings: [DossierValidator.syntaxDiagnostic(syntax, lineOffset: 0)])
                throw print(path: path, json: json, console: console, language: language) { $0(result) }
            }
        }
    }

    /// The dossier of kind `type` in `document` (the one of `path`), when `refusal` finds
    /// nothing in it that stops the command. A document that does not decode is refused with
    /// ``invalid(_:fallback:json:console:language:)`` over the decoder's findings, a dossier with
    /// refusing findings over those (exit status 1).
    ///
    /// ```swift
    /// let placement = try FindingsExit.dossier(ERAddictionPlacement.self, in: document, of: path, json: false,
    ///     console: console, language: .english, refusal: ERAddictionPlacementRules.findingsStoppingAccess)
    /// ```
    static func dossier<D: DeclaredDossier>(
        _ type: D.Type, in document: JSONDocument, of path: String, json: Bool, console: Console, language: Language,
        refusal: (D) -> [Diagnostic]
    ) throws -> D {
        let dossier: D
        do {
            dossier = try D.decode(document: document)
        } catch {
            throw invalid(path, fallback: error.diagnostics, json: json, console: console, language: language)
        }
        let refusing = refusal(dossier)
        if !refusing.isEmpty {
            throw invalid(path, fallback: refusing, json: json, console: console, language: language)
        }
        return dossier
    }

    /// A document that is not a valid dossier of the kind the command wants: `validate`'s
    /// findings for the file (worded and placed on their lines), else, when `validate` finds
    /// it valid (a dossier of another kind, or standard input), `fallback`; exit status 1.
    static func invalid(_ path: String, fallback: [Diagnostic], json: Bool, console: Console, language: Language) -> ExitCode {
        var results: [DossierResult] = []
        if path != InputCollector.standardInputPath { try? DossierValidator.validateFile(atPath: path) { results.append($0) } }
        if !results.contains(where: { !$0.isValid }) {
            results = [DossierResult(index: 0, line: 1, kind: nil, findings: fallback)]
        }
        return print(path: path, json: json, console: console, language: language) { each in
            for result in results { each(result) }
        }
    }
}

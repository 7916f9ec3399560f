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
}

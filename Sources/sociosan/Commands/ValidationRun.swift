import Sociosan
import SociosanJSON

/// The state of one `validate` run: the report and the counts.
struct ValidationRun {
    let report: any ValidationReport
    var tally = ValidationTally()

    /// Validates one input through `body`, feeding the report as results arrive; returns the
    /// problem when the input could not be read (entirely or part-way).
    mutating func validate(
        path: String,
        _ body: ((DossierResult) -> Void) throws(ValidationInputError) -> Void
    ) -> InputProblem? {
        var started = false
        var tally = self.tally
        let report = self.report
        defer { self.tally = tally }
        do throws(ValidationInputError) {
            try body { result in
                if !started {
                    started = true
                    tally.files += 1
                    report.beginFile(path)
                }
                tally.add(result)
                report.dossier(result)
            }
        } catch {
            if started { report.endFile(complete: false) }
            switch error {
            case .unreadable(_, let reason): return .unreadableFile(path: path, reason: reason)
            case .tooLarge(_, let limit): return .tooLarge(path: path, limit: limit)
            }
        }
        if !started {
            // An empty JSON Lines file: a file with no dossier, not an error.
            tally.files += 1
            report.beginFile(path)
        }
        report.endFile(complete: true)
        return nil
    }
}

import Sociosan
import SociosanJSON

/// The counts of a validation run, for the summary line and the JSON summary.
struct ValidationTally: Sendable, Hashable {
    var files = 0
    var dossiers = 0
    var valid = 0
    /// Findings of error severity (not invalid dossiers: one dossier may have several).
    var errors = 0
    var warnings = 0
    var infos = 0
    /// Inputs that could not be read (reported on standard error; exit status 2).
    var unreadable = 0

    mutating func add(_ result: DossierResult) {
        dossiers += 1
        if result.isValid { valid += 1 }
        for finding in result.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}

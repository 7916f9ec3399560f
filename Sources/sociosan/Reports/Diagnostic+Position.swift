import Sociosan
import SociosanJSON

extension Diagnostic {
    /// The 1-based line and column to show: the finding's own place in the text when it has
    /// one, else the first column of the line its dossier starts on.
    func position(in result: DossierResult) -> (line: Int, column: Int) {
        if let location { return (max(location.line, 1), max(location.column, 1)) }
        return (max(result.line, 1), 1)
    }
}

import Sociosan
import SociosanJSON

/// A way of printing a validation run. The command calls, in order: `begin`, then for each
/// file `beginFile`, `dossier` for each of its dossiers as soon as it is validated, and
/// `endFile`; `problem` for each input that could not be read; finally `end`.
///
/// A file that cannot be opened gets only `problem`; one that fails part-way (a read error
/// in a JSON Lines file) gets `endFile(complete: false)` and then `problem`.
///
/// Reports write as they go (nothing is kept per dossier), so that a JSON Lines file of any
/// size is reported in constant memory.
protocol ValidationReport: AnyObject {
    func begin()
    func beginFile(_ path: String)
    func dossier(_ result: DossierResult)
    func endFile(complete: Bool)
    /// An input that could not be read. The command has already told standard error.
    func problem(_ problem: InputProblem)
    func end(_ tally: ValidationTally)
}

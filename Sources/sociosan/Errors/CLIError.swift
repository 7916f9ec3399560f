import Sociosan

/// Everything that can go wrong in the tool itself (as opposed to findings about dossiers).
/// Each case is worded once, in both languages, and rendered once, by ``Console/report(_:in:)``.
enum CLIError: Error, Sendable, Hashable {
    /// A `--kind` or `schema KIND` that this build does not know.
    case unknownKind(String, supported: [DossierKind])
    /// A path named on the command line, or found in a folder, that could not be read.
    case input(InputProblem)
    /// Standard output failed for a reason other than a closed reader.
    case outputFailed(reason: String)

    func message(in language: Language) -> String {
        switch self {
        case .unknownKind(let kind, let supported):
            // The catalogue's order, whichever command (rules list, schema) gave the list.
            let list = DossierCatalogue.ordered(supported).map(\.rawValue).joined(separator: ", ")
            return LocalizedText(
                it: "tipo di dossier \"{0}\" sconosciuto; tipi supportati: {1}",
                en: "unknown dossier kind \"{0}\"; supported kinds: {1}"
            ).render([.text(kind), .text(list)], in: language)
        case .input(let problem):
            return problem.message(in: language)
        case .outputFailed(let reason):
            return LocalizedText(it: "impossibile scrivere l'output: {0}", en: "cannot write the output: {0}")
                .render([.text(reason)], in: language)
        }
    }
}

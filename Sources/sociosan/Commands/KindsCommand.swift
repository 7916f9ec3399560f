import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan kinds`: the dossier kinds this build reads.
struct KindsCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "kinds",
        abstract: "List the supported dossier kinds with schema version, title and citation.",
        discussion: """
            The kind is the "kind" field of a dossier; `sociosan schema KIND` prints its JSON \
            Schema and `sociosan rules list --kind KIND` its rules.

            Example:
              sociosan kinds --lang en
            """)

    @OptionGroup
    var output: OutputOptions<ListingFormat>

    var format: ListingFormat { output.format }

    var language: Language { output.language }

    func run() throws {
        let console = Console()
        switch format {
        case .text:
            var table = TextTable(headings: [
                CLIText.kindHeading, CLIText.versionHeading, CLIText.citationHeading, CLIText.titleHeading,
            ].map { $0.text(in: language) })
            for info in DossierCatalogue.kinds {
                table.append([
                    info.kind.rawValue, String(info.schemaVersion), info.citation.description, info.title.text(in: language),
                ])
            }
            for line in table.lines() { console.line(line) }
        case .json:
            console.write(bytes: CatalogueJSON.kinds(DossierCatalogue.kinds, in: language))
        }
        console.flush()
    }
}

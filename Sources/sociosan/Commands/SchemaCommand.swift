import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan schema KIND`: the JSON Schema of a dossier kind, as embedded in the binary.
struct SchemaCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a dossier kind.",
        discussion: """
            The schema is built into the binary, so this works from any directory. It checks \
            structure and value domains; the regulation's rules are checked by `validate`.

            Example:
              sociosan schema er.psychiatry.spoi > er.psychiatry.spoi.schema.json
            """)

    @Argument(help: "The dossier kind, for example er.psychiatry.spoi (see `sociosan kinds`).")
    var kind: String

    @OptionGroup
    var languageOption: LanguageOption

    var language: Language { languageOption.language }

    func run() throws {
        guard let text = DossierSchemas.text(for: DossierKind(rawValue: kind)) else {
            throw CLIError.unknownKind(kind, supported: DossierSchemas.kinds)
        }
        let console = Console()
        // The exact bytes of the schema file: no newline added.
        console.write(text)
        console.flush()
    }
}

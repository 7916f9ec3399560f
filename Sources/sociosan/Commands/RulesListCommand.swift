import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan rules list`: every rule with its id, kinds, severity, citation and wording.
struct RulesListCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every rule with its severity, kinds, citation and title.",
        discussion: """
            Rules with no kind (format rules such as json.syntax) apply to every kind. The \
            citation names the regulation and its lines (DGR Emilia-Romagna 2000/2009, \
            L253-L261), so that an auditor can check each rule against the text; JSON \
            output gives the seed file too ("seed", "lines", "regulation"), and the message \
            template ({0}, {1}, ... are filled in findings) and, where the regulation is \
            ambiguous, the reading taken.

            Examples:
              sociosan rules list
              sociosan rules list --kind er.psychiatry.spoi --lang en --format json
            """)

    @Option(help: "Only the rules that apply to this dossier kind (see `sociosan kinds`).")
    var kind: String?

    @Option(name: .customLong("format"), help: "Output format: text or json.")
    var formatChoice: ArgumentChoice<ListingFormat> = .init(.text)
    /// Checked in `validate()`, so that a bad value gets a message in the user's language.
    var format: ListingFormat { formatChoice.value ?? .text }

    @OptionGroup
    var languageOption: LanguageOption

    var language: Language { languageOption.language }

    func validate() throws { try formatChoice.check("--format", in: language) }

    func run() throws {
        var rules = DossierCatalogue.rules
        if let kind {
            let dossierKind = DossierKind(rawValue: kind)
            guard DossierCatalogue.info(for: dossierKind) != nil else {
                throw CLIError.unknownKind(kind, supported: DossierCatalogue.kinds.map(\.kind))
            }
            rules = DossierCatalogue.rules(for: dossierKind)
        }
        let console = Console()
        switch format {
        case .text: printTable(rules, to: console)
        case .json: console.write(bytes: CatalogueJSON.rules(rules, in: language))
        }
        console.flush()
    }

    private func printTable(_ rules: [RuleDescriptor], to console: Console) {
        var table = TextTable(headings: [
            CLIText.ruleHeading, CLIText.severityHeading, CLIText.kindsHeading,
            CLIText.citationHeading, CLIText.titleHeading,
        ].map { $0.text(in: language) })
        for rule in rules {
            table.append([
                rule.id.rawValue,
                rule.severity.label.text(in: language),
                rule.kinds.isEmpty ? CLIText.allKinds.text(in: language) : rule.kinds.map(\.rawValue).joined(separator: ","),
                rule.citation?.description ?? CLIText.noCitation.text(in: language),
                rule.title.text(in: language),
            ])
        }
        for line in table.lines() { console.line(line) }
    }
}

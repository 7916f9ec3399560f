import ArgumentParser
import Sociosan

/// The `sociosan` tool: arguments in, SDK calls, reports out. No domain logic lives here.
@main
struct SociosanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sociosan",
        abstract: "Validate accreditation dossiers against Italian health and social-care regulations.",
        discussion: """
            Every rule cites the line of the regulation it comes from; `sociosan rules list` \
            prints them all. Messages are in Italian or English (--lang it|en, default from \
            LANG, else Italian).

            Italiano: sociosan verifica i dossier di accreditamento (JSON) rispetto alle norme \
            regionali sui servizi sanitari e socio-sanitari. Ogni regola cita la riga della \
            norma da cui deriva; `sociosan rules list --lang it` le elenca tutte. Esempio: \
            sociosan validate Fixtures/er.psychiatry.spoi/valid

            Exit status / codice di uscita: 0 valid / valido, 1 findings of error severity / \
            errori nei dossier, 2 usage or I/O error / errore d'uso o di lettura.

            Example, from the repository root:
              sociosan validate Fixtures/er.psychiatry.spoi/valid
            """,
        version: SociosanVersion.current,
        subcommands: [
            ValidateCommand.self,
            StaffingCommand.self, CapacityCommand.self, NetworkCommand.self,
            IndicatorsCommand.self, ImplementalCommand.self,
            ControlsCommand.self,
            QualityCommand.self, ExchangeCommand.self,
            RulesCommand.self,
            KindsCommand.self,
            StoreCommand.self,
            SchemaCommand.self,
            VersionCommand.self,
        ])

    /// Parses, runs, and renders any error once, with the exit statuses of ``ExitStatus``:
    /// argument-parser's usage errors (its status 64) become 2, and no error ever reaches
    /// the user as a crash or a stack trace.
    static func main() {
        SystemIO.ignoreBrokenPipes()
        var language = Language.fromEnvironment
        do {
            var command = try parseAsRoot()
            if let selecting = command as? LanguageSelecting { language = selecting.language }
            try command.run()
        } catch let error as CLIError {
            Console().report(error, in: language)
            SystemIO.exit(ExitStatus.failure)
        } catch let code as ExitCode {
            SystemIO.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            // A UsageError (thrown from validate()) is worded whole by us, "sociosan: errore: ...":
            // print it without the parser's English "Error: " in front.
            let ownMessage = message(for: error)
            let text = ownMessage.hasPrefix("sociosan: ") ? ownMessage : fullMessage(for: error)
            let console = Console()
            if code == .success {
                // --help, --version: the answer goes to standard output.
                if !text.isEmpty { console.line(text) }
                console.flush()
                SystemIO.exit(ExitStatus.valid)
            }
            if !text.isEmpty { console.standardError(text) }
            SystemIO.exit(ExitStatus.failure)
        }
    }
}

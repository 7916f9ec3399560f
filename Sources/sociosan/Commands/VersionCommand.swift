import ArgumentParser
import Sociosan

/// `sociosan version`: the version of the tool and SDK.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the version of sociosan.",
        discussion: """
            The same as `sociosan --version`.

            Example:
              sociosan version
            """)

    func run() throws {
        let console = Console()
        console.line(SociosanVersion.current)
        console.flush()
    }
}

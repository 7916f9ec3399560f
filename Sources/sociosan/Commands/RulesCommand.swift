import ArgumentParser

/// `sociosan rules ...`: the rule catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Inspect the rules sociosan checks.",
        discussion: """
            Example, from any directory:
              sociosan rules list --kind er.psychiatry.spoi --lang en
            """,
        subcommands: [RulesListCommand.self],
        defaultSubcommand: RulesListCommand.self)
}

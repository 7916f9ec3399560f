import ArgumentParser
import Sociosan

/// `--lang it|en`, shared by every command that words something for people.
struct LanguageOption: ParsableArguments {
    enum Choice: String, CaseIterable, Sendable, Hashable {
        case it
        case en

        var language: Language { self == .it ? .italian : .english }
    }

    @Option(name: .customLong("lang"),
            help: "Language of messages: it or en (default: from LANG, else it).")
    var choice: ArgumentChoice<Choice>?

    /// A bad `--lang` is reported in the language of the environment (it cannot be its own).
    func validate() throws {
        try choice?.check("--lang", in: .fromEnvironment)
    }

    /// The chosen language; without `--lang`, the one of the `LANG` variable, else Italian.
    var language: Language { choice?.value?.language ?? .fromEnvironment }
}

import ArgumentParser
import Sociosan

/// `--lang it|en`, shared by every command that words something for people.
struct LanguageOption: ParsableArguments {
    enum Choice: String, CaseIterable, ExpressibleByArgument {
        case it
        case en

        var language: Language { self == .it ? .italian : .english }
    }

    @Option(name: .customLong("lang"),
            help: "Language of messages: it or en (default: from LANG, else it).")
    var choice: Choice?

    /// The chosen language; without `--lang`, the one of the `LANG` variable, else Italian.
    var language: Language { choice?.language ?? .fromEnvironment }
}

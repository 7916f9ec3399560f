import Sociosan

/// A command that words its errors in a language chosen on its command line.
protocol LanguageSelecting {
    var language: Language { get }
}

import Sociosan

extension Language {
    /// The language of the `LANG` environment variable (`en_GB.UTF-8` gives English);
    /// Italian when it is unset or names another language.
    static var fromEnvironment: Language {
        Language(localeIdentifier: SystemIO.environment("LANG"))
    }
}

import ArgumentParser
import Sociosan

/// A usage error worded by us, in the user's language. swift-argument-parser prints the
/// description of an error thrown from `validate()` as it is (no English "Error:" and usage
/// lines around it), so the whole message can be Italian.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    let language: Language

    var description: String { CLIText.errorLine(message, in: language) }

    init(message: String, language: Language) {
        self.message = message
        self.language = language
    }

    /// `text` rendered with `arguments` in `language`.
    init(_ text: LocalizedText, _ arguments: [MessageArgument] = [], in language: Language) {
        self.init(message: text.render(arguments, in: language), language: language)
    }

    /// `valore non ammesso per --format: "xml"; valori ammessi: text, json`.
    static func badValue(_ value: String, for option: String, allowed: [String], in language: Language) -> UsageError {
        UsageError(
            message: LocalizedText(
                it: "valore non ammesso per {0}: \"{1}\"; valori ammessi: {2}",
                en: "invalid value for {0}: \"{1}\"; allowed values: {2}"
            ).render([.text(option), .text(value), .text(allowed.joined(separator: ", "))], in: language),
            language: language)
    }
}

/// An option value taken as written and checked in `validate()`, so that a bad value gets
/// our localized ``UsageError`` instead of the parser's English message. `--format` and
/// `--lang` use it through ``FormatOption`` and ``LanguageOption``.
///
/// ```swift
/// @Option var format: ArgumentChoice<ListingFormat> = .init(.text)
/// func validate() throws { try format.check("--format", in: language) }
/// ```
struct ArgumentChoice<Value: RawRepresentable & CaseIterable & Sendable & Hashable>: ExpressibleByArgument, Sendable, Hashable, CustomStringConvertible
where Value.RawValue == String {
    let text: String

    init(_ value: Value) { text = value.rawValue }
    init?(argument: String) { text = argument }

    /// The value; `nil` only before ``check(_:in:)`` has refused it.
    var value: Value? { Value(rawValue: text) }
    var description: String { text }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }

    func check(_ option: String, in language: Language) throws {
        guard value == nil else { return }
        throw UsageError.badValue(text, for: option, allowed: Self.allValueStrings, in: language)
    }
}

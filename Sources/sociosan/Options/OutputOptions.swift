import ArgumentParser
import Sociosan

/// The output formats of one command (`text` and `json`, and for some `sarif` or `csv`),
/// named as they are typed after `--format`. Every command has `text`, its default.
protocol OutputFormat: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// Aligned text for people: the format without `--format`.
    static var text: Self { get }
}

extension OutputFormat {
    /// `Output format: text, json or sarif.`: the help of `--format`, from the cases.
    static var help: String {
        let names = allCases.map(\.rawValue)
        guard let last = names.last, names.count > 1 else { return "Output format: \(names.joined())." }
        return "Output format: \(names.dropLast().joined(separator: ", ")) or \(last)."
    }
}

/// `--format F`, one of the cases of `Format`. The value is taken as written and checked by
/// ``check(in:)`` in the user's language (swift-argument-parser would refuse it in English).
/// Commands include it through ``OutputOptions``; `store list`, whose `--lang` comes with
/// its store options, includes it alone.
struct FormatOption<Format: OutputFormat>: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(Format.help))
    var choice: ArgumentChoice<Format> = .init(.text)

    /// The chosen format; `text` only before ``check(in:)`` has refused a bad value.
    var value: Format { choice.value ?? .text }

    /// Refuses a value that is not a case of `Format`, with the allowed ones, in `language`.
    func check(in language: Language) throws {
        try choice.check("--format", in: language)
    }
}

/// `--format F` and `--lang it|en`: what every command that writes a report shares, as one
/// option group (swift-argument-parser's `@OptionGroup`), generic over the command's formats.
///
/// ```swift
/// struct CapacityCommand: ParsableCommand, LanguageSelecting {
///     @OptionGroup var output: OutputOptions<StaffingFormat>
///     var language: Language { output.language }
///     func run() throws { if output.format == .json { ... } }
/// }
/// ```
///
/// A bad `--lang` is refused first, in the language of the environment; then a bad
/// `--format`, in the chosen language; both before the command's own `validate()`.
struct OutputOptions<Format: OutputFormat>: ParsableArguments {
    @OptionGroup
    var formatOption: FormatOption<Format>

    @OptionGroup
    var languageOption: LanguageOption

    var format: Format { formatOption.value }
    var language: Language { languageOption.language }

    func validate() throws {
        try formatOption.check(in: language)
    }
}

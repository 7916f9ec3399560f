/// The languages Sociosan speaks to people. Italian is the default: the regulations are
/// Italian and so are most of their readers.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case italian = "it"
    case english = "en"

    /// Picks the language from a POSIX locale string such as the `LANG` variable
    /// (`"en_GB.UTF-8"` gives English); anything not English gives Italian.
    ///
    /// ```swift
    /// Language(localeIdentifier: "en_US.UTF-8")  // .english
    /// Language(localeIdentifier: nil)            // .italian
    /// ```
    public init(localeIdentifier: String?) {
        guard let identifier = localeIdentifier?.lowercased(), identifier.hasPrefix("en") else {
            self = .italian
            return
        }
        self = .english
    }
}

/// A text in both languages, carried as data beside the code that uses it.
///
/// Templates may contain placeholders `{0}`, `{1}`, ... filled by ``MessageArgument`` values.
public struct LocalizedText: Sendable, Hashable {
    public let italian: String
    public let english: String

    public init(it italian: String, en english: String) {
        self.italian = italian
        self.english = english
    }

    public func text(in language: Language) -> String {
        language == .italian ? italian : english
    }

    /// Fills the placeholders with the arguments, each written the way the language writes it
    /// (decimal comma in Italian, decimal point in English).
    ///
    /// ```swift
    /// let text = LocalizedText(it: "servono {0} unità", en: "{0} units are needed")
    /// text.render([.fixed(1125, scale: 2)], in: .italian)  // "servono 11,25 unità"
    /// ```
    public func render(_ arguments: [MessageArgument], in language: Language) -> String {
        let template = text(in: language)
        var result = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{",
               let close = template[index...].firstIndex(of: "}"),
               let position = Int(template[template.index(after: index)..<close]),
               position >= 0, position < arguments.count {
                result += arguments[position].text(in: language)
                index = template.index(after: close)
            } else {
                result.append(character)
                index = template.index(after: index)
            }
        }
        return result
    }

    /// The highest placeholder number used plus one (0 when there is none).
    public var placeholderCount: (italian: Int, english: Int) {
        func count(_ template: String) -> Int {
            var highest = -1
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if let number = Int(rest[rest.index(after: open)..<close]) { highest = max(highest, number) }
                rest = rest[rest.index(after: close)...]
            }
            return highest + 1
        }
        return (count(italian), count(english))
    }
}

/// A value that fills a placeholder of a message; numbers and dates are written per language.
public enum MessageArgument: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// A fixed-point number: `value` / 10^`scale` (`.fixed(1125, scale: 2)` is 11.25).
    case fixed(Int, scale: Int)
    case date(LocalDate)
    /// A list of codes, written comma-separated.
    case list([String])
    /// A text that differs per language (for example a role's name).
    case localized(LocalizedText)

    public func text(in language: Language) -> String {
        switch self {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .fixed(let value, let scale):
            let separator = language == .italian ? "," : "."
            return FixedPoint.format(value, scale: scale, separator: separator)
        case .date(let date):
            // Italians write dates day first; the ISO form stays unambiguous in English.
            if language == .italian {
                let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
                let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
                return "\(day)/\(month)/\(date.year)"
            }
            return date.description
        case .list(let items): return items.joined(separator: ", ")
        case .localized(let text): return text.text(in: language)
        }
    }
}

/// Formatting of fixed-point numbers without floating point.
enum FixedPoint {
    static func format(_ value: Int, scale: Int, separator: String) -> String {
        guard scale > 0 else { return String(value) }
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        let magnitude = value.magnitude
        let whole = magnitude / UInt(divisor)
        var fraction = String(magnitude % UInt(divisor))
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole)\(separator)\(fraction)"
    }
}

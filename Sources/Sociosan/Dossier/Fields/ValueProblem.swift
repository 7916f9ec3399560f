/// The wording of the value problems every field reader reports (the JSON layer over jansson
/// and the `Codable` bridge), written once so that both say the same thing in both languages.
///
/// ```swift
/// ValueProblem.outsideRange(12, 1...10).text(in: .english)  // "12 is outside the range 1-10"
/// ```
public enum ValueProblem {
    public static let emptyText = LocalizedText(it: "il testo non può essere vuoto", en: "the text cannot be empty")

    public static func outsideRange(_ value: some BinaryInteger, _ range: ClosedRange<Int>) -> LocalizedText {
        LocalizedText(it: "\(value) è fuori dall'intervallo \(range.lowerBound)-\(range.upperBound)",
                      en: "\(value) is outside the range \(range.lowerBound)-\(range.upperBound)")
    }

    public static func tooManyDecimals(_ value: Double) -> LocalizedText {
        LocalizedText(it: "al massimo due decimali (trovato \(value))", en: "at most two decimals (found \(value))")
    }

    /// A number with two decimals outside `range` (in hundredths).
    public static func outsideHundredths(_ range: ClosedRange<Int>) -> LocalizedText {
        let low = MessageArgument.fixed(range.lowerBound, scale: 2).text(in: .english)
        let high = MessageArgument.fixed(range.upperBound, scale: 2).text(in: .english)
        return LocalizedText(it: "il valore va da \(low) a \(high)", en: "the value runs from \(low) to \(high)")
    }

    public static func notADate(_ text: String) -> LocalizedText {
        let quoted = MessageExcerpt.of(text)
        return LocalizedText(it: "\"\(quoted)\" non è una data nel formato AAAA-MM-GG",
                             en: "\"\(quoted)\" is not a date of the form YYYY-MM-DD")
    }

    public static func notACalendarDate(_ text: String) -> LocalizedText {
        let quoted = MessageExcerpt.of(text)
        return LocalizedText(it: "\"\(quoted)\" non è una data di calendario esistente", en: "\"\(quoted)\" is not a real calendar date")
    }

    /// A code that is not one of `allowed` (listed in order).
    public static func notAllowed(_ text: String, allowed: [String]) -> LocalizedText {
        let quoted = MessageExcerpt.of(text)
        let list = allowed.joined(separator: ", ")
        return LocalizedText(it: "\"\(quoted)\"; valori ammessi: \(list)", en: "\"\(quoted)\"; allowed values: \(list)")
    }

    public static func repeated(_ code: String) -> LocalizedText {
        LocalizedText(it: "\"\(code)\" è ripetuto", en: "\"\(code)\" is repeated")
    }

    public static func tooFewElements(_ minimumCount: Int) -> LocalizedText {
        minimumCount == 1
            ? LocalizedText(it: "l'elenco è vuoto: serve almeno un elemento", en: "the list is empty: at least one element is needed")
            : LocalizedText(it: "servono almeno \(minimumCount) elementi", en: "at least \(minimumCount) elements are needed")
    }

    /// An element's `id` that an earlier element, at `earlier` (a JSON Pointer), already has.
    public static func repeatedID(_ id: String, earlier: String) -> LocalizedText {
        let quoted = MessageExcerpt.of(id)
        return LocalizedText(it: "l'identificativo \"\(quoted)\" è già usato in \(earlier): ogni elemento ha il proprio",
                             en: "id \"\(quoted)\" is already used at \(earlier): give each element its own")
    }
}

/// The JSON types named in type-mismatch findings.
public enum ValueTypeName: Sendable, Hashable {
    case object, array, string, integer, number, boolean, null

    public var label: LocalizedText {
        switch self {
        case .object: return LocalizedText(it: "un oggetto", en: "an object")
        case .array: return LocalizedText(it: "un array", en: "an array")
        case .string: return LocalizedText(it: "una stringa", en: "a string")
        case .integer: return LocalizedText(it: "un numero intero", en: "an integer")
        case .number: return LocalizedText(it: "un numero", en: "a number")
        case .boolean: return LocalizedText(it: "un booleano", en: "a boolean")
        case .null: return LocalizedText(it: "null", en: "null")
        }
    }
}

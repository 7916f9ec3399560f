/// How a message quotes a value the user wrote: whole when it is short, else its start and an
/// ellipsis, so that a 10 MB string in a dossier does not make a 10 MB message.
///
/// ```swift
/// MessageExcerpt.of("spoi-bo")                                  // "spoi-bo"
/// MessageExcerpt.of(String(repeating: "x", count: 500)).count  // 81: 80 scalars and "…"
/// ```
public enum MessageExcerpt {
    /// Longest quoted value, in characters (twice the longest identifier, 64).
    public static let limit = 80

    public static func of(_ text: String, limit: Int = MessageExcerpt.limit) -> String {
        // Unicode scalars, not characters: one letter followed by a million combining marks is
        // a single character. Counting stops at the limit, so a huge value is not walked to its end.
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              cut != scalars.endIndex else { return text }
        return String(scalars[..<cut]) + "…"
    }
}

extension LocalizedText {
    /// "manca: X" / "mancano: X, Y e Z" in Italian (the verb agrees with the list), "missing
    /// x, y" in English, where the English names are usually the JSON fields to fill in.
    ///
    /// ```swift
    /// LocalizedText.missing(italian: ["diagnosi", "firma del medico"], english: ["diagnosis", "doctorSigned"])
    ///     .text(in: .italian)   // "mancano: diagnosi e firma del medico"
    /// ```
    public static func missing(italian: [String], english: [String]) -> LocalizedText {
        let it: String
        switch italian.count {
        case 0: it = ""
        case 1: it = "manca: " + italian[0]
        default: it = "mancano: " + italian.dropLast().joined(separator: ", ") + " e " + italian[italian.count - 1]
        }
        return LocalizedText(it: it, en: english.isEmpty ? "" : "missing " + english.joined(separator: ", "))
    }
}

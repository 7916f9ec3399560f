import SociosanJSON

extension JSONWriter {
    /// `{"text": ...}`: a SARIF message or multiformat message string. Square brackets are
    /// escaped with a backslash (SARIF 2.1.0, 3.11.6): in a message text `[text](1)` is a
    /// link, so a dossier's value must never become one.
    mutating func textObject(_ text: String) {
        beginObject()
        key("text"); string(Self.sarifText(text))
        endObject()
    }

    /// `text` with `[` and `]` escaped as `\[` and `\]`.
    static func sarifText(_ text: String) -> String {
        guard text.contains(where: { $0 == "[" || $0 == "]" }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.count + 8)
        for character in text {
            if character == "[" || character == "]" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

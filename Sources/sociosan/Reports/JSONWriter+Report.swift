import SociosanJSON

extension JSONWriter {
    /// A string, or `null` when there is none.
    mutating func string(orNull value: String?) {
        if let value { string(value) } else { null() }
    }

    /// An integer, or `null` when there is none.
    mutating func integer(orNull value: Int?) {
        if let value { integer(value) } else { null() }
    }

    /// `{"text": ...}`: a SARIF message or multiformat message string.
    mutating func textObject(_ text: String) {
        beginObject()
        key("text"); string(text)
        endObject()
    }
}

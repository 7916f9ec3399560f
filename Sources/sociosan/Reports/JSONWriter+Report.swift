import SociosanJSON

extension JSONWriter {
    /// `{"text": ...}`: a SARIF message or multiformat message string.
    mutating func textObject(_ text: String) {
        beginObject()
        key("text"); string(text)
        endObject()
    }
}

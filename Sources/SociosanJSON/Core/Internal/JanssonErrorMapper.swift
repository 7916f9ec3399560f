/// Turns jansson's error into a ``JSONSyntaxError``: a reason, and a position that follows
/// the documented rule (start of the offending token, offending character in a string, or
/// end of input).
///
/// jansson's own position is the count of bytes it has consumed, and its column the column
/// of the last character consumed; both are translated here, in one place.
struct JanssonErrorMapper {
    let error: JanssonError
    /// Bytes handed to jansson; bounds the true offset when jansson's `int` has wrapped.
    let delivered: Int
    /// The first raw NUL byte of the input, which jansson was shown as 0x01 (see ``JanssonLoader``).
    let firstNUL: Int?
    /// Reads source bytes back, for tokens jansson does not quote (longer than 20 bytes);
    /// `nil` when the input cannot be read again (a pipe).
    let window: (Range<Int>) -> [UInt8]?

    func map(isWhitespaceOnly: () -> Bool) -> JSONSyntaxError {
        let consumed = error.absoluteOffset(delivered: delivered)
        let line = max(error.line, 1)
        let column = max(error.column, 0)
        let near = error.near
        // The token jansson stopped on, read back when it was too long to be quoted: a bare
        // word, a string or a number. Only where jansson stops right after a token (an escape
        // or a byte inside a string is no token's end).
        let stoppedOn = near ?? (error.leftTokenOut ? unquotedToken(endingAt: consumed) : nil)

        // Where jansson stopped, translated: the next character (nothing of it consumed),
        // the last character consumed, or the first character of the quoted token.
        let atEnd = Anchor(byteOffset: consumed, column: column + 1)
        let lastRead = Anchor(byteOffset: max(consumed - 1, 0), column: max(column, 1))
        func tokenStart(_ text: [UInt8]?) -> Anchor {
            guard let text, !text.isEmpty, text.count <= consumed else { return lastRead }
            let characters = text.reduce(0) { $0 + (Self.isLeadByte($1) ? 1 : 0) }
            return Anchor(byteOffset: consumed - text.count, column: max(column - characters + 1, 1))
        }

        var reason: JSONSyntaxError.Reason
        var anchor: Anchor
        var token = near.map(Self.text)
        var key: String?
        var detail = error.detail

        switch error.code {
        case JanssonError.invalidUTF8:
            reason = .invalidUTF8
            anchor = atEnd
            token = Self.hexByte(in: error.detail)
        case JanssonError.prematureEndOfInput:
            reason = isWhitespaceOnly() ? .emptyDocument : .unexpectedEndOfInput
            anchor = atEnd
            token = nil
        case JanssonError.endOfInputExpected:
            reason = .trailingData
            anchor = tokenStart(stoppedOn)
            token = stoppedOn.map(Self.text)
        case JanssonError.stackOverflow:
            reason = .tooDeep
            anchor = tokenStart(near)
        case JanssonError.duplicateKey:
            reason = .duplicateKey
            let literal = near ?? keyLiteral(endingAt: consumed)
            anchor = tokenStart(literal)
            key = literal.flatMap(Self.decodeStringLiteral)
            token = literal.map(Self.text)
        case JanssonError.numericOverflow:
            reason = .numberOutOfRange
            let literal = near ?? numberLiteral(endingAt: consumed)
            anchor = tokenStart(literal)
            token = literal.map(Self.text)
        case JanssonError.nullByteInKey:
            reason = .nulInObjectKey
            anchor = tokenStart(near)
        case JanssonError.invalidSyntax:
            if error.messageHasPrefix("invalid escape") {
                reason = .invalidEscape
                anchor = lastRead
            } else if error.messageHasPrefix("invalid Unicode") {
                reason = .invalidEscape
                anchor = tokenStart(near)
            } else if error.messageHasPrefix("control character") || error.messageHasPrefix("unexpected newline") {
                reason = .controlCharacterInString
                anchor = atEnd
                token = nil
            } else if error.messageHasPrefix("invalid token") {
                anchor = tokenStart(stoppedOn)
                token = stoppedOn.map(Self.text)
                reason = Self.classifyInvalidToken(stoppedOn)
                if reason == .invalidNumber {
                    if let word = signedWord(startingAt: anchor.byteOffset) {
                        // jansson stops at the sign of `-Infinity`; name the whole word.
                        reason = .invalidLiteral
                        token = word
                    } else if let number = numberText(startingAt: anchor.byteOffset), number.count > (stoppedOn?.count ?? 0) {
                        // jansson stops inside `01` or `1eE2`; show the number as written.
                        token = number
                    }
                }
            } else {
                reason = .unexpectedToken
                anchor = tokenStart(stoppedOn)
                token = stoppedOn.map(Self.text)
            }
        default:
            reason = .other
            anchor = lastRead
        }

        // A raw NUL byte was shown to jansson as 0x01 (see JanssonLoader); if that is where it
        // stopped, report the NUL itself.
        if let firstNUL, anchor.byteOffset == firstNUL, reason != .emptyDocument {
            if reason == .controlCharacterInString {
                detail = "control character 0x0"
            } else {
                reason = .unexpectedCharacter
                detail = "NUL byte (0x00)"
                token = "\u{0}"
            }
        }
        return JSONSyntaxError(
            line: line, column: anchor.column, byteOffset: anchor.byteOffset,
            reason: reason, detail: detail, token: token, key: key)
    }

    struct Anchor {
        var byteOffset: Int
        var column: Int
    }

    // MARK: Reading tokens jansson does not quote

    /// The `"..."` literal of a key whose closing quote is the byte before `end`.
    private func keyLiteral(endingAt end: Int) -> [UInt8]? {
        scanningBack(to: end) { bytes, atInputStart -> [UInt8]?? in
            guard bytes.last == UInt8(ascii: "\"") else { return .some(nil) }
            // The opening quote is the nearest earlier quote not escaped by an odd run of backslashes.
            var index = bytes.count - 2
            while index >= 0 {
                if bytes[index] == UInt8(ascii: "\"") {
                    var backslashes = 0
                    var before = index - 1
                    while before >= 0 && bytes[before] == UInt8(ascii: "\\") { backslashes += 1; before -= 1 }
                    // A run of backslashes reaching the window's start may go on before it.
                    if before < 0 && !atInputStart { return nil }
                    if backslashes % 2 == 0 { return .some(Array(bytes[index...])) }
                }
                index -= 1
            }
            return atInputStart ? .some(nil) : nil
        }
    }

    /// The token whose last byte is the byte before `end`, for a token jansson did not quote:
    /// a string literal, a number, or a bare word (jansson reads a word as a run of ASCII
    /// letters). A number cut short by its exponent (`1e`) ends in one letter after a digit.
    private func unquotedToken(endingAt end: Int) -> [UInt8]? {
        guard end > 0, let last = window((end - 1)..<end)?.first else { return nil }
        if last == UInt8(ascii: "\"") { return keyLiteral(endingAt: end) }
        if !Self.isASCIILetter(last) { return Self.numeric.contains(last) ? numberLiteral(endingAt: end) : nil }
        if last | 0x20 == UInt8(ascii: "e"), end >= 2, let before = window((end - 2)..<(end - 1))?.first,
           before >= UInt8(ascii: "0") && before <= UInt8(ascii: "9") {
            return numberLiteral(endingAt: end)
        }
        return wordLiteral(endingAt: end)
    }

    /// The run of ASCII letters whose last one is the byte before `end`, however long.
    private func wordLiteral(endingAt end: Int) -> [UInt8]? {
        scanningBack(to: end) { bytes, atInputStart -> [UInt8]?? in
            let letters = bytes.reversed().prefix { Self.isASCIILetter($0) }
            // The run fills the window: it may start before it.
            if letters.count == bytes.count && !atInputStart { return nil }
            return .some(letters.isEmpty ? nil : Array(letters.reversed()))
        }
    }

    /// The number whose last character is the byte before `end`.
    private func numberLiteral(endingAt end: Int) -> [UInt8]? {
        scanningBack(to: end) { bytes, atInputStart -> [UInt8]?? in
            let digits = bytes.reversed().prefix { Self.numeric.contains($0) }
            if digits.count == bytes.count && !atInputStart { return nil }
            return .some(digits.isEmpty ? nil : Array(digits.reversed()))
        }
    }

    /// `-Infinity`, `-NaN`, `+Inf`: a sign directly followed by letters.
    private func signedWord(startingAt start: Int) -> String? {
        guard let bytes = window(start..<(start + 16)), let sign = bytes.first,
              sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return nil }
        let letters = bytes.dropFirst().prefix { Self.isASCIILetter($0) }
        return letters.isEmpty ? nil : Self.text(Array(bytes.prefix(1 + letters.count)))
    }

    /// The run of number characters starting at `start`, as written (the whole run, however
    /// long: its length is part of the message).
    private func numberText(startingAt start: Int) -> String? {
        var span = 64
        while true {
            guard let bytes = window(start..<(start + span)) else { return nil }
            let run = bytes.prefix { Self.numeric.contains($0) }
            // The run fills the window: it may go on after it (the window is shorter than
            // asked only at the end of the input).
            if run.count == span { span *= 2; continue }
            return run.isEmpty ? nil : Self.text(Array(run))
        }
    }

    /// Runs `scan` over the source bytes before `end`, in a window of 64 KiB first and then
    /// twice as large each time `scan` answers `nil` (the token may start before the window),
    /// until it answers or the window reaches the start of the input. A token longer than
    /// the first window is thus found whole: its start, and so its column, are exact.
    private func scanningBack<T>(to end: Int, _ scan: (_ bytes: [UInt8], _ atInputStart: Bool) -> T??) -> T? {
        guard end > 0 else { return nil }
        var span = Self.windowLimit
        while true {
            let from = max(0, end - span)
            guard let bytes = window(from..<end) else { return nil }
            if let answer = scan(bytes, from == 0) { return answer }
            if from == 0 { return nil }
            span *= 2
        }
    }

    /// The first window read back for one token; larger tokens are read in doubling windows.
    private static let windowLimit = 64 * 1024
    private static let numeric = Set("0123456789+-.eE".utf8)

    // MARK: Small helpers

    private static func classifyInvalidToken(_ near: [UInt8]?) -> JSONSyntaxError.Reason {
        guard let first = near?.first else { return .unexpectedCharacter }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return .invalidNumber
        case _ where isASCIILetter(first):
            return .invalidLiteral
        default:
            return .unexpectedCharacter
        }
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether a byte starts a character (is not a UTF-8 continuation byte).
    static func isLeadByte(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// `0xFF` from jansson's `unable to decode byte 0xff`.
    private static func hexByte(in detail: String) -> String? {
        guard let range = detail.firstRange(of: "0x") else { return nil }
        let digits = detail[range.upperBound...].prefix { $0.isHexDigit }
        guard !digits.isEmpty else { return nil }
        return "0x" + (digits.count == 1 ? "0" : "") + digits.uppercased()
    }

    /// Decodes a JSON string literal (quotes included) with the same parser, so that escapes
    /// are resolved exactly as in the document.
    static func decodeStringLiteral(_ literal: [UInt8]) -> String? {
        guard let document = try? JSONDocument.parse(literal) else { return nil }
        return document.root.stringValue
    }
}

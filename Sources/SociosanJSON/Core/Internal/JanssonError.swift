import CJansson

/// jansson's `json_error_t`, copied out of the C struct into Swift values.
struct JanssonError {
    var line: Int
    var column: Int
    /// jansson's byte count at the error, as its C `int`: wraps beyond 2 GiB (see ``absoluteOffset(delivered:)``).
    var position: Int32
    var code: UInt32
    /// The text as bytes: offsets of the ` near '...'` context are counted in bytes.
    var text: [UInt8]

    init(_ error: json_error_t) {
        line = Int(error.line)
        column = Int(error.column)
        position = error.position
        var text: [UInt8] = []
        var code: UInt32 = 0
        withUnsafeBytes(of: error.text) { raw in
            // jansson keeps the error code in the last byte of `text` (json_error_code()).
            code = UInt32(raw[raw.count - 1])
            let body = raw[..<(raw.count - 1)]
            let end = body.firstIndex(of: 0) ?? body.endIndex
            text = Array(body[..<end])
        }
        self.text = text
        self.code = code
    }

    var detail: String { String(decoding: text, as: UTF8.self) }

    /// The text before ` near '...'`: what jansson expected or found wrong.
    var message: ArraySlice<UInt8> {
        if let range = text.firstRange(of: Self.nearMarker) { return text[..<range.lowerBound] }
        if let range = text.firstRange(of: Self.nearEndMarker) { return text[..<range.lowerBound] }
        return text[...]
    }

    /// The source text jansson quotes after ` near '`: the token it stopped on (at most 20
    /// bytes; jansson leaves longer tokens out).
    var near: [UInt8]? {
        guard let range = text.firstRange(of: Self.nearMarker), text.last == UInt8(ascii: "'") else { return nil }
        let start = range.upperBound
        let end = text.count - 1
        guard start < end else { return nil }
        return Array(text[start..<end])
    }

    /// Whether jansson left out the token it stopped on: it quotes one of at most 20 bytes,
    /// and says ` near end of file` when there is none, so a text with neither had a longer one.
    var leftTokenOut: Bool {
        text.firstRange(of: Self.nearMarker) == nil && text.firstRange(of: Self.nearEndMarker) == nil
    }

    func messageHasPrefix(_ prefix: String) -> Bool {
        message.starts(with: prefix.utf8)
    }

    /// The true byte offset. jansson stores its `size_t` position in an `int`, which wraps
    /// past 2 GiB; the true value is the one congruent modulo 2^32 that lies within the
    /// bytes handed to jansson so far (jansson reads at most about 1 KiB ahead).
    func absoluteOffset(delivered: Int) -> Int {
        if delivered <= Int(Int32.max) { return max(0, Int(position)) }
        let low = Int(UInt32(bitPattern: position))
        var candidate = (delivered & ~0xFFFF_FFFF) | low
        if candidate > delivered { candidate -= 1 << 32 }
        return max(0, candidate)
    }

    /// Replaces every occurrence of `pattern` in the text by `replacement` of the same length.
    mutating func replace(_ pattern: [UInt8], with replacement: [UInt8]) {
        var index = 0
        while let range = text[index...].firstRange(of: pattern) {
            text.replaceSubrange(range, with: replacement)
            index = range.lowerBound + replacement.count
        }
    }

    private static let nearMarker = Array(" near '".utf8)
    private static let nearEndMarker = Array(" near end of file".utf8)

    // The values of `enum json_error_code` in jansson.h (2.14).
    static let stackOverflow = json_error_stack_overflow.rawValue
    static let invalidUTF8 = json_error_invalid_utf8.rawValue
    static let prematureEndOfInput = json_error_premature_end_of_input.rawValue
    static let endOfInputExpected = json_error_end_of_input_expected.rawValue
    static let invalidSyntax = json_error_invalid_syntax.rawValue
    static let nullByteInKey = json_error_null_byte_in_key.rawValue
    static let duplicateKey = json_error_duplicate_key.rawValue
    static let numericOverflow = json_error_numeric_overflow.rawValue
}

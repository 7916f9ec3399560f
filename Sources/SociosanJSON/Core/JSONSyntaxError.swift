/// Why a text is not a JSON document this layer accepts, and where.
///
/// The position follows one rule: it points at the start of the offending token (a bad
/// literal, a stray bracket, the duplicated key, the data after the value), at the offending
/// character inside a string (a bad escape, a raw control character, an invalid UTF-8 byte),
/// or at the end of the input when the input stops too early.
///
/// ```swift
/// do {
///     _ = try JSONDocument.parse(#"{"a": 1, "a": 2}"#)
/// } catch {
///     error.reason          // .duplicateKey
///     error.key             // "a"
///     error.englishMessage  // line 1, column 10 (byte 9): duplicate key "a" in object; ...
/// }
/// ```
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programs; people read ``englishMessage`` or ``italianMessage``.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// No value at all: zero bytes, or only spaces, tabs and line breaks.
        case emptyDocument
        /// The text starts with a byte-order mark (UTF-8 `EF BB BF`, or a UTF-16 one).
        case byteOrderMark
        /// A byte sequence that is not UTF-8, including overlong forms and encoded surrogates.
        case invalidUTF8
        /// The same key twice in one object; ``JSONSyntaxError/key`` names it when known.
        case duplicateKey
        /// Something after the one top-level value.
        case trailingData
        /// Arrays and objects nested deeper than ``JSONDocument/maximumDepth``.
        case tooDeep
        /// A malformed number: `01`, `1.`, `.5`, `+1`, `1e`, `0x1F`.
        case invalidNumber
        /// A well-formed number outside what can be held without loss: an integer outside
        /// `Int64`, or a real beyond `Double` (`1e400`). Refused rather than rounded, because a
        /// validator must not silently change a value.
        case numberOutOfRange
        /// A bare word that is not `true`, `false` or `null`: `NaN`, `Infinity`, `True`, `undefined`.
        case invalidLiteral
        /// A character that cannot start any JSON token: `*`, `'`, `#`, `/`, a form feed, a NUL byte.
        case unexpectedCharacter
        /// A valid token in the wrong place: a missing comma, colon or value, a stray bracket.
        case unexpectedToken
        /// The input stops inside a string, array or object.
        case unexpectedEndOfInput
        /// A backslash escape that JSON does not define, or an unpaired UTF-16 surrogate.
        case invalidEscape
        /// A raw control character (U+0000–U+001F, including a line break) inside a string.
        case controlCharacterInString
        /// An object key containing U+0000 in a stream too large to read twice; see
        /// ``JSONDocument/parse(contentsOfFile:)``.
        case nulInObjectKey
        /// Anything else jansson reports (for example running out of memory); see ``detail``.
        case other
    }

    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in Unicode characters (as jansson counts), not bytes.
    /// Line and column come from jansson's C `int` counters: exact below 2^31.
    public let column: Int
    /// The 0-based offset in bytes from the start of the input, exact at any size.
    public let byteOffset: Int
    /// The kind of problem.
    public let reason: Reason
    /// The parser's own English text, such as `duplicate object key near '"a"'`; for checks
    /// made before jansson runs (byte-order mark, NUL byte) a text of the same style.
    public let detail: String
    /// The offending source text when known: `NaN`, `"a"`, `0xFF` for an invalid byte.
    public let token: String?
    /// For ``Reason/duplicateKey``: the duplicated key, decoded (escapes resolved).
    public let key: String?

    /// Creates an error; the JSON layer makes these, tests and adapters may too.
    ///
    /// ```swift
    /// let error = JSONSyntaxError(line: 1, column: 1, byteOffset: 0, reason: .emptyDocument,
    ///                             detail: "empty input")
    /// ```
    public init(
        line: Int, column: Int, byteOffset: Int, reason: Reason, detail: String,
        token: String? = nil, key: String? = nil
    ) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.reason = reason
        self.detail = detail
        self.token = token
        self.key = key
    }

    /// The same error moved into a larger text: used by JSON Lines, where each line is parsed
    /// on its own but positions must be those of the file.
    func relocated(line: Int, byteOffsetOfLine: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            line: line + self.line - 1, column: column, byteOffset: byteOffsetOfLine + byteOffset,
            reason: reason, detail: detail, token: token, key: key)
    }

    /// The English message, so that `print(error)` helps a person.
    ///
    /// ```swift
    /// print(error)   // line 1, column 2 (byte 1): 'NaN' is not valid JSON: ...
    /// ```
    public var description: String { englishMessage }
}

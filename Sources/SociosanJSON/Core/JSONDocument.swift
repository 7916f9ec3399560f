import CJansson
import Glibc

/// A parsed JSON document: the one owner of jansson's tree, freed when the document goes.
///
/// Parsing is strict: duplicate keys, invalid UTF-8, a byte-order mark, trailing data,
/// `NaN`/`Infinity`, raw control characters in strings and nesting deeper than
/// ``maximumDepth`` are refused with a ``JSONSyntaxError`` that says where and why. Any JSON
/// value may be the top-level value (RFC 8259), and strings may contain U+0000.
///
/// Numbers: an integer is kept exactly as `Int64`; an integer outside `Int64` or a real
/// beyond `Double` is refused (``JSONSyntaxError/Reason/numberOutOfRange``) rather than
/// rounded, because a validator must not silently change a value. `-0` is the integer 0.
///
/// ```swift
/// let document = try JSONDocument.parse(#"{"kind": "er.psychiatry.spoi", "beds": 16}"#)
/// let root = document.root
/// root["kind"]?.stringValue    // "er.psychiatry.spoi"
/// root["beds"]?.integerValue   // 16
/// ```
///
/// The nodes read from ``root`` keep the document alive, so they may outlive the expression
/// that parsed it.
///
/// `@unchecked Sendable` is sound because the tree is never changed once `parse` has
/// returned, and reading it (jansson's getters and iterators) neither writes memory nor
/// touches jansson's reference counts; the only later write, the final `json_decref`,
/// happens in `deinit`, when no other reference to the document exists.
public final class JSONDocument: @unchecked Sendable {
    let rootPointer: UnsafeMutablePointer<json_t>

    /// Takes over the reference jansson returned.
    init(owning root: UnsafeMutablePointer<json_t>) {
        rootPointer = root
    }

    deinit {
        json_decref(rootPointer)
    }

    /// The deepest nesting accepted: jansson's compiled `JSON_PARSER_MAX_DEPTH`, 2048.
    ///
    /// Every value counts one level, the top-level value included, so 2048 nested empty
    /// arrays are accepted and so are 2047 nested arrays holding a number; one more level is
    /// refused with ``JSONSyntaxError/Reason/tooDeep``. The limit keeps jansson's recursive
    /// parser far from the end of a thread's stack.
    ///
    /// ```swift
    /// let deepest = String(repeating: "[", count: JSONDocument.maximumDepth)
    ///     + String(repeating: "]", count: JSONDocument.maximumDepth)
    /// _ = try JSONDocument.parse(deepest)   // accepted
    /// ```
    public static var maximumDepth: Int { Int(JSON_PARSER_MAX_DEPTH) }

    /// The top-level value (it keeps the document alive).
    ///
    /// ```swift
    /// let document = try JSONDocument.parse("[1, 2, 3]")
    /// document.root.count   // 3
    /// ```
    public var root: JSONNode { JSONNode(rootPointer, in: self) }

    /// The whole document converted to a ``JSONValue`` (allocates; prefer ``root`` for reading).
    ///
    /// ```swift
    /// try JSONDocument.parse("[true]").value   // .array([.bool(true)])
    /// ```
    public var value: JSONValue { root.toValue() }

    // MARK: Parsing

    /// Parses UTF-8 bytes without copying them (unless they contain a raw NUL byte).
    ///
    /// ```swift
    /// let bytes: [UInt8] = Array(#"{"a": 1}"#.utf8)
    /// let document = try bytes.withUnsafeBytes { try JSONDocument.parse($0) }
    /// ```
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONDocument {
        try JanssonLoader.parse(bytes).get()
    }

    /// Parses UTF-8 bytes.
    ///
    /// ```swift
    /// let document = try JSONDocument.parse(Array("[1]".utf8))
    /// ```
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        try bytes.withUnsafeBytes { JanssonLoader.parse($0) }.get()
    }

    /// Parses a string (as its UTF-8 bytes).
    ///
    /// ```swift
    /// let document = try JSONDocument.parse(#"{"a": [true, null]}"#)
    /// ```
    public static func parse(_ string: String) throws(JSONSyntaxError) -> JSONDocument {
        var string = string
        return try string.withUTF8 { JanssonLoader.parse(UnsafeRawBufferPointer($0)) }.get()
    }

    /// Parses a file, streaming it through jansson in 64 KiB reads: memory stays bounded
    /// whatever the file's size (a 200 MB file of spaces is refused as empty without being
    /// held in memory).
    ///
    /// A key containing U+0000 needs a second reading (see ``JSONSyntaxError/Reason/nulInObjectKey``),
    /// done for inputs of at most 64 MiB.
    ///
    /// ```swift
    /// do {
    ///     let document = try JSONDocument.parse(contentsOfFile: "dossier.json")
    /// } catch {
    ///     print(error.englishMessage)   // cannot read dossier.json: No such file or directory
    /// }
    /// ```
    public static func parse(contentsOfFile path: String) throws(JSONInputError) -> JSONDocument {
        let descriptor: Int32
        switch SystemIO.openForReading(path) {
        case .success(let opened): descriptor = opened
        case .failure(let error): throw .io(path: path, errno: error.code)
        }
        defer { Glibc.close(descriptor) }
        return try JanssonLoader.parse(descriptor: descriptor, path: path).get()
    }

    /// Parses everything that can be read from an open descriptor, from its current position
    /// to its end; the descriptor stays open. `path` names the input in error messages.
    ///
    /// ```swift
    /// let document = try JSONDocument.parse(fileDescriptor: descriptor, path: "upload")
    /// ```
    public static func parse(fileDescriptor: Int32, path: String) throws(JSONInputError) -> JSONDocument {
        if SystemIO.isDirectory(fileDescriptor) { throw .io(path: path, errno: EISDIR) }
        return try JanssonLoader.parse(descriptor: fileDescriptor, path: path).get()
    }

    /// Parses standard input (descriptor 0) to its end, streamed like a file.
    ///
    /// ```swift
    /// // cat dossier.json | sociosan validate -
    /// let document = try JSONDocument.parseStandardInput()
    /// ```
    public static func parseStandardInput() throws(JSONInputError) -> JSONDocument {
        try parse(fileDescriptor: STDIN_FILENO, path: "<stdin>")
    }
}

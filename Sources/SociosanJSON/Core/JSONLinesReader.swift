import Glibc
import SociosanSystem

/// One non-blank line of a JSON Lines input, parsed.
///
/// ```swift
/// while let record = try reader.next() {
///     switch record.result {
///     case .success(let document): print(record.lineNumber, document.root.kind)
///     case .failure(let error): print(error.englishMessage)   // positions are the file's
///     }
/// }
/// ```
public struct JSONLinesRecord: Sendable {
    /// The 1-based line number in the input (blank lines count).
    public let lineNumber: Int
    /// The 0-based byte offset of the line's first byte in the input.
    public let byteOffset: Int
    /// The document, or why the line is not one; a syntax error's line and byte offset are
    /// those of the whole input, its column that within the line.
    public let result: Result<JSONDocument, JSONSyntaxError>
}

/// One raw line, without its `\n` or `\r\n`; its bytes are valid only inside the closure
/// given to ``JSONLinesReader/nextLine(_:)``.
///
/// ```swift
/// try reader.nextLine { line in line.bytes.count }
/// ```
public struct JSONLinesLine {
    /// The 1-based line number.
    public let lineNumber: Int
    /// The 0-based byte offset of the line's first byte in the input.
    public let byteOffset: Int
    /// The line's bytes, borrowed from the reader's buffer.
    public let bytes: UnsafeRawBufferPointer

    /// Whether the line holds only spaces, tabs and carriage returns (or nothing).
    public var isBlank: Bool { bytes.allSatisfy(JanssonLoader.isWhitespace) }
}

/// Reads JSON Lines (one JSON value per line) from a file, standard input or bytes in
/// memory, one line at a time: memory holds one 64 KiB buffer, grown only to fit the longest
/// line.
///
/// Lines end with `\n` or `\r\n`; the last line needs no newline. Blank lines are skipped
/// but counted. Each line is parsed with the same strict rules as ``JSONDocument``, straight
/// from the buffer, and a bad line does not stop the reader: the record carries the error
/// and the caller decides.
///
/// ```swift
/// var reader = try JSONLinesReader(path: "structures.jsonl")
/// var valid = 0
/// while let record = try reader.next() {
///     if case .success = record.result { valid += 1 }
/// }
/// ```
public struct JSONLinesReader: ~Copyable {
    /// The size of the first buffer, and of each read.
    public static let bufferSize = 64 * 1024

    /// The name of the input in error messages.
    public let path: String
    /// The longest line the reader holds, in bytes, or `nil` for no limit: a longer line
    /// makes ``next()`` throw ``JSONInputError/io(path:errno:message:)`` with `EFBIG`, instead
    /// of growing the buffer without end (a stream with no line feed, such as `/dev/zero`).
    ///
    /// ```swift
    /// var reader = try JSONLinesReader(path: "dossiers.jsonl")
    /// reader.maximumLineLength = 64 * 1024 * 1024
    /// ```
    public var maximumLineLength: Int?
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    /// The bytes the reader holds for lines, for tests of its constant memory.
    var bufferCapacity: Int { buffer.count }
    /// The unread bytes are `buffer[start..<end]`; `buffer[start..<scanned]` has no newline.
    private var start = 0
    private var end = 0
    private var scanned = 0
    private var reachedEnd: Bool
    private var lineNumber = 0
    /// The input offset of `buffer[start]`.
    private var offset = 0

    /// Opens a file; the reader closes it when it goes.
    ///
    /// ```swift
    /// var reader = try JSONLinesReader(path: "dossiers.jsonl")
    /// ```
    public init(path: String) throws(JSONInputError) {
        switch SystemIO.openForReading(path) {
        case .success(let opened): descriptor = opened
        case .failure(let error): throw .io(path: path, errno: error.code)
        }
        self.path = path
        ownsDescriptor = true
        buffer = [UInt8](repeating: 0, count: Self.bufferSize)
        reachedEnd = false
    }

    /// Reads an open descriptor from its current position; the descriptor stays open.
    ///
    /// ```swift
    /// var reader = JSONLinesReader(fileDescriptor: STDIN_FILENO, path: "<stdin>")
    /// ```
    public init(fileDescriptor: Int32, path: String) {
        self.path = path
        descriptor = fileDescriptor
        ownsDescriptor = false
        buffer = [UInt8](repeating: 0, count: Self.bufferSize)
        reachedEnd = false
    }

    /// Reads lines from bytes already in memory.
    ///
    /// ```swift
    /// var reader = JSONLinesReader(bytes: Array("1\n2\n".utf8))
    /// ```
    public init(bytes: [UInt8]) {
        path = "<memory>"
        descriptor = -1
        ownsDescriptor = false
        buffer = bytes
        end = bytes.count
        reachedEnd = true
    }

    /// A reader of standard input (descriptor 0).
    ///
    /// ```swift
    /// var reader = JSONLinesReader.standardInput()
    /// ```
    public static func standardInput() -> JSONLinesReader {
        JSONLinesReader(fileDescriptor: STDIN_FILENO, path: "<stdin>")
    }

    deinit {
        if ownsDescriptor { Glibc.close(descriptor) }
    }

    /// The next non-blank line, parsed; `nil` at the end of the input. Throws only when the
    /// input cannot be read; a line that is not valid JSON is a record with an error.
    ///
    /// ```swift
    /// while let record = try reader.next() { print(record.lineNumber) }
    /// ```
    public mutating func next() throws(JSONInputError) -> JSONLinesRecord? {
        while true {
            let record = try nextLine { line -> JSONLinesRecord? in
                if line.isBlank { return nil }
                let result = JanssonLoader.parse(line.bytes).mapError {
                    $0.relocated(line: line.lineNumber, byteOffsetOfLine: line.byteOffset)
                }
                return JSONLinesRecord(lineNumber: line.lineNumber, byteOffset: line.byteOffset, result: result)
            }
            switch record {
            case .none: return nil
            case .some(.none): continue
            case .some(.some(let record)): return record
            }
        }
    }

    /// Calls `body` with the next line, blank or not, without parsing or copying it; `nil` at
    /// the end of the input.
    ///
    /// ```swift
    /// var longest = 0
    /// while let length = try reader.nextLine({ $0.bytes.count }) { longest = max(longest, length) }
    /// ```
    public mutating func nextLine<Result>(_ body: (JSONLinesLine) -> Result) throws(JSONInputError) -> Result? {
        guard let (lineStart, lineEnd, next) = try findLine() else { return nil }
        lineNumber += 1
        let lineOffset = offset
        offset += next - start
        start = next
        scanned = max(scanned, next)
        return buffer.withUnsafeBytes { all in
            body(JSONLinesLine(
                lineNumber: lineNumber, byteOffset: lineOffset,
                bytes: UnsafeRawBufferPointer(rebasing: all[lineStart..<lineEnd])))
        }
    }

    /// The next line's bounds in the buffer (without its line break) and where the line after
    /// it starts; reads more input as needed.
    private mutating func findLine() throws(JSONInputError) -> (Int, Int, Int)? {
        while true {
            if let newline = buffer.withUnsafeBytes({ Self.firstNewline(in: $0, from: scanned, to: end) }) {
                var lineEnd = newline
                if lineEnd > start && buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                try checkLength(lineEnd - start)
                return (start, lineEnd, newline + 1)
            }
            scanned = end
            if reachedEnd {
                guard start < end else { return nil }
                try checkLength(end - start)
                return (start, end, end)
            }
            try readMore()
        }
    }

    /// Moves the unread bytes to the front, grows the buffer if a line fills it, and reads.
    private mutating func readMore() throws(JSONInputError) {
        if start > 0 {
            let unread = end - start
            buffer.withUnsafeMutableBytes { raw in
                let base = raw.baseAddress!
                base.copyMemory(from: base + start, byteCount: unread)
            }
            scanned -= start
            end = unread
            start = 0
        }
        if end == buffer.count {
            try checkLength(end)
            // Doubled, but with a limit never past one byte over it.
            let growth = maximumLineLength.map { min(buffer.count, max($0 + 1 - self.end, 1)) } ?? buffer.count
            buffer.append(contentsOf: [UInt8](repeating: 0, count: growth))
        }
        let descriptor = self.descriptor
        let end = self.end
        let count = buffer.withUnsafeMutableBytes { raw in
            SystemCall.read(descriptor, into: raw.baseAddress! + end, count: raw.count - end)
        }
        if count < 0 { throw .io(path: path, errno: errno) }
        if count == 0 { reachedEnd = true }
        self.end += count
    }

    /// Refuses a line longer than ``maximumLineLength``.
    private func checkLength(_ length: Int) throws(JSONInputError) {
        if let limit = maximumLineLength, length > limit {
            throw .io(path: path, errno: EFBIG, message: "a line is longer than \(limit) bytes")
        }
    }

    private static func firstNewline(in bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress,
              let hit = memchr(base + from, Int32(UInt8(ascii: "\n")), to - from) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }
}

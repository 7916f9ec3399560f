import Glibc
import SociosanSystem

/// Writes JSON Lines: one compact JSON value per line, through a 64 KiB buffer.
///
/// The buffer is written out when it passes 64 KiB, on ``flush()`` and on ``close()``.
/// Write errors come back typed: `EPIPE` when the reading program has gone (the process must
/// ignore `SIGPIPE` to get the error instead of being stopped by the signal), `ENOSPC` when
/// the disk is full. After a write error the buffered records are dropped and every later
/// call throws the same error. Call ``close()`` (or ``flush()``) to learn of errors: when the
/// writer simply goes away it writes what is left but cannot report a failure.
///
/// ```swift
/// var output = JSONLinesWriter()            // standard output
/// try output.write(["line": 1, "ok": true])
/// try output.writeRecord { writer in
///     writer.beginObject(); writer.key("line"); writer.integer(2); writer.endObject()
/// }
/// try output.close()
/// // {"line":1,"ok":true}
/// // {"line":2}
/// ```
public struct JSONLinesWriter: ~Copyable {
    /// The buffered size past which records are written out.
    public static let flushThreshold = 64 * 1024

    /// The name of the output in error messages.
    public let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var record = JSONWriter(style: .compact)
    private var failure: JSONOutputError?
    private var isClosed = false

    /// Writes to an open descriptor (standard output by default), which stays open.
    ///
    /// ```swift
    /// var output = JSONLinesWriter(fileDescriptor: STDERR_FILENO, path: "<stderr>")
    /// ```
    public init(fileDescriptor: Int32 = STDOUT_FILENO, path: String = "<stdout>") {
        self.path = path
        descriptor = fileDescriptor
        ownsDescriptor = false
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// Creates (or empties) a file; ``close()`` closes it.
    ///
    /// ```swift
    /// var output = try JSONLinesWriter(creatingFile: "results.jsonl")
    /// ```
    public init(creatingFile path: String) throws(JSONOutputError) {
        switch SystemIO.createForWriting(path) {
        case .success(let opened): descriptor = opened
        case .failure(let error): throw .io(path: path, errno: error.code)
        }
        self.path = path
        ownsDescriptor = true
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    deinit {
        // Best effort only: a deinit cannot report errors (see close()).
        if !isClosed {
            if failure == nil && !buffer.isEmpty { _ = SystemCall.writeAll(descriptor, buffer) }
            if ownsDescriptor { Glibc.close(descriptor) }
        }
    }

    /// Writes one value as a line. A value holding NaN or an infinity is refused
    /// (``JSONOutputError/value(_:)``) and nothing of it is written.
    ///
    /// ```swift
    /// try output.write(["id": "S-1", "beds": 16])
    /// ```
    public mutating func write(_ value: JSONValue) throws(JSONOutputError) {
        try writeRecord { writer throws(JSONWriterError) in try writer.value(value) }
    }

    /// Writes a parsed value as a line, in canonical compact form.
    ///
    /// ```swift
    /// try output.write(document.root)
    /// ```
    public mutating func write(_ node: JSONNode) throws(JSONOutputError) {
        try writeRecord { writer in writer.value(node) }
    }

    /// Writes one line built with a ``JSONWriter`` (compact); if `build` throws, nothing of
    /// the record is written. A closure that writes doubles names its error type, because
    /// Swift does not infer typed throws for closures.
    ///
    /// ```swift
    /// try output.writeRecord { writer throws(JSONWriterError) in
    ///     writer.beginArray(); writer.integer(1); try writer.double(0.5); writer.endArray()
    /// }
    /// ```
    public mutating func writeRecord(_ build: (inout JSONWriter) throws(JSONWriterError) -> Void) throws(JSONOutputError) {
        if let failure { throw failure }
        record.reset()
        do {
            try build(&record)
        } catch {
            throw .value(error)
        }
        precondition(record.isComplete, "JSONLinesWriter.writeRecord: the record is not one complete JSON value")
        buffer.append(contentsOf: record.bytes)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes out the buffered lines.
    ///
    /// ```swift
    /// try output.flush()
    /// ```
    public mutating func flush() throws(JSONOutputError) {
        if let failure { throw failure }
        guard !buffer.isEmpty else { return }
        let failed = SystemCall.writeAll(descriptor, buffer)
        buffer.removeAll(keepingCapacity: true)
        if let code = failed {
            let error = JSONOutputError.io(path: path, errno: code)
            failure = error
            throw error
        }
    }

    /// Writes out the buffered lines and closes a file this writer created.
    ///
    /// ```swift
    /// try output.close()
    /// ```
    public consuming func close() throws(JSONOutputError) {
        var pending: JSONOutputError?
        do {
            try flush()
        } catch {
            pending = error
        }
        if ownsDescriptor && Glibc.close(descriptor) != 0 && pending == nil {
            pending = .io(path: path, errno: errno)
        }
        isClosed = true
        if let pending { throw pending }
    }
}

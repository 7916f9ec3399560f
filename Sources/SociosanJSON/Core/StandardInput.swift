import Glibc
import SociosanSystem

/// Standard input read whole, for input that must be looked at more than once (for
/// example to tell one document from JSON Lines). Prefer ``JSONDocument/parseStandardInput()``
/// or ``JSONLinesReader/standardInput()``, which stream in bounded memory.
///
/// ```swift
/// let bytes = try StandardInput.readAll()
/// let document = try JSONDocument.parse(bytes)
/// ```
public enum StandardInput {
    /// Every byte of standard input, until its end.
    public static func readAll() throws(JSONInputError) -> [UInt8] {
        try readAll(fileDescriptor: STDIN_FILENO, path: "<stdin>")
    }

    /// Every byte of an open descriptor from its current position; the descriptor stays open.
    ///
    /// ```swift
    /// let bytes = try StandardInput.readAll(fileDescriptor: descriptor, path: "upload")
    /// ```
    public static func readAll(fileDescriptor: Int32, path: String) throws(JSONInputError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 64 * 1024
        while true {
            let used = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBytes { raw in
                SystemCall.read(fileDescriptor, into: raw.baseAddress! + used, count: chunk)
            }
            if count < 0 {
                let code = errno
                throw .io(path: path, errno: code)
            }
            bytes.removeLast(chunk - count)
            if count == 0 { return bytes }
        }
    }

    /// ``readAll(fileDescriptor:path:)`` reading at most `limit` bytes (no limit when `nil`):
    /// `nil` as soon as the input holds more, so that an endless stream (`/dev/zero`) is
    /// refused in bounded memory.
    ///
    /// ```swift
    /// guard let bytes = try StandardInput.readAll(fileDescriptor: 0, path: "-", limit: 64 << 20) else { print("too large") }
    /// ```
    public static func readAll(fileDescriptor: Int32, path: String, limit: Int?) throws(JSONInputError) -> [UInt8]? {
        guard let limit else { return try readAll(fileDescriptor: fileDescriptor, path: path) }
        // Doubled as it fills, up to one byte past the limit: enough to know the input is over it.
        var bytes = [UInt8](repeating: 0, count: min(64 * 1024, limit + 1))
        var filled = 0
        while true {
            if filled == bytes.count {
                if filled > limit { return nil }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - filled)))
            }
            let count = bytes.withUnsafeMutableBytes { raw in
                SystemCall.read(fileDescriptor, into: raw.baseAddress! + filled, count: raw.count - filled)
            }
            if count < 0 {
                let code = errno
                throw .io(path: path, errno: code)
            }
            if count == 0 { break }
            filled += count
        }
        if filled > limit { return nil }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a generated corpus to disk, shared by the corpus targets.
public enum CorpusFile {
    /// Writes lines `0..<count` to `path`, each the bytes `line(index)` returns (a final newline
    /// is added when missing), in 1 MiB chunks; returns the bytes written. A benchmark cannot
    /// run without its corpus, so a file that cannot be created or written stops the process.
    ///
    /// ```swift
    /// CorpusFile.writeJSONLines(count: 1_000, to: "/tmp/x.jsonl") { record($0).encoded(style: .compact) }
    /// ```
    @discardableResult
    public static func writeJSONLines(count: Int, to path: String, line: (Int) -> [UInt8]) -> Int {
        guard let file = fopen(path, "wb") else { fatalError("cannot create \(path): errno \(errno)") }
        defer { fclose(file) }
        var total = 0
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 20)
        func flush() {
            let written = chunk.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            guard written == chunk.count else { fatalError("cannot write \(path): errno \(errno)") }
            total += written
            chunk.removeAll(keepingCapacity: true)
        }
        for index in 0..<count {
            chunk += line(index)
            if chunk.last != UInt8(ascii: "\n") { chunk.append(UInt8(ascii: "\n")) }
            if chunk.count >= 1 << 20 { flush() }
        }
        flush()
        return total
    }
}

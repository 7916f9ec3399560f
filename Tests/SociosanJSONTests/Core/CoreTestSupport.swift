import Foundation
import SociosanJSON
import SociosanTestResources

/// Helpers shared by the JSON core tests.
enum CoreTestSupport {
    /// The error of parsing `text`, or `nil` when it parses.
    static func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONDocument.parse(text)
            return nil
        } catch {
            return error
        }
    }

    /// The error of parsing `bytes`, or `nil` when they parse.
    static func syntaxError(bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONDocument.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The error of parsing the file at `path`, or `nil` when it parses.
    static func inputError(path: String) -> JSONInputError? {
        do {
            _ = try JSONDocument.parse(contentsOfFile: path)
            return nil
        } catch {
            return error
        }
    }

    /// Runs `body` with a fresh temporary directory, removed afterwards whatever happens.
    static func withTemporaryDirectory<Result>(_ body: (String) throws -> Result) throws -> Result {
        let path = NSTemporaryDirectory() + "sociosan-json-core-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// Writes `bytes` to `directory/name` and returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], to directory: String, name: String) throws -> String {
        let path = directory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `body` with the reading end of a pipe into which `bytes` were written and whose
    /// writing end is closed: a stand-in for standard input that cannot be read twice.
    static func withPipe<Result>(containing bytes: [UInt8], _ body: (Int32) throws -> Result) throws -> Result {
        ignoreBrokenPipes()
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw POSIXError(.EMFILE) }
        let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
        defer { close(readEnd) }
        // A writer thread, so that inputs larger than the pipe's buffer do not block.
        let writer = Thread {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Foundation.write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(writeEnd)
        }
        writer.start()
        return try body(readEnd)
    }

    /// Makes writes to a pipe whose reader has gone fail with EPIPE instead of stopping the
    /// test process with SIGPIPE (a parser may stop reading at the first error).
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The folder of JSONTestSuite's parsing files (``TestResources``), or "" when it was not
    /// found (the suites that read it are then skipped with `.requiresConformance`).
    static var conformanceDirectory: String {
        TestResources.jsonTestSuiteParsingDirectory?.path ?? ""
    }

    /// The peak resident memory of this process so far, in bytes.
    static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }
}

/// A small, seeded generator, so that property tests are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

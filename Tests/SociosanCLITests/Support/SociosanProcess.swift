import Foundation
import Testing

/// What a run of the `sociosan` binary gave back.
struct ProcessOutput: Sendable {
    let status: Int32
    /// `true` when the process ended by `exit`, `false` when a signal killed it (a crash).
    let exitedNormally: Bool
    let standardOutput: Data
    let standardError: Data

    var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
    var stderr: String { String(decoding: standardError, as: UTF8.self) }

    /// The standard output parsed as JSON (fails the test when it is not JSON).
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: standardOutput, options: [.fragmentsAllowed])
    }

    /// Neither a crash nor a Swift runtime trap or stack trace.
    var endedCleanly: Bool {
        exitedNormally && !stderr.contains("Fatal error") && !stderr.contains("Stack dump")
            && !stderr.contains("Current stack trace")
    }
}

/// Runs the built `sociosan` binary as a subprocess, from the repository root.
enum Sociosan {
    /// The repository root: this file is `Tests/SociosanCLITests/Support/SociosanProcess.swift`.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/er.psychiatry.spoi` in the repository.
    static let spoiFixtures = repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.spoi")

    /// The binary sits in the products folder beside the test bundle. Under `swift test` on
    /// Linux the test runner is `<products>/<Package>PackageTests.xctest` and is
    /// `CommandLine.arguments[0]`; `Bundle.main` points at the same folder. Both are tried.
    static let binary: URL = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in candidates {
            let candidate = folder.appendingPathComponent("sociosan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        // Fails every test that uses it, with the places tried.
        return URL(fileURLWithPath: "/nonexistent/sociosan (looked in \(candidates.map(\.path)))")
    }()

    /// Runs `sociosan arguments...` with `input` on standard input (empty if `nil`), from
    /// `directory` (the repository root by default), with `LANG` set to `lang` (unset if nil).
    static func run(
        _ arguments: [String], input: Data? = nil, lang: String? = nil,
        directory: URL = repositoryRoot
    ) throws -> ProcessOutput {
        let scratch = try TemporaryFolder()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        let inURL = scratch.url.appendingPathComponent("stdin")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: input ?? Data())

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = lang
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        process.environment = environment

        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        try inHandle.close()

        return ProcessOutput(
            status: process.terminationStatus,
            exitedNormally: process.terminationReason == .exit,
            standardOutput: try Data(contentsOf: outURL),
            standardError: try Data(contentsOf: errURL))
    }
}

extension Sociosan {
    /// Runs a `bash` script with `$SOCIOSAN` set to the binary, from the repository root, for
    /// what `Process` cannot express (pipes into `head`, file names that are not UTF-8).
    /// `arguments` are the script's `$1`, `$2`, ...
    static func bash(_ script: String, _ arguments: String..., directory: URL = repositoryRoot) throws -> ProcessOutput {
        let scratch = try TemporaryFolder()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, "bash"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SOCIOSAN"] = binary.path
        process.environment = environment
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return ProcessOutput(
            status: process.terminationStatus,
            exitedNormally: process.terminationReason == .exit,
            standardOutput: try Data(contentsOf: outURL),
            standardError: try Data(contentsOf: errURL))
    }
}

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sociosan-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `data` at `relativePath` (creating folders) and returns its URL.
    @discardableResult
    func write(_ data: Data, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    @discardableResult
    func write(_ text: String, to relativePath: String) throws -> URL {
        try write(Data(text.utf8), to: relativePath)
    }
}

/// Builders of test inputs from the bundled fixtures.
enum Dossiers {
    /// The first valid SPOI fixture, as bytes.
    static func validSPOI() throws -> Data {
        let folder = Sociosan.spoiFixtures.appendingPathComponent("valid")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        let first = try #require(names.first, "no valid fixture in \(folder.path)")
        return try Data(contentsOf: folder.appendingPathComponent(first))
    }

    /// The valid fixture as one compact line (for JSON Lines), with `changes` applied to its
    /// top-level object.
    static func compactSPOI(_ changes: (inout [String: Any]) -> Void = { _ in }) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: validSPOI()) as? [String: Any])
        changes(&object)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}

import Foundation
import Testing

/// Every invalid example of Fixtures/ as a file, for running the tool on them: the rows of
/// `Fixtures/<kind>/invalid-cases.json` written out by `Tools/expand-invalid-fixtures` (the
/// files a reader gets from it) beside the invalid files Fixtures/ keeps, once per test run,
/// in a scratch folder removed when the test process exits.
enum InvalidExamples {
    /// `<scratch>/<kind>/invalid/`, or why the examples could not be written.
    private static let written: Result<URL, ExpansionError> = {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("sociosan-invalid-examples-\(UUID().uuidString)", isDirectory: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Sociosan.repositoryRoot.appendingPathComponent("Tools/expand-invalid-fixtures").path, root.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            return .failure(ExpansionError(description: "cannot run python3: \(error)"))
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        atexit { if case .success(let root) = InvalidExamples.written { try? FileManager.default.removeItem(at: root) } }
        guard process.terminationStatus == 0 else {
            return .failure(ExpansionError(description: "Tools/expand-invalid-fixtures failed: \(text)"))
        }
        return .success(root)
    }()

    struct ExpansionError: Error, CustomStringConvertible {
        let description: String
    }

    /// The folder holding every invalid example of `kind` (absolute path).
    static func folder(_ kind: String) throws -> String {
        try written.get().appendingPathComponent("\(kind)/invalid").path
    }

    /// One invalid example of `kind`, by file name (absolute path).
    static func file(_ kind: String, _ name: String) throws -> String {
        try folder(kind) + "/" + name
    }

    /// The file names the examples of `kind` must have: one per row of its cases file and
    /// one per file of its invalid/ folder.
    static func expectedNames(_ kind: String) throws -> Set<String> {
        let folder = Sociosan.repositoryRoot.appendingPathComponent("Fixtures/\(kind)")
        var names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("invalid").path)) ?? [])
        let cases = folder.appendingPathComponent("invalid-cases.json")
        if FileManager.default.fileExists(atPath: cases.path) {
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cases)) as? [[String: Any]])
            for row in rows { names.insert(try #require(row["name"] as? String) + ".json") }
        }
        return names
    }
}

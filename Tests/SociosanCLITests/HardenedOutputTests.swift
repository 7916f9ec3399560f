import Foundation
import Testing

/// Issue 16, point 7: what reaches the reader cannot be forged by a value, and a folder with
/// nothing in it does not pass as validated.
@Suite("Hardened output: SARIF text and empty folders")
struct HardenedOutputTests {
    /// A value with square brackets must not become a SARIF link (SARIF 2.1.0, 3.11.6).
    @Test("SARIF message text escapes square brackets")
    func sarifEscapesBrackets() throws {
        let folder = try TemporaryFolder()
        let fixture = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.spoi/valid/spoi-12-beds.json"), encoding: .utf8)
        // An unknown field whose name looks like a link.
        let forged = fixture.replacingOccurrences(of: "\"beds\": 12,", with: "\"beds\": 12,\n  \"[click](https://example.org)\": 1,")
        let file = folder.url.appendingPathComponent("linked.json")
        try Data(forged.utf8).write(to: file)
        let result = try Sociosan.run(["validate", "--format", "sarif", "--lang", "en", file.path])
        let root = try #require(try result.json() as? [String: Any])
        let runs = try #require(root["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let texts = results.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
        let linked = try #require(texts.first { $0.contains("click") })
        #expect(linked.contains(#"\[click\](https://example.org)"#), "\(linked)")
        #expect(!linked.contains("[click]("))
    }

    @Test("a 40,000-digit number gives a short syntax message")
    func hugeTokenIsShortened() throws {
        let text = "{\"kind\": \"er.psychiatry.spoi\", \"beds\": " + String(repeating: "7", count: 40_000) + "}\n"
        let result = try Sociosan.run(["validate", "--lang", "en", "-"], input: Data(text.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("'7777777777777777777777777777777777777777…(40000)'"), "\(result.stdout.prefix(400))")
        #expect(result.stdout.utf8.count < 1_000)
    }

    @Test("validate of a folder with no dossier file is an input problem, not a success")
    func emptyFolderIsAProblem() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("empty/deeper"), withIntermediateDirectories: true)
        let result = try Sociosan.run(["validate", "--lang", "en", folder.url.appendingPathComponent("empty").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the folder holds no .json or .jsonl file: nothing to validate"), "\(result.stderr)")
    }
}

import Foundation
import Testing

/// The bundled fixtures through the tool: valid ones pass, each invalid example (a row of
/// invalid-cases.json written out by Tools/expand-invalid-fixtures, or a file of invalid/)
/// triggers the rule its name gives (the part before `--`, or before `.json`). Examples of
/// warning and information rules hold a valid dossier; the folder as a whole exits 1.
@Suite("Fixtures through sociosan validate")
struct FixtureTests {
    /// Every kind folder of Fixtures/ (one with valid/ and invalid examples: invalid/ or
    /// invalid-cases.json), so that a new kind's fixtures are run through the tool without
    /// touching this file.
    static let kindFolders: [String] = {
        let root = Sociosan.repositoryRoot.appendingPathComponent("Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }
        return names.sorted().filter { name in
            exists("\(name)/valid") && (exists("\(name)/invalid") || exists("\(name)/invalid-cases.json"))
        }
    }()

    @Test func theKindFoldersIncludeTheSPOIAndTheResidences() {
        for kind in ["er.psychiatry.spoi", "er.psychiatry.rti", "er.psychiatry.rti-specialist", "er.psychiatry.rtp"] {
            #expect(Self.kindFolders.contains(kind))
        }
    }

    @Test("Fixtures/<kind>/valid exits 0", arguments: kindFolders)
    func valid(kind: String) throws {
        let result = try Sociosan.run(["validate", "Fixtures/\(kind)/valid"])
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test("each invalid fixture triggers the rule its name gives", arguments: kindFolders)
    func invalid(kind: String) throws {
        let folder = try InvalidExamples.folder(kind)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.sorted()
        try #require(!names.isEmpty)
        #expect(Set(names) == (try InvalidExamples.expectedNames(kind)), "every row and file of \(kind), written out")
        let result = try Sociosan.run(["validate", "--format", "json", folder])
        #expect(result.status == 1)
        let root = try #require(try result.json() as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        var rulesByFile: [String: Set<String>] = [:]
        for file in files {
            let path = try #require(file["path"] as? String)
            let dossiers = (file["dossiers"] as? [[String: Any]]) ?? []
            #expect(!dossiers.isEmpty, "\(path) holds a dossier")
            let rules = dossiers.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }.compactMap { $0["rule"] as? String }
            rulesByFile[String(path.split(separator: "/").last!)] = Set(rules)
        }
        #expect(Set(rulesByFile.keys) == Set(names))
        for name in names {
            let stem = name.hasSuffix(".jsonl") ? String(name.dropLast(6)) : String(name.dropLast(5))
            let expected = stem.components(separatedBy: "--")[0]
            #expect(rulesByFile[name]?.contains(expected) == true,
                    "\(name) should trigger \(expected); found \(rulesByFile[name].map { $0.sorted() } ?? [])")
        }
    }
}

import Foundation
import Testing

/// `store put` reports a bad input where it went wrong (file:line:column, or the JSON Pointer),
/// in the chosen language, and takes a JSON Lines file all or nothing.
@Suite("store put: where an input went wrong, JSON Lines all or nothing")
struct StorePutReportingTests {
    /// `store put` of a file with a syntax error names file:line:column, in the chosen
    /// language, and never prints a finding with an empty place (": ...").
    @Test func storePutSyntaxErrorSaysWhere() throws {
        let folder = try TemporaryFolder()
        let store = folder.url.appendingPathComponent("store").path
        let broken = try folder.write("{\n  \"kind\": \"er.psychiatry.spoi\",\n  \"id\": \n}\n", to: "broken.json")
        #expect(try Sociosan.run(["store", "init", "--store", store]).status == 0)
        let italian = try Sociosan.run(["store", "put", "--store", store, "--lang", "it", broken.path])
        #expect(italian.status == 1)
        #expect(italian.stderr.contains("\(broken.path):4:1: "))
        #expect(italian.stderr.contains("non è un dossier valido"))
        #expect(!italian.stderr.contains("\n  : "))
        let english = try Sociosan.run(["store", "put", "--store", store, "--lang", "en", broken.path])
        #expect(english.stderr.contains("\(broken.path):4:1: "))
        #expect(english.stderr.contains("is not a valid dossier"))
    }

    /// A content finding names the file and the JSON Pointer.
    @Test func storePutContentErrorNamesThePointer() throws {
        let folder = try TemporaryFolder()
        let store = folder.url.appendingPathComponent("store").path
        let line = try Dossiers.compactSPOI { $0["province"] = "XX" }
        let file = try folder.write(line, to: "bad-province.json")
        #expect(try Sociosan.run(["store", "init", "--store", store]).status == 0)
        let result = try Sociosan.run(["store", "put", "--store", store, "--lang", "en", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path) at /province: "))
        let italian = try Sociosan.run(["store", "put", "--store", store, "--lang", "it", file.path])
        #expect(italian.stderr.contains("\(file.path) in /province: "))
    }

    /// `store put FILE.jsonl` stores every line, all or nothing, like `store import`; a bad line
    /// refuses the whole file with FILE:LINE:COLUMN; --expect-revision is refused with it.
    @Test func storePutTakesJSONLinesAllOrNothing() throws {
        let folder = try TemporaryFolder()
        let store = folder.url.appendingPathComponent("store").path
        let first = try Dossiers.compactSPOI { $0["id"] = "spoi-a" }
        let second = try Dossiers.compactSPOI { $0["id"] = "spoi-b" }
        let good = try folder.write(first + "\n" + second + "\n", to: "two.jsonl")
        let bad = try folder.write(first + "\n{\"kind\": }\n", to: "bad.jsonl")
        #expect(try Sociosan.run(["store", "init", "--store", store]).status == 0)

        let refused = try Sociosan.run(["store", "put", "--store", store, "--lang", "en", bad.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(bad.path):2:"))
        #expect(!refused.stderr.contains("\n  : "))
        let listed = try Sociosan.run(["store", "list", "--store", store, "--format", "json"])
        #expect((try listed.json() as? [Any])?.isEmpty == true)

        let stored = try Sociosan.run(["store", "put", "--store", store, good.path])
        #expect(stored.status == 0)
        #expect(stored.stdout == "er.psychiatry.spoi/spoi-a revision 1\ner.psychiatry.spoi/spoi-b revision 1\n")

        let expecting = try Sociosan.run(["store", "put", "--store", store, "--lang", "it", "--expect-revision", "1", good.path])
        #expect(expecting.status == 2)
        #expect(expecting.stderr.contains("--expect-revision vale per un solo dossier"))
    }
}

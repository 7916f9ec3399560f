import Foundation
import Testing

/// Activity data (kind er.psychiatry.activity, JSON Lines) through the tool.
@Suite("Activity data through sociosan")
struct ActivityCommandTests {
    @Test("Fixtures/er.psychiatry.activity/valid exits 0, every line a valid dossier")
    func validYear() throws {
        let result = try Sociosan.run(["validate", "--format", "json", "Fixtures/er.psychiatry.activity/valid"])
        #expect(result.status == 0, "\(result.stdout)")
        let root = try #require(try result.json() as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["dossiers"] as? Int == 68)
        #expect(summary["valid"] as? Int == 68)
        #expect(summary["warnings"] as? Int == 0)
    }

    @Test("a finding names the file's line and column, in Italian by default and in English on request")
    func findingsAreLocatedAndWorded() throws {
        let file = "Fixtures/er.psychiatry.activity/invalid/er.activity.event.stay--other-patient-before-its-stay.jsonl"
        let italian = try Sociosan.run(["validate", file], lang: "it_IT.UTF-8")
        #expect(italian.status == 1)
        #expect(italian.stdout.contains("\(file):1:"))
        #expect(italian.stdout.contains("è del paziente p-x-001, non di p-x-002"))
        let english = try Sociosan.run(["validate", "--lang", "en", file])
        #expect(english.stdout.contains("belongs to patient p-x-001, not p-x-002 [er.activity.event.stay] at /patient"))
    }

    @Test("validate reads activity lines from standard input")
    func standardInput() throws {
        let url = Sociosan.repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.activity/valid/spoi-2025.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = try Sociosan.run(["validate", "-"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test("rules list, kinds and schema know the kind")
    func catalogue() throws {
        let rules = try Sociosan.run(["rules", "list", "--kind", "er.psychiatry.activity", "--lang", "en"])
        #expect(rules.status == 0)
        for id in ["er.activity.rti.max-stay", "er.activity.rtp.extension", "er.activity.residence.family-meeting",
                   "er.activity.spoi.no-tso", "er.activity.restraint.record", "er.activity.event.stay"] {
            #expect(rules.stdout.contains(id), "\(id) missing from rules list")
        }
        #expect(!rules.stdout.contains("er.spoi."))
        let kinds = try Sociosan.run(["kinds"])
        #expect(kinds.stdout.contains("er.psychiatry.activity"))
        let schema = try Sociosan.run(["schema", "er.psychiatry.activity"])
        #expect(schema.status == 0)
        #expect(schema.stdout.contains("\"$id\": \"https://sociosan.example/schemas/er.psychiatry.activity.schema.json\""))
    }
}

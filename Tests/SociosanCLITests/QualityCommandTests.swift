import Foundation
import Sociosan
import SociosanJSON
import Testing

/// `sociosan quality`, through the binary.
@Suite("sociosan quality")
struct QualityCommandTests {
    static let folder = "Fixtures/er.sst.quality-profile/valid/"
    static let full = folder + "pianura-est-2026.json"

    @Test func textShowsEveryCriterionTheCountsAndTheActionFirst() throws {
        let english = try Sociosan.run(["quality", Self.full, "--lang", "en"])
        #expect(english.status == 0 && english.endedCleanly, "\(english.stderr)")
        for id in SSTCriterionID.allCases { #expect(english.stdout.contains("\n\(id.rawValue) ")) }
        #expect(english.stdout.contains("Total     28/28   13      9            4      2"))
        #expect(english.stdout.contains("Needing action first"))
        #expect(english.stdout.contains("Questionnaire: 12 responses from 13 municipalities (92 %)"))
        let italian = try Sociosan.run(["quality", Self.full], lang: "it_IT.UTF-8")
        #expect(italian.status == 0)
        #expect(italian.stdout.contains("Da affrontare per primi") && italian.stdout.contains("Investire"))
        #expect(italian.stdout.contains("Soglia di importanza: 3,00 su scala 1-5"))
    }

    @Test func jsonCsvAndSvg() throws {
        let json = try Sociosan.run(["quality", Self.full, "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try json.json() as? [String: Any])
        #expect((object["criteria"] as? [Any])?.count == 28)
        #expect(object["quadrants"] as? [String: Int] == ["invest": 13, "consolidate": 9, "check": 4, "maintain": 2])
        #expect((object["actionFirst"] as? [String])?.first == "P02")
        let csv = try Sociosan.run(["quality", Self.full, "--format", "csv", "--lang", "en"])
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 29 && rows[0].hasPrefix("criterion,category,scope"))
        #expect(rows.contains { $0.hasPrefix("E01,outcome,users,true,4.80,3.00,consolidate,,,Ufficio di Piano Pianura Est,dropped,") })
        let svg = try Sociosan.run(["quality", Self.full, "--format", "svg", "--lang", "en"])
        #expect(svg.status == 0 && svg.stdout.hasPrefix("<?xml") && svg.stdout.contains(">INVEST</text>"))
    }

    @Test func aQuadrantThatTheScoresContradictIsRefusedNamingTheCriterion() throws {
        let text = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent(Self.full), encoding: .utf8)
        // E01: 4.80 and 3.00, the implementation tie: consolidate, not invest.
        let broken = text.replacingOccurrences(
            of: "\"criterion\": \"E01\",\n      \"category\": \"outcome\",\n      \"importance\": 4.8,\n      \"implementation\": 3,\n      \"quadrant\": \"consolidate\"",
            with: "\"criterion\": \"E01\",\n      \"category\": \"outcome\",\n      \"importance\": 4.8,\n      \"implementation\": 3,\n      \"quadrant\": \"invest\"")
        #expect(broken != text)
        let output = try Sociosan.run(["quality", "-", "--lang", "en"], input: Data(broken.utf8))
        #expect(output.status == 1 && output.endedCleanly)
        #expect(output.stdout.contains("criterion E01: quadrant recorded Invest, but importance 4.8 (threshold 3) and implementation 3 (threshold 3) give Consolidate"))
        #expect(output.stdout.contains("[er.sst.quadrant.consistent]"))
    }

    @Test func warningsGoToStandardErrorAndTheReportFollows() throws {
        let text = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent(Self.full), encoding: .utf8)
        let noPlanForP02 = text.replacingOccurrences(of: "\"criterion\": \"P02\",\n      \"quadrant\": \"invest\"",
                                                     with: "\"criterion\": \"P01\",\n      \"quadrant\": \"consolidate\"")
        #expect(noPlanForP02 != text)
        let output = try Sociosan.run(["quality", "-", "--lang", "en"], input: Data(noPlanForP02.utf8))
        #expect(output.status == 0)
        #expect(output.stderr.contains("criterion P02 is to invest in but the plan has no active item for it [er.sst.plan.invest-needs-action]"))
    }

    @Test func compareShowsMovesAndPlanOutcomes() throws {
        let output = try Sociosan.run(["quality", "--compare", Self.folder + "pianura-est-2024.json", Self.full, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try output.json() as? [String: Any])
        let moves = try #require(object["moves"] as? [[String: String]])
        #expect(moves.map { $0["criterion"]! } == ["P05", "P11", "P14", "O01"])
        #expect(moves.first == ["criterion": "P05", "from": "invest", "to": "consolidate"])
        let plan = try #require(object["plan"] as? [[String: Any]])
        let outcome = Dictionary(uniqueKeysWithValues: plan.map { ($0["criterion"] as! String, $0["outcome"] as! String) })
        #expect(outcome["P07"] == "achieved" && outcome["P05"] == "dropped" && outcome["E01"] == "dropped" && outcome["P02"] == "open")
        let text = try Sociosan.run(["quality", "--compare", Self.folder + "pianura-est-2024.json", Self.full, "--lang", "en"])
        #expect(text.stdout.contains("P07 achieved (planned -> achieved)") || text.stdout.contains("P07 achieved (in progress -> achieved)"))
        let other = try Sociosan.run(["quality", "--compare", Self.folder + "ferrara-2025.json", Self.full, "--lang", "en"])
        #expect(other.status == 2 && other.stderr.contains("the two profiles do not assess the same territory"))
    }

    @Test func usageErrors() throws {
        let both = try Sociosan.run(["quality", Self.full, "--compare", Self.full, Self.full, "--lang", "en"])
        #expect(both.status == 2 && both.stderr.contains("give FILE or --compare OLD NEW, not both"))
        let one = try Sociosan.run(["quality", "--compare", Self.full, "--lang", "en"])
        #expect(one.status == 2 && one.stderr.contains("--compare takes two files"))
        let missing = try Sociosan.run(["quality", "no-such.json", "--lang", "en"])
        #expect(missing.status == 2 && missing.endedCleanly)
        let format = try Sociosan.run(["quality", Self.full, "--format", "pdf", "--lang", "en"])
        #expect(format.status == 2)
    }
}

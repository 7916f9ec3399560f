import Foundation
import Testing

/// `sociosan validate --inhabitants PROVINCE=N`: the Sicilian planning figures of seed 004 §6.1
/// over the structure dossiers given, with no code of its own per kind.
@Suite("sociosan validate --inhabitants")
struct PlanningCommandTests {
    @Test("a province over 5 beds per 10,000 inhabitants is a warning with its figure")
    func figureInTheFinding() throws {
        // Casa Aurora, Palermo: 10 beds. For 15,000 inhabitants that is 6.66 per 10,000 (> 5).
        let result = try Sociosan.run(["validate", "--lang", "en", "--inhabitants", "PA=15000",
                                       "Fixtures/sicily.psychiatry.residence-24h/valid"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("(planning PA)"))
        #expect(result.stdout.contains("province PA: 10 places in 1 structures for 15000 inhabitants, 6.66 per 10,000; the planning provides 5 [sicily.planning.residence-24h-initial]"),
                "\(result.stdout)")
    }

    @Test("the JSON report carries the finding, in Italian by default")
    func jsonReport() throws {
        let result = try Sociosan.run(["validate", "--format", "json", "--inhabitants", "pa=15000", "--inhabitants", "CT=1000000",
                                       "Fixtures/sicily.psychiatry.residence-24h/valid", "Fixtures/sicily.psychiatry.group-apartment/valid"])
        #expect(result.status == 0)
        let document = try #require(try result.json() as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        let planning = files.filter { ($0["path"] as? String)?.hasPrefix("(programmazione") == true }
        #expect(planning.map { $0["path"] as? String } == ["(programmazione PA)", "(programmazione CT)"])
        let findings = (planning[0]["dossiers"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["rule"] as? String } == ["sicily.planning.residence-24h-initial"])
        #expect((findings.first?["message"] as? String)?.contains("6,66 ogni 10.000") == true)
        // Catania: the Villa Etna residence (8) and the Casa Girasole apartment (3) for a million
        // inhabitants are far below the figures.
        let catania = (planning[1]["dossiers"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
        #expect(catania.isEmpty)
    }

    @Test("a malformed or non-Sicilian --inhabitants is a usage error", arguments: ["PA", "PA=0", "BO=380000", "PA=12x", "XX=5"])
    func usage(argument: String) throws {
        let result = try Sociosan.run(["validate", "--lang", "en", "--inhabitants", argument, "Fixtures/sicily.psychiatry.residence-24h/valid"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("write PROVINCE=INHABITANTS with a Sicilian province"), "\(result.stderr)")
    }
}

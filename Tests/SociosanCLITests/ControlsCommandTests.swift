import Foundation
import Testing

/// `sociosan controls overdue`: the interval is the user's (seed 004 §7.10 sets none).
@Suite("sociosan controls overdue")
struct ControlsCommandTests {
    static let visits = "Fixtures/sicily.minors.control-visit/valid"

    /// The mother-child community's visit of 2025-09-18 is 285 days before 2026-06-30: overdue
    /// at 284 days, not at 285.
    @Test func overdueAtNDaysAndNotAtNPlusOne() throws {
        let at284 = try Sociosan.run(["controls", "overdue", "--interval-days", "284", "--on", "2026-06-30", "--lang", "en", Self.visits])
        #expect(at284.status == 1)
        #expect(at284.stdout.hasPrefix("D.A. 17/2014 (§7.10, L3402-L3409) sets no interval between controls"))
        #expect(at284.stdout.contains("cmb-ct-02     sicily.minors.mother-child  2025-09-18    285   yes"))
        #expect(at284.stdout.contains("ga-pa-07      sicily.minors.apartment     2026-04-10    81    no"))
        #expect(at284.stdout.hasSuffix("1 of 3 structures overdue for an interval of 284 days on 2026-06-30\n"))

        let at285 = try Sociosan.run(["controls", "overdue", "--interval-days", "285", "--on", "2026-06-30", "--format", "json", Self.visits])
        #expect(at285.status == 0)
        let report = try #require(try at285.json() as? [String: Any])
        #expect((report["seedSetsNoInterval"] as? String)?.contains("non fissa una periodicità") == true)
        #expect(report["overdue"] as? Int == 0)
        let structures = try #require(report["structures"] as? [[String: Any]])
        #expect(structures.map { $0["id"] as? String } == ["cg-pa-zen-01", "cmb-ct-02", "ga-pa-07"])
        #expect(structures.map { $0["days"] as? Int } == [237, 285, 81])
    }

    @Test func theIntervalIsRequiredAndPositive() throws {
        let missing = try Sociosan.run(["controls", "overdue", "--on", "2026-06-30", Self.visits])
        #expect(missing.status == 2 && missing.stderr.contains("--interval-days"))
        let zero = try Sociosan.run(["controls", "overdue", "--interval-days", "0", "--lang", "en", Self.visits])
        #expect(zero.status == 2 && zero.stderr == "sociosan: error: --interval-days must be at least 1, not 0\n")
        let badDate = try Sociosan.run(["controls", "overdue", "--interval-days", "30", "--on", "30/06/2026", "--lang", "en", Self.visits])
        #expect(badDate.status == 2 && badDate.stderr.contains("--on is not a date YYYY-MM-DD"))
    }

    @Test func anInvalidVisitIsSkippedAndSaid() throws {
        let folder = try TemporaryFolder()
        let good = try Data(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("\(Self.visits)/controllo-pa-gruppo-appartamento-2026.json"))
        try folder.write(good, to: "a.json")
        try folder.write(#"{"kind":"sicily.minors.control-visit","schemaVersion":1,"id":"x"}"#, to: "b.json")
        let result = try Sociosan.run(["controls", "overdue", "--interval-days", "365", "--on", "2026-06-30", "--lang", "en", folder.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.json: not a valid control visit, skipped"))
        #expect(result.stdout.contains("0 of 1 structures overdue"))
    }
}

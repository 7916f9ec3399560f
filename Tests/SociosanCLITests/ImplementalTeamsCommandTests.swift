import Foundation
import Testing

/// `sociosan implemental indicators --teams`: LI20-LI21 from the team files, in every format,
/// and the team files it refuses.
@Suite("sociosan implemental indicators --teams")
struct ImplementalTeamsCommandTests {
    static let activity = "Fixtures/lombardy.implemental.activity/seed-003-shares.jsonl"
    static let teams = "Fixtures/lombardy.implemental.team/seed-003-teams"

    static func results(_ json: Any, group: String? = nil) -> [String: [String: Any]] {
        let groups = (json as? [String: Any])?["groups"] as? [[String: Any]] ?? []
        let found = groups.first { ($0["group"] as? String) == group } ?? [:]
        let results = found["results"] as? [[String: Any]] ?? []
        return Dictionary(results.map { ($0["indicator"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func jsonHasTheSeedsOperatorFiguresWholeAndByASST() throws {
        let output = try Sociosan.run(["implemental", "indicators", "--format", "json", "--by", "asst", "--audit", "--teams", Self.teams,
                                       Self.activity])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try output.json()
        #expect((json as? [String: Any])?["teamFiles"] as? Int == 18)
        let all = Self.results(json)
        #expect(all["LI20a"]?["numerator"] as? Int == 179 && all["LI20b"]?["value"] as? Double == 9)
        #expect(all["LI21a"]?["numerator"] as? Int == 124 && all["LI21b"]?["numerator"] as? Int == 55)
        #expect((all["LI21a"]?["numeratorOperators"] as? [String])?.count == 124)
        #expect(all["LI21a"]?["numeratorPatients"] == nil && all["LI08"]?["numeratorOperators"] == nil)
        let lecco = Self.results(json, group: "lecco")
        #expect(lecco["LI20a"]?["numerator"] as? Int == 13 && lecco["LI20b"] == nil)
        // An ASST of the team files without patients has its group.
        #expect(Self.results(json, group: "cremona")["LI20a"]?["numerator"] as? Int == 9)
        let listed = ((json as? [String: Any])?["notFromRecords"] as? [[String: Any]] ?? []).compactMap { $0["indicator"] as? String }
        #expect(!listed.contains { $0.hasPrefix("LI20") || $0.hasPrefix("LI21") } && listed.contains("LI22"))
    }

    @Test func withoutTeamsTheOperatorsAreListedAndTheOutputHasNoTeamKey() throws {
        let output = try Sociosan.run(["implemental", "indicators", "--format", "json", Self.activity])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try output.json()
        #expect((json as? [String: Any])?["teamFiles"] == nil && Self.results(json)["LI20a"] == nil)
        let listed = ((json as? [String: Any])?["notFromRecords"] as? [[String: Any]] ?? []).compactMap { $0["indicator"] as? String }
        #expect(listed.contains("LI20a") && listed.contains("LI21c"))
    }

    @Test func textCsvAndHtmlShowTheOperatorsInBothLanguages() throws {
        let text = try Sociosan.run(["implemental", "indicators", "--lang", "en", "--teams", Self.teams, Self.activity])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Operators active in the EIs") && text.stdout.contains("18 team files read"))
        let italian = try Sociosan.run(["implemental", "indicators", "--lang", "it", "--teams", Self.teams, Self.activity])
        #expect(italian.stdout.contains("Operatori attivi nelle EI") && italian.stdout.contains("18 file delle équipe letti"))
        let csv = try Sociosan.run(["implemental", "indicators", "--format", "csv", "--audit", "--teams", Self.teams, Self.activity])
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",numeratorPatients,numeratorOperators"))
        #expect(lines.contains { $0.hasPrefix(",LI20a,count,179,,179,179,exact,,") })
        #expect(lines.contains { $0.hasPrefix(",LI21b,count,55,,55,55,exact,,") })
        let plainCSV = try Sociosan.run(["implemental", "indicators", "--format", "csv", "--audit", Self.activity])
        #expect(plainCSV.stdout.hasPrefix("group,indicator,unit,numerator,denominator,value,seedValue,seedPrecision,numeratorPatients\r\n"))
        for lang in ["it", "en"] {
            let html = try Sociosan.run(["implemental", "indicators", "--format", "html", "--by", "asst", "--lang", lang, "--teams", Self.teams,
                                         Self.activity])
            #expect(html.status == 0)
            for id in ["LI20a", "LI20b", "LI20j", "LI21a", "LI21b", "LI21c"] { #expect(html.stdout.contains(id), "\(lang) \(id)") }
            #expect(html.stdout.contains(lang == "it" ? "Figura 13" : "Figure 13"))
        }
    }

    @Test func teamFilesItRefuses() throws {
        let folder = try TemporaryFolder()
        let lecco = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent(Self.teams + "/lecco.json"), encoding: .utf8)
        // A second file for ASST Lecco (decision IM-17).
        let twice = try folder.write(lecco.replacingOccurrences(of: "\"implemental-lecco\"", with: "\"implemental-lecco-bis\""),
                                     to: "twice/lecco-bis.json")
        var output = try Sociosan.run(["implemental", "indicators", "--lang", "en", "--teams", Self.teams, "--teams", twice.path, Self.activity])
        #expect(output.status == 2 && output.stdout.isEmpty)
        #expect(output.stderr.contains("second team file for ASST lecco") && output.stderr.contains("seed-003-teams/lecco.json"))
        // An invalid team file: described as FILE:LINE:COLUMN, no indicator.
        let bad = try folder.write(lecco.replacingOccurrences(of: "\"asst\": \"lecco\"", with: "\"asst\": \"bergamo\""), to: "bad/lecco.json")
        output = try Sociosan.run(["implemental", "indicators", "--lang", "en", "--teams", bad.deletingLastPathComponent().path, Self.activity])
        #expect(output.status == 2 && output.stdout.isEmpty)
        #expect(output.stderr.contains(bad.path + ":5:") && output.stderr.contains("[lombardy.implemental.team.asst.known]"))
        #expect(output.stderr.contains("1 invalid team files: no indicator computed"))
        // A dossier of another kind.
        output = try Sociosan.run(["implemental", "indicators", "--lang", "en", "--teams", "Fixtures/sicily.psychiatry.residence-24h/valid",
                                   Self.activity])
        #expect(output.status == 2 && output.stderr.contains("not a lombardy.implemental.team dossier (kind: sicily.psychiatry.residence-24h)"))
        // A folder with no team file (its .jsonl files are skipped), standard input, a missing path.
        for (path, message) in [("Fixtures/lombardy.implemental.activity/valid", "no team file (*.json) in the folder"),
                                ("-", "--teams does not read standard input"), ("missing-teams", "missing-teams")] {
            output = try Sociosan.run(["implemental", "indicators", "--lang", "en", "--teams", path, Self.activity])
            #expect(output.status == 2 && output.stderr.contains(message), "\(path): \(output.stderr)")
        }
    }
}

import Foundation
import Sociosan
import SociosanJSON
import Testing

/// `indicators` and `validate --network`, through the binary.
@Suite("sociosan indicators, validate --network")
struct IndicatorsCommandTests {
    static func day(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }

    static func stay(
        _ id: String, _ patient: String, _ structure: String, _ admitted: String, discharged: String?,
        complete: Bool, channel: AccessChannel = .dsmDP
    ) -> ActivityRecord {
        .stay(Stay(
            id: try! ActivityID(id), patient: try! PatientID(patient), structure: try! StructureID(structure),
            structureType: .spoi, admission: try! LocalDateTime(iso8601: admitted + "T10:00"), channel: channel,
            urgency: .programmed, diagnosis: Diagnosis(code: "F32.2", system: .icd10, criteriaComplete: complete),
            discharge: discharged.map { Discharge(date: day($0), kind: .agreed) }))
    }

    /// The SPOI vector of the calculator tests, reduced: in 2025 spoi-a discharges s1, s2, s4
    /// (complete s1, s4: 2/3) and p1's s3 is a third admission within 12 months (1/2).
    static let records: [ActivityRecord] = [
        stay("s1", "p1", "spoi-a", "2025-01-10", discharged: "2025-01-20", complete: true),
        stay("s2", "p1", "spoi-a", "2025-03-01", discharged: "2025-03-15", complete: false),
        stay("s3", "p1", "spoi-a", "2025-12-20", discharged: "2026-01-05", complete: true),
        stay("s4", "p2", "spoi-a", "2024-11-01", discharged: "2025-01-03", complete: true),
        stay("s5", "p3", "spoi-a", "2025-06-01", discharged: nil, complete: true, channel: .generalPractitioner),
        .event(Event(id: try! ActivityID("e1"), patient: try! PatientID("p1"), structure: try! StructureID("spoi-a"),
                     structureType: .spoi, date: day("2025-03-05"), kind: .leftWithoutPermission)),
    ]

    static func activityFile(_ records: [ActivityRecord] = records, in folder: TemporaryFolder, name: String = "activity.jsonl") throws -> String {
        let bytes = records.flatMap { $0.encoded(style: .compact) + [UInt8(ascii: "\n")] }
        return try folder.write(Data(bytes), to: name).path
    }

    static func row(_ json: Any, _ indicator: String, _ year: Int) -> [String: Any]? {
        let results = (json as? [String: Any])?["results"] as? [[String: Any]] ?? []
        return results.first { $0["indicator"] as? String == indicator && $0["year"] as? Int == year }
    }

    @Test func jsonGivesCountsValueStandardAndStatus() throws {
        let folder = try TemporaryFolder()
        let path = try Self.activityFile(in: folder)
        let output = try Sociosan.run(["indicators", "--format", "json", "--audit", path])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try output.json()
        let ind1 = try #require(Self.row(json, "spoi-ind-1", 2025))
        #expect(ind1["numerator"] as? Int == 2 && ind1["denominator"] as? Int == 3)
        #expect(ind1["status"] as? String == "not-met" && ind1["standard"] as? String == "min-100")
        #expect(ind1["numeratorRecords"] as? [String] == ["s1", "s4"])
        let ind5 = try #require(Self.row(json, "spoi-ind-5", 2025))
        #expect(ind5["numerator"] as? Int == 1 && ind5["denominator"] as? Int == 2 && ind5["value"] as? Double == 50)
        #expect(ind5["status"] as? String == "met")
        #expect(Self.row(json, "spoi-ind-3", 2025)?["numerator"] as? Int == 1)
        #expect((json as? [String: Any])?["lines"] as? Int == 6)
    }

    @Test func yearAndStructureFilters() throws {
        let folder = try TemporaryFolder()
        let path = try Self.activityFile(in: folder)
        let output = try Sociosan.run(["indicators", "--format", "json", "--year", "2025", "--structure", "spoi-a", path])
        #expect(output.status == 0)
        let results = try #require((try output.json() as? [String: Any])?["results"] as? [[String: Any]])
        #expect(results.count == 5)
        #expect(results.allSatisfy { $0["year"] as? Int == 2025 })
        let none = try Sociosan.run(["indicators", "--format", "json", "--structure", "spoi-z", path])
        #expect(((try none.json() as? [String: Any])?["results"] as? [Any])?.isEmpty == true)
    }

    @Test func csvHasOneRowPerIndicatorStructureAndYear() throws {
        let folder = try TemporaryFolder()
        let path = try Self.activityFile(in: folder)
        let output = try Sociosan.run(["indicators", "--format", "csv", "--audit", path])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "structure,structureType,year,indicator,numerator,denominator,multiplier,value,standard,status,breakdownNumerator,breakdownDenominator,numeratorRecords")
        // Years 2024, 2025, 2026 x 5 SPOI indicators.
        #expect(lines.count == 1 + 15)
        #expect(lines.contains("spoi-a,spoi,2025,spoi-ind-1,2,3,100,66.67,min-100,not-met,,,s1 s4"))
        #expect(lines.contains("spoi-a,spoi,2025,spoi-ind-2,0,3,1,0,none,no-standard,0,3,"))
    }

    @Test func htmlIsOneSelfContainedPageWithEveryIndicator() throws {
        let folder = try TemporaryFolder()
        let path = try Self.activityFile(in: folder)
        let output = try Sociosan.run(["indicators", "--format", "html", "--audit", "--lang", "en", path])
        #expect(output.status == 0, "\(output.stderr)")
        let html = output.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">") && html.hasSuffix("</html>\n"))
        for id in ["spoi-ind-1", "spoi-ind-2", "spoi-ind-3", "spoi-ind-4", "spoi-ind-5"] {
            #expect(html.contains("<th scope=\"row\">\(id)</th>"), "\(id)")
        }
        // The same figures as the text: 2/3 not met; the audit lists s1 and s4.
        #expect(html.contains("<td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">66.67%</td>"))
        #expect(html.contains("<summary>Numerator records (2)</summary><p class=\"records\">s1, s4</p>"))
        #expect(html.contains("<p>6 lines read, 15 results</p>"))
        for forbidden in ["http", "//", "src=", "url(", "<script"] { #expect(!html.contains(forbidden), "\(forbidden)") }
        let italian = try Sociosan.run(["indicators", "--format", "html", "--year", "2025", "--lang", "it", path])
        #expect(italian.stdout.contains("<html lang=\"it\">") && italian.stdout.contains("66,67%"))
    }

    @Test func textIsWordedInEitherLanguage() throws {
        let folder = try TemporaryFolder()
        let path = try Self.activityFile(in: folder)
        let italian = try Sociosan.run(["indicators", "--year", "2025", "--lang", "it", path])
        #expect(italian.status == 0)
        #expect(italian.stdout.contains("spoi-ind-1  2     3     66,67%"))
        #expect(italian.stdout.contains("non raggiunto"))
        let english = try Sociosan.run(["indicators", "--year", "2025", "--lang", "en", path])
        #expect(english.stdout.contains("spoi-ind-1  2     3     66.67%"))
        #expect(english.stdout.contains("not met"))
        #expect(english.stdout.contains("6 lines read, 5 results"))
    }

    @Test func aBadLineExitsTwoWithItsPosition() throws {
        let folder = try TemporaryFolder()
        let good = Self.records[0].encoded(style: .compact)
        // The encoding ends with its newline: the bad text is line 2, the error at its column 10.
        let path = try folder.write(Data(good + Array("{\"kind\": \n".utf8)), to: "bad.jsonl").path
        let output = try Sociosan.run(["indicators", "--lang", "en", path])
        #expect(output.status == 2)
        #expect(output.endedCleanly)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("\(path):2:10: error: invalid JSON"))
        #expect(output.stderr.contains("no indicator computed"))

        let missing = try Sociosan.run(["indicators", "/nonexistent/activity.jsonl"])
        #expect(missing.status == 2 && missing.endedCleanly)
    }

    @Test func standardInputAndABadStructureId() throws {
        let bytes = Self.records.flatMap { $0.encoded(style: .compact) + [UInt8(ascii: "\n")] }
        let piped = try Sociosan.run(["indicators", "--format", "csv", "--year", "2025", "-"], input: Data(bytes))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("spoi-a,spoi,2025,spoi-ind-5,1,2,100,50,detection-system,met,,"))
        let bad = try Sociosan.run(["indicators", "--structure", "Not/An/Id", "-"], input: Data(bytes), lang: "en_GB.UTF-8")
        #expect(bad.status == 2 && bad.endedCleanly)
        #expect(bad.stderr.contains("not a valid identifier"))
    }

    // MARK: validate --network

    static func spoiCopy(id: String, in folder: TemporaryFolder) throws -> String {
        let source = Sociosan.spoiFixtures.appendingPathComponent("valid/spoi-18-beds.json")
        let text = try String(contentsOf: source, encoding: .utf8)
            .replacingOccurrences(of: "\"spoi-fc-morgagni-pierantoni\"", with: "\"\(id)\"")
        return try folder.write(text, to: "\(id).json").path
    }

    @Test func networkBedsAcrossDossiers() throws {
        let valid = Sociosan.spoiFixtures.appendingPathComponent("valid").path
        // The four bundled SPOI have 60 beds; one more of 18 makes 78, two more 96 > 90 (L120).
        let folder = try TemporaryFolder()
        let first = try Self.spoiCopy(id: "spoi-x1", in: folder)
        let under = try Sociosan.run(["validate", "--network", "--format", "json", valid, first])
        #expect(under.status == 0, "\(under.stdout)")
        #expect(!under.stdout.contains("er.network.spoi-beds"))

        let second = try Self.spoiCopy(id: "spoi-x2", in: folder)
        let over = try Sociosan.run(["validate", "--network", "--lang", "en", valid, first, second])
        #expect(over.status == 1)
        #expect(over.stdout.contains("(network)"))
        #expect(over.stdout.contains("96 SPOI beds in 6 structures exceed the regional total of 90"))

        // Without --network the same files are each valid.
        #expect(try Sociosan.run(["validate", valid, first, second]).status == 0)
    }

    @Test func networkDSMDPShareFromActivity() throws {
        let folder = try TemporaryFolder()
        let path = try Self.activityFile(in: folder)
        // 2025: s1 10, s2 14, s4 63 bed-days (from 2024-11-01), all DSM-DP: 100 %.
        // 2026: s3 16 bed-days, DSM-DP: 100 %. s5 is open. No warning.
        let clean = try Sociosan.run(["validate", "--network", "--format", "json", path])
        #expect(!clean.stdout.contains("er.network.dsm-dp-share"), "\(clean.stdout)")

        // A GP-referred stay of 60 days in 2026 brings 2026 to 16 / 76 = 21.05 %: a warning, exit 0.
        let gp = Self.stay("s6", "p4", "spoi-a", "2026-02-01", discharged: "2026-04-02", complete: true, channel: .generalPractitioner)
        let shortPath = try Self.activityFile(Self.records + [gp], in: folder, name: "short.jsonl")
        let short = try Sociosan.run(["validate", "--network", "--lang", "en", shortPath])
        #expect(short.status == 0)
        #expect(short.stdout.contains("SPOI spoi-a, year 2026: 21.05% of the bed-days (16 of 76) referred by the DSM-DP"))
    }
}

import Foundation
import Testing

/// `staffing check` and `capacity` over the accreditation dossier of a structure kind, read as
/// its kind's staffing rules read it: the type row's standard, its beds as capacity, its staff.
@Suite("sociosan staffing check and capacity over structure dossiers")
struct StructureStaffingCommandTests {
    static func fixture(_ path: String) -> String { Sociosan.repositoryRoot.appendingPathComponent("Fixtures/" + path).path }

    static let day = fixture("sicily.disability.rehab-day/valid/prf-sr-arcobaleno-20-places.json")

    @Test("staffing check: a structure dossier of each new kind meets its standard, exit 0")
    func checkMeets() throws {
        for path in [
            "sicily.elderly.long-term-care/valid/la-me-villa-serena-40-places.json",
            "sicily.elderly.dementia-day-centre/valid/cd-ag-il-melograno-20-places.json",
            "sicily.disability.rehab-residential/valid/prf-cl-san-michele-40-beds.json",
            "sicily.psychiatry.residence-24h/valid/srp-pa-casa-aurora.json",
            "er.psychiatry.rtp/valid/rtp-20-beds.json",
        ] {
            let result = try Sociosan.run(["staffing", "check", Self.fixture(path), "--lang", "en"])
            #expect(result.status == 0, "\(path): \(result.stdout) \(result.stderr)")
            #expect(result.stdout.contains("Verdict: the roster meets the standard."), "\(path)")
        }
    }

    @Test("staffing check, and capacity without TYPE: a kind whose regulation sets no staffing table says so, exit 2, both languages",
          arguments: [["staffing", "check"], ["capacity", "--roster"]])
    func withoutStandard(command: [String]) throws {
        let path = Self.fixture("sicily.minors.community/valid/cm-ct-pronta-accoglienza.json")
        let english = try Sociosan.run(command + [path, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("the regulation sets no staffing standard for this structure's type"), "\(english.stderr)")
        let italian = try Sociosan.run(command + [path])
        #expect(italian.status == 2)
        #expect(italian.stderr.contains("la normativa non fissa uno standard di personale"), "\(italian.stderr)")
    }

    @Test("staffing check --format json: the day centre at 20 places, half the 40-place table (L795)")
    func checkJSON() throws {
        let result = try Sociosan.run(["staffing", "check", Self.day, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["id"] as? String == "prf-sr-arcobaleno")
        #expect(object["type"] as? String == "sicily.rehab-day")
        #expect(object["capacity"] as? Int == 20)
        let lines = try #require(object["requirements"] as? [[String: Any]])
        let specialists = try #require(lines.first { $0["role"] as? String == "medical-specialists" })
        // 22 h for 40 places (10 + 12, L769-L773): 11 h for 20.
        #expect(specialists["requiredHoursPerWeek"] as? Double == 11)
    }

    @Test("staffing check: a short structure dossier exits 1; one over its capacity reports its own rule")
    func checkShort() throws {
        let folder = try TemporaryFolder()
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.day))) as? [String: Any])
        var staff = try #require(object["staff"] as? [[String: Any]])
        staff[1]["hoursPerWeek"] = 17
        object["staff"] = staff
        let short = try folder.write(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self), to: "short.json")
        let result = try Sociosan.run(["staffing", "check", short.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Verdict: the roster does not meet the standard"))

        object["beds"] = 19
        let small = try folder.write(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self), to: "small.json")
        let tooSmall = try Sociosan.run(["staffing", "check", small.path, "--lang", "en"])
        #expect(tooSmall.status == 1)
        #expect(tooSmall.stdout.contains("[sicily.rehab-day.capacity.minimum] at /beds"), "\(tooSmall.stdout)")
        let piped = try Sociosan.run(["staffing", "check", "-", "--lang", "en"], input: try Data(contentsOf: small))
        #expect(piped.status == 1 && piped.stdout.contains("[sicily.rehab-day.capacity.minimum] at /beds"), "\(piped.stdout)")
    }

    @Test("capacity: a structure dossier's staff carry 20 places of the day centre, and not 21")
    func capacity() throws {
        let result = try Sociosan.run(["capacity", "sicily.rehab-day", "--roster", Self.day, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["capacity"] as? Int == 20)
        #expect(object["atCapacity"] as? Int == 21)
    }

    @Test("capacity without TYPE: a structure dossier's own standard, the same answer as naming it, both languages")
    func capacityOwnType() throws {
        let named = try Sociosan.run(["capacity", "sicily.rehab-day", "--roster", Self.day, "--format", "json"])
        let own = try Sociosan.run(["capacity", "--roster", Self.day, "--format", "json"])
        #expect(own.status == 0 && own.stderr.isEmpty, "\(own.stderr)")
        #expect(own.standardOutput == named.standardOutput)
        let object = try #require(try own.json() as? [String: Any])
        #expect(object["type"] as? String == "sicily.rehab-day" && object["capacity"] as? Int == 20)
        let english = try Sociosan.run(["capacity", "--roster", Self.day, "--lang", "en"])
        #expect(english.status == 0 && english.stdout.contains("Largest capacity: 20"), "\(english.stdout)")
        let italian = try Sociosan.run(["capacity", "--roster", Self.day])
        #expect(italian.status == 0 && italian.stdout.contains("Capacità massima: 20"), "\(italian.stdout)")
        // A staffing.roster without TYPE: its own "type" (er.spoi; the 15-bed roster carries 16).
        let roster = Self.fixture("staffing.roster/valid/spoi-15-beds.json")
        let spoi = try Sociosan.run(["capacity", "--roster", roster, "--format", "json"])
        #expect(spoi.standardOutput == (try Sociosan.run(["capacity", "er.spoi", "--roster", roster, "--format", "json"])).standardOutput)
        #expect((try #require(try spoi.json() as? [String: Any]))["capacity"] as? Int == 16)
    }

    @Test("capacity with another TYPE than the dossier's own: evaluated as asked, with a note naming the dossier's type, both languages")
    func capacityOtherType() throws {
        let english = try Sociosan.run(["capacity", "sicily.rehab-residential", "--roster", Self.day, "--format", "json", "--lang", "en"])
        #expect(english.stderr.contains("note: \(Self.day) is a dossier of type sicily.rehab-day; the capacity is worked out for sicily.rehab-residential, as asked"),
                "\(english.stderr)")
        #expect((try #require(try english.json() as? [String: Any]))["type"] as? String == "sicily.rehab-residential")
        let italian = try Sociosan.run(["capacity", "sicily.rehab-residential", "--roster", Self.day])
        #expect(italian.stderr.contains("nota: \(Self.day) è un dossier di tipo sicily.rehab-day; la capacità è calcolata per sicily.rehab-residential, come richiesto"),
                "\(italian.stderr)")
        // The dossier's own type, named: no note.
        #expect(try Sociosan.run(["capacity", "sicily.rehab-day", "--roster", Self.day]).stderr.isEmpty)
    }
}

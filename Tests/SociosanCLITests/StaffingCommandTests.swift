import Foundation
import Sociosan
import SociosanJSON
import Testing

/// `staffing`, `staffing --list`, `staffing check`, `capacity` and `network`, through the binary.
@Suite("sociosan staffing, capacity, network")
struct StaffingCommandTests {
    // MARK: Inputs

    /// A staffing dossier as an object: a roster when `members` are given, else a structure.
    static func dossier(
        id: String = "spoi-bo-1", type: String = "er.spoi", capacity: Int = 15, province: String? = "BO",
        members: [[String: Any]]? = nil, extra: [String: Any] = [:]
    ) -> [String: Any] {
        var object: [String: Any] = [
            "kind": members == nil ? "staffing.structure" : "staffing.roster", "schemaVersion": 1,
            "id": id, "type": type, "capacity": capacity,
        ]
        if let province { object["province"] = province }
        if let members { object["members"] = members }
        object.merge(extra) { $1 }
        return object
    }

    /// SPOI staff: nurses, OSS and psychiatrists at 36 h, and a guard physician.
    static func team(nurses: Int, oss: Int, psychiatrists: Int, guardHours: Int = 168) -> [[String: Any]] {
        Array(repeating: ["role": "nurse", "hoursPerWeek": 36], count: nurses)
            + Array(repeating: ["role": "oss", "hoursPerWeek": 36], count: oss)
            + Array(repeating: ["role": "psychiatrist", "hoursPerWeek": 36], count: psychiatrists)
            + (guardHours > 0 ? [["role": "guard-physician", "hoursPerWeek": guardHours]] : [])
    }

    static func json(_ object: [String: Any], pretty: Bool = true) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func requirement(_ output: ProcessOutput, _ role: String) throws -> [String: Any] {
        let object = try #require(try output.json() as? [String: Any])
        let lines = try #require(object["requirements"] as? [[String: Any]])
        return try #require(lines.first { $0["role"] as? String == role }, "no \(role) in \(output.stdout)")
    }

    // MARK: staffing TYPE --capacity N

    @Test("SPOI at 15 beds: 11 non-medical (exact 11.25) of whom 6 nurses, 2 medical, with citations")
    func spoiFifteen() throws {
        let result = try Sociosan.run(["staffing", "er.spoi", "--capacity", "15", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["type"] as? String == "er.spoi")
        #expect(object["capacity"] as? Int == 15)
        let nonMedical = try Self.requirement(result, "non-medical-care-staff")
        #expect(nonMedical["minimum"] as? Double == 11)
        #expect(nonMedical["exact"] as? Double == 11.25)
        #expect(nonMedical["exactFraction"] as? String == "45/4")
        #expect(nonMedical["hoursPerWeek"] as? Double == 396)
        #expect(nonMedical["fullTimeEquivalents"] as? Double == 11)
        #expect(nonMedical["unit"] as? String == "persons")
        #expect(nonMedical["rounding"] as? String == "half-up")
        #expect(nonMedical["rule"] as? String == "er.spoi.staff.non-medical-minimum")
        let citation = try #require(nonMedical["citation"] as? [String: Any])
        #expect(citation["seed"] as? String == "002_6a5f046dd59f793e.txt")
        #expect(citation["lines"] as? [Int] == [253, 261])
        #expect(citation["regulation"] as? String == "DGR Emilia-Romagna 2000/2009")
        #expect(nonMedical["decision"] is String)
        #expect(nonMedical["condition"] is NSNull)
        let nurse = try Self.requirement(result, "nurse")
        #expect(nurse["minimum"] as? Double == 6)
        #expect(nurse["exactFraction"] == nil)
        let medical = try Self.requirement(result, "medical-staff")
        #expect(medical["minimum"] as? Double == 2)
        #expect(medical["exact"] as? Double == 1.95)
        let coverage = try #require(object["coverage"] as? [[String: Any]])
        #expect(coverage.map { $0["roles"] as? String } == ["nurse", "support-workers", "guard-physician"])
        #expect(coverage.allSatisfy { $0["window"] as? String == "24h" && $0["hoursPerWeek"] as? Int == 168 })
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(!notes.isEmpty && notes.allSatisfy { $0["text"] is String && $0["citation"] is [String: Any] })
    }

    @Test("SPOI at 12 beds: 9 non-medical, still 6 nurses; full-time hours change hours, not units")
    func spoiTwelveAndFullTime() throws {
        let twelve = try Sociosan.run(["staffing", "er.spoi", "--capacity", "12", "--format", "json"])
        #expect(twelve.status == 0)
        #expect(try Self.requirement(twelve, "non-medical-care-staff")["minimum"] as? Double == 9)
        #expect(try Self.requirement(twelve, "nurse")["minimum"] as? Double == 6)

        let longer = try Sociosan.run(["staffing", "er.spoi", "--capacity", "15", "--full-time-hours", "37,5", "--format", "json"])
        #expect(longer.status == 0)
        let line = try Self.requirement(longer, "non-medical-care-staff")
        #expect(line["minimum"] as? Double == 11 && line["hoursPerWeek"] as? Double == 412.5)
        // The psychologist of a minors' flat works 10 h a week: 10/36 FTE, rounded to 0.28.
        let flat = try Sociosan.run(["staffing", "sicily.minors-apartment", "--capacity", "5", "--format", "json"])
        #expect(try Self.requirement(flat, "psychologist")["fullTimeEquivalents"] as? Double == 0.28)
    }

    @Test("the text table is aligned and worded in the chosen language")
    func requirementText() throws {
        let italian = try Sociosan.run(["staffing", "er.spoi", "--capacity", "15", "--lang", "it"])
        #expect(italian.status == 0)
        #expect(italian.stdout.contains("Infermiere"))
        #expect(italian.stdout.contains("11,25"))
        #expect(italian.stdout.contains("DGR Emilia-Romagna 2000/2009, L253-L261"))
        let english = try Sociosan.run(["staffing", "er.spoi", "--capacity", "15", "--lang", "en"])
        let lines = english.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.first { $0.hasPrefix("ROLE") })
        let column = try #require(heading.range(of: "MINIMUM")?.lowerBound.utf16Offset(in: heading))
        let nurse = try #require(lines.first { $0.hasPrefix("Nurse ") })
        #expect(nurse.dropFirst(column).hasPrefix("6 "))
        #expect(english.stdout.contains("11.25"))
        #expect(english.stdout.contains("Coverage:"))
    }

    @Test("capacity out of limits, unknown type and bad hours: the message in the language, exit 2")
    func requirementErrors() throws {
        let english = try Sociosan.run(["staffing", "er.spoi", "--capacity", "91", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stdout.isEmpty)
        #expect(english.stderr.contains("capacity 91 is outside the limits of er.spoi: 1 to 90"))
        #expect(english.stderr.contains("DGR Emilia-Romagna 2000/2009, L119-L120"))
        let italian = try Sociosan.run(["staffing", "er.spoi", "--capacity", "0", "--lang", "it"])
        #expect(italian.status == 2 && italian.stderr.contains("da 1 a 90"))

        let unknown = try Sociosan.run(["staffing", "er.nothing", "--capacity", "3", "--lang", "en"])
        #expect(unknown.status == 2 && unknown.stderr.contains("er.nothing") && unknown.stderr.contains("sicily.home-education"))
        let hours = try Sociosan.run(["staffing", "er.spoi", "--capacity", "15", "--full-time-hours", "0", "--lang", "en"])
        #expect(hours.status == 2 && hours.stderr.contains("full-time hours must be positive"))
        let notNumber = try Sociosan.run(["staffing", "er.spoi", "--capacity", "15", "--full-time-hours", "lots"])
        #expect(notNumber.status == 2 && notNumber.endedCleanly)
        let noCapacity = try Sociosan.run(["staffing", "er.spoi"])
        #expect(noCapacity.status == 2 && noCapacity.stderr.contains("--capacity"))
    }

    @Test("a condition switches its requirement on; an unused one is a warning")
    func conditions() throws {
        let without = try Sociosan.run(["staffing", "sicily.minors-apartment", "--capacity", "5", "--format", "json"])
        let with = try Sociosan.run(["staffing", "sicily.minors-apartment", "--capacity", "5", "--condition", "hosts-minors",
                                     "--condition", "no-such-thing", "--format", "json", "--lang", "en"])
        #expect(with.status == 0)
        let rules = { (output: ProcessOutput) throws -> [String] in
            try #require((try output.json() as? [String: Any])?["requirements"] as? [[String: Any]]).compactMap { $0["condition"] as? String }
        }
        #expect(try rules(without).isEmpty)
        #expect(try rules(with) == ["hosts-minors"])
        #expect(with.stderr.contains("no-such-thing") && with.stderr.contains("warning"))
    }

    @Test("staffing --list lists every standard with its unit, limits and citation")
    func list() throws {
        let json = try Sociosan.run(["staffing", "--list", "--format", "json"])
        #expect(json.status == 0)
        let entries = try #require(try json.json() as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == StaffingCatalogue.ids)
        let spoi = try #require(entries.first { $0["id"] as? String == "er.spoi" })
        #expect(spoi["capacityUnit"] as? String == "beds")
        #expect(spoi["capacityLimits"] as? [Int] == [1, 90])
        #expect((spoi["limitsCitation"] as? [String: Any])?["lines"] as? [Int] == [119, 120])

        let text = try Sociosan.run(["staffing", "--list", "--lang", "en"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == StaffingCatalogue.standards.count + 1)
        for standard in StaffingCatalogue.standards {
            #expect(lines.contains { $0.hasPrefix(standard.id + " ") }, "\(standard.id)")
        }
        #expect(text.stdout.contains("DGR Emilia-Romagna 2000/2009, L119-L120"))
    }

    // MARK: staffing check

    @Test("staffing check: a roster that meets SPOI exits 0; one nurse short exits 1 with the shortfall")
    func check() throws {
        let folder = try TemporaryFolder()
        let met = try folder.write(Self.json(Self.dossier(members: Self.team(nurses: 6, oss: 5, psychiatrists: 2))), to: "met.json")
        let short = try folder.write(Self.json(Self.dossier(members: Self.team(nurses: 5, oss: 5, psychiatrists: 2))), to: "short.json")

        let ok = try Sociosan.run(["staffing", "check", met.path, "--lang", "en"])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("Verdict: the roster meets the standard."))

        let bad = try Sociosan.run(["staffing", "check", short.path, "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("does not meet the standard (2 requirements not met)"))
        let nurseLine = try #require(bad.stdout.split(separator: "\n").first { $0.hasPrefix("Nurse ") })
        #expect(nurseLine.contains(" -1 ") && nurseLine.contains(" -36 ") && nurseLine.contains("short"))

        let json = try Sociosan.run(["staffing", "check", short.path, "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(try json.json() as? [String: Any])
        #expect(object["met"] as? Bool == false)
        let nurse = try #require((object["requirements"] as? [[String: Any]])?.first { $0["role"] as? String == "nurse" })
        #expect(nurse["required"] as? Double == 6 && nurse["present"] as? Double == 5)
        #expect(nurse["difference"] as? Double == -1 && nurse["differenceHoursPerWeek"] as? Double == -36)
        #expect(nurse["met"] as? Bool == false)
        let coverage = try #require(object["coverage"] as? [[String: Any]])
        #expect(coverage.count == 3 && coverage.allSatisfy { $0["met"] as? Bool == true })
        #expect(object["shareCaps"] as? [Any] != nil)
    }

    @Test("staffing check prints share caps: trainees over a quarter of the minimum staff fail")
    func checkShareCaps() throws {
        let folder = try TemporaryFolder()
        let members: [[String: Any]] = [["role": "qualified-operator", "hoursPerWeek": 36, "contract": "trainee"]]
            + Array(repeating: ["role": "qualified-operator", "hoursPerWeek": 36, "contract": "trainee"], count: 9)
        let file = try folder.write(Self.json(Self.dossier(
            id: "reception-1", type: "sicily.addiction-reception", capacity: 8, province: "PA", members: members)), to: "caps.json")
        let json = try Sociosan.run(["staffing", "check", file.path, "--format", "json"])
        #expect(json.status == 1)
        let caps = try #require((try json.json() as? [String: Any])?["shareCaps"] as? [[String: Any]])
        let trainees = try #require(caps.first { $0["contract"] as? String == "trainee" })
        #expect(trainees["met"] as? Bool == false)
        #expect(trainees["presentHoursPerWeek"] as? Double == 360)
        let text = try Sociosan.run(["staffing", "check", file.path, "--lang", "en"])
        #expect(text.stdout.contains("Share caps on trainees and volunteers:"))
        #expect(text.stdout.contains("Trainees"))
    }

    @Test("staffing check: an invalid roster is reported like validate (exit 1); unreadable or not a roster exit 2")
    func checkInvalid() throws {
        let folder = try TemporaryFolder()
        var members = Self.team(nurses: 6, oss: 5, psychiatrists: 2)
        members[0]["role"] = "astronaut"
        let badRole = try folder.write(Self.json(Self.dossier(members: members)), to: "bad-role.json")
        let result = try Sociosan.run(["staffing", "check", badRole.path, "--lang", "en"])
        let validate = try Sociosan.run(["validate", badRole.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout == validate.stdout)
        #expect(result.stdout.contains("[json.value] at /members/0/role"))

        let over = try folder.write(Self.json(Self.dossier(capacity: 95, members: Self.team(nurses: 6, oss: 5, psychiatrists: 2))),
                                    to: "over.json")
        let overResult = try Sociosan.run(["staffing", "check", over.path, "--lang", "en"])
        #expect(overResult.status == 1)
        #expect(overResult.stdout.contains("[staffing.capacity-limits] at /capacity (DGR Emilia-Romagna 2000/2009, L119-L120)"))

        let syntax = try folder.write("{\"kind\": \"staffing.roster\",\n \"id\": }\n", to: "syntax.json")
        let syntaxResult = try Sociosan.run(["staffing", "check", syntax.path, "--format", "json"])
        #expect(syntaxResult.status == 1)
        let report = try #require(try syntaxResult.json() as? [String: Any])
        #expect((report["summary"] as? [String: Any])?["errors"] as? Int == 1)

        let structure = try folder.write(Self.json(Self.dossier()), to: "structure.json")
        let noRoster = try Sociosan.run(["staffing", "check", structure.path, "--lang", "en"])
        #expect(noRoster.status == 2 && noRoster.stderr.contains("staffing.roster"))
        let missing = try Sociosan.run(["staffing", "check", folder.url.appendingPathComponent("none.json").path, "--lang", "en"])
        #expect(missing.status == 2 && missing.stderr.contains("none.json"))
        let directory = try Sociosan.run(["staffing", "check", folder.url.path])
        #expect(directory.status == 2 && directory.endedCleanly)
    }

    // MARK: capacity

    @Test("capacity: 6 nurses, 5 OSS, 2 psychiatrists and a guard physician carry 15 SPOI beds")
    func capacity() throws {
        let folder = try TemporaryFolder()
        let roster = try folder.write(Self.json(Self.dossier(members: Self.team(nurses: 6, oss: 5, psychiatrists: 2))), to: "roster.json")
        let json = try Sociosan.run(["capacity", "er.spoi", "--roster", roster.path, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try json.json() as? [String: Any])
        #expect(object["capacity"] as? Int == 15)
        #expect(object["reachedUpperLimit"] as? Bool == false)
        #expect(object["atCapacity"] as? Int == 16)
        let limiting = try #require(object["limiting"] as? [String: Any])
        #expect(limiting["role"] as? String == "non-medical-care-staff")
        #expect(limiting["required"] as? Double == 12 && limiting["present"] as? Double == 11)
        #expect((limiting["citation"] as? [String: Any])?["lines"] as? [Int] == [253, 261])

        let text = try Sociosan.run(["capacity", "er.spoi", "--roster", roster.path, "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Largest capacity: 15 beds."))
        #expect(text.stdout.contains("Non-medical care staff") && text.stdout.contains("DGR Emilia-Romagna 2000/2009, L253-L261"))

        // Enough staff for the largest SPOI: the answer is the upper limit.
        let big = try folder.write(Self.json(Self.dossier(members: Self.team(nurses: 40, oss: 30, psychiatrists: 12))), to: "big.json")
        let upper = try #require(try Sociosan.run(["capacity", "er.spoi", "--roster", big.path, "--format", "json"]).json() as? [String: Any])
        #expect(upper["capacity"] as? Int == 90 && upper["reachedUpperLimit"] as? Bool == true && upper["limiting"] is NSNull)

        // No guard physician: no capacity helps (exit 1), and the text says what fails.
        let noGuard = try folder.write(Self.json(Self.dossier(members: Self.team(nurses: 6, oss: 5, psychiatrists: 2, guardHours: 0))),
                                       to: "no-guard.json")
        let none = try Sociosan.run(["capacity", "er.spoi", "--roster", noGuard.path, "--lang", "en"])
        #expect(none.status == 1)
        #expect(none.stdout.contains("does not meet the standard even at the smallest capacity"))
        #expect(none.stdout.contains("er.spoi.staff.guard-physician-24h"))

        let unknown = try Sociosan.run(["capacity", "xx.none", "--roster", roster.path, "--lang", "en"])
        #expect(unknown.status == 2 && unknown.stderr.contains("xx.none"))
    }

    // MARK: network

    /// A network file: two SPOI in Bologna (one with a roster that meets), one short in Modena,
    /// a residence in Palermo, and optionally bad lines.
    static func networkFile(in folder: TemporaryFolder, withBadLines: Bool) throws -> URL {
        var lines = [
            Self.json(Self.dossier(id: "spoi-bo-1"), pretty: false),
            Self.json(Self.dossier(id: "spoi-bo-2", capacity: 12, members: Self.team(nurses: 6, oss: 5, psychiatrists: 2)), pretty: false),
            Self.json(Self.dossier(id: "spoi-mo-1", province: "MO", members: Self.team(nurses: 5, oss: 5, psychiatrists: 2)), pretty: false),
            Self.json(Self.dossier(id: "res-pa-1", type: "sicily.psychiatric-residence-24h", capacity: 10, province: "PA"), pretty: false),
        ]
        if withBadLines {
            lines.insert("{\"kind\": \"staffing.structure\", oops}", at: 2)
            lines.append(Self.json(Self.dossier(id: "spoi-x", capacity: 95), pretty: false))
        } else {
            lines.remove(at: 2)
        }
        return try folder.write(lines.joined(separator: "\n") + "\n", to: withBadLines ? "bad.jsonl" : "good.jsonl")
    }

    @Test("network: totals, failing structures as they are found, bad lines with their numbers, exit codes")
    func network() throws {
        let folder = try TemporaryFolder()
        let file = try Self.networkFile(in: folder, withBadLines: true)
        let text = try Sociosan.run(["network", file.path, "--lang", "en"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("\(file.path):4: spoi-mo-1 (er.spoi, MO): Non-medical care staff"))
        #expect(text.stdout.contains("Structures: 4 (with a roster: 2; failing: 1); invalid lines: 2"))
        // 636 + 624 + 636 + 214 hours (see NetworkTallyTests).
        #expect(text.stdout.contains("Needed: 2110 h/week"))
        #expect(text.stderr.contains("\(file.path):3:"))
        #expect(text.stderr.contains("\(file.path):6:") && text.stderr.contains("[staffing.capacity-limits]"))
        let nurse = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("nurse ") })
        #expect(nurse.hasSuffix("Nurse"))

        let byProvince = try Sociosan.run(["network", file.path, "--by", "province", "--lang", "it"])
        let bologna = try #require(byProvince.stdout.split(separator: "\n").first { $0.hasPrefix("BO ") })
        #expect(bologna.contains(" 1260 ") && bologna.hasSuffix("Bologna"))
        #expect(byProvince.stdout.split(separator: "\n").contains { $0.hasPrefix("Totale ") && $0.contains(" 2110 ") })
        let byType = try Sociosan.run(["network", file.path, "--by", "type", "--lang", "en"])
        #expect(byType.stdout.split(separator: "\n").contains { $0.hasPrefix("er.spoi ") && $0.contains(" 1896 ") })

        let good = try Self.networkFile(in: folder, withBadLines: false)
        let clean = try Sociosan.run(["network", good.path])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stderr.isEmpty)

        let missing = try Sociosan.run(["network", folder.url.appendingPathComponent("none.jsonl").path, "--lang", "en"])
        #expect(missing.status == 2 && missing.stdout.isEmpty && missing.stderr.contains("none.jsonl"))
        let directory = try Sociosan.run(["network", folder.url.path])
        #expect(directory.status == 2 && directory.stdout.isEmpty)
    }

    @Test("network --format json: failing structures streamed first, then counts and totals")
    func networkJSON() throws {
        let folder = try TemporaryFolder()
        let file = try Self.networkFile(in: folder, withBadLines: true)
        let result = try Sociosan.run(["network", file.path, "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("{\"failingStructures\":["))
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["structures"] as? Int == 4)
        #expect(object["withRoster"] as? Int == 2)
        #expect(object["failing"] as? Int == 1)
        #expect(object["invalidLines"] as? Int == 2)
        let failing = try #require(object["failingStructures"] as? [[String: Any]])
        #expect(failing.count == 1)
        #expect(failing.first?["id"] as? String == "spoi-mo-1" && failing.first?["line"] as? Int == 4)
        let first = try #require(failing.first?["first"] as? [String: Any])
        #expect(first["kind"] as? String == "role" && first["shortfallHoursPerWeek"] as? Double == 36)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect((totals["all"] as? [String: Any])?["hoursPerWeek"] as? Double == 2110)
        let roles = try #require(totals["byRole"] as? [[String: Any]])
        let nurse = try #require(roles.first { $0["role"] as? String == "nurse" })
        #expect(nurse["short"] as? Int == 1 && nurse["shortfallHoursPerWeek"] as? Double == 36)
        let provinces = try #require(totals["byProvince"] as? [[String: Any]])
        #expect(provinces.compactMap { $0["province"] as? String } == ["BO", "MO", "PA"])
        #expect(provinces.first?["hoursPerWeek"] as? Double == 1260 && provinces.first?["name"] as? String == "Bologna")
        let types = try #require(totals["byType"] as? [[String: Any]])
        #expect(types.compactMap { $0["type"] as? String } == ["er.spoi", "sicily.psychiatric-residence-24h"])
    }

    @Test("network shows a progress bar past 100,000 lines only when standard error is a terminal")
    func progressBar() throws {
        let folder = try TemporaryFolder()
        // 120,000 lines, mostly blank (they count as lines and cost nothing to read).
        let structure = Self.json(Self.dossier(id: "spoi-bo-1"), pretty: false)
        var text = ""
        text.reserveCapacity(300_000)
        for line in 1...120_000 { text += line % 1000 == 0 ? structure + "\n" : "\n" }
        let file = try folder.write(text, to: "long.jsonl")

        let piped = try Sociosan.run(["network", file.path, "--format", "json"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
        #expect((try piped.json() as? [String: Any])?["structures"] as? Int == 120)

        // `script` gives the command a terminal; standard output goes to a file.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let output = folder.url.appendingPathComponent("out.json").path
        let terminal = try Sociosan.bash(#"script -qec "\"$SOCIOSAN\" network \"$1\" --format json --lang en > \"$2\"" /dev/null"#,
                                         file.path, output)
        #expect(terminal.status == 0, "\(terminal.stderr)")
        #expect(terminal.stdout.contains("%") && terminal.stdout.contains("lines"))
        #expect(terminal.stdout.contains("[####"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        #expect(json?["structures"] as? Int == 120)
    }
    // MARK: Bundled fixtures

    static func files(_ folder: String, suffix: String) -> [String] {
        let directory = Sociosan.repositoryRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder + "/" + $0 }
    }

    @Test("staffing check on the bundled rosters: valid ones meet; role, coverage and cap fixtures fail on that check")
    func rosterFixtures() throws {
        let valid = Self.files("Fixtures/staffing.roster/valid", suffix: ".json")
        try #require(!valid.isEmpty)
        for path in valid {
            let result = try Sociosan.run(["staffing", "check", path, "--format", "json"])
            #expect(result.status == 0, "\(path): \(result.stdout)")
            #expect((try result.json() as? [String: Any])?["met"] as? Bool == true, "\(path)")
        }
        let failing: [(prefix: String, section: String)] = [
            ("staffing.role-minimum", "requirements"), ("staffing.coverage", "coverage"), ("staffing.share-cap", "shareCaps"),
        ]
        var checked = 0
        for path in Self.files("Fixtures/staffing.roster/invalid", suffix: ".json") {
            let name = URL(fileURLWithPath: path).lastPathComponent
            guard let section = failing.first(where: { name.hasPrefix($0.prefix + ".") || name.hasPrefix($0.prefix + "--") })?.section
            else { continue }
            let result = try Sociosan.run(["staffing", "check", path, "--format", "json"])
            #expect(result.status == 1, "\(path)")
            let object = try #require(try result.json() as? [String: Any], "\(path)")
            #expect(object["met"] as? Bool == false)
            let entries = try #require(object[section] as? [[String: Any]], "\(path)")
            #expect(entries.contains { $0["met"] as? Bool == false }, "\(path): nothing fails in \(section)")
            checked += 1
        }
        #expect(checked >= 3)

        // Another kind of dossier is not a roster, even when validate finds it valid.
        let spoi = try #require(Self.files("Fixtures/er.psychiatry.spoi/valid", suffix: ".json").first)
        let other = try Sociosan.run(["staffing", "check", spoi, "--lang", "en"])
        #expect(other.status == 1)
        #expect(other.stdout.contains("staffing.roster") && other.stdout.contains("[dossier.kind]"))
    }

    @Test("network on the bundled network files agrees with validate, line by line")
    func networkFixtures() throws {
        let files = Self.files("Fixtures/network", suffix: ".jsonl")
        try #require(!files.isEmpty)
        var failingSeen = 0
        for path in files {
            let validate = try #require(try Sociosan.run(["validate", path, "--format", "json"]).json() as? [String: Any])
            let dossiers = try #require(((validate["files"] as? [[String: Any]])?.first?["dossiers"]) as? [[String: Any]])
            var expectedFailing: [Int] = []
            var expectedInvalid: [Int] = []
            for dossier in dossiers {
                let line = try #require(dossier["line"] as? Int)
                let errors = ((dossier["findings"] as? [[String: Any]]) ?? [])
                    .filter { $0["severity"] as? String == "error" }.compactMap { $0["rule"] as? String }
                if errors.contains(where: { $0 == "staffing.capacity-limits" || !$0.hasPrefix("staffing.") }) {
                    expectedInvalid.append(line)
                } else if !errors.isEmpty {
                    expectedFailing.append(line)
                }
            }
            let network = try Sociosan.run(["network", path, "--format", "json", "--lang", "en"])
            #expect(network.endedCleanly)
            let object = try #require(try network.json() as? [String: Any], "\(path)")
            let failing = try #require(object["failingStructures"] as? [[String: Any]])
            #expect(failing.compactMap { $0["line"] as? Int } == expectedFailing, "\(path)")
            #expect(object["failing"] as? Int == expectedFailing.count)
            #expect(object["invalidLines"] as? Int == expectedInvalid.count, "\(path)")
            #expect(object["structures"] as? Int == dossiers.count - expectedInvalid.count)
            for line in expectedInvalid { #expect(network.stderr.contains("\(path):\(line):"), "\(path):\(line)") }
            #expect(network.status == (expectedFailing.isEmpty && expectedInvalid.isEmpty ? 0 : 1), "\(path)")
            let totals = try #require((object["totals"] as? [String: Any])?["all"] as? [String: Any])
            #expect((totals["hoursPerWeek"] as? Double ?? 0) > 0)
            failingSeen += expectedFailing.count

            let text = try Sociosan.run(["network", path, "--by", "type", "--lang", "en"])
            #expect(text.status == network.status)
            for line in expectedFailing { #expect(text.stdout.contains("\(path):\(line): "), "\(path):\(line)") }
        }
        #expect(failingSeen > 0, "no bundled network has a failing roster to check against")
    }
}

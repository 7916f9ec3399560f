import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The JSON documents of the staffing calculator: a requirement, the catalogue, a roster
/// check, a capacity answer and a network run, as SDK users get them (the command line
/// prints the same bytes).
@Suite("Staffing documents")
struct StaffingDocumentTests {
    let spoi = StaffingCatalogue.standard("er.spoi")!
    let reception = StaffingCatalogue.standard("sicily.addiction-reception")!

    func people(_ role: StaffRole, _ count: Int, hours: Rational = 36, _ contract: ContractType = .employee) -> [RosterMember] {
        (0..<count).map { _ in RosterMember(role: role, hoursPerWeek: hours, contract: contract) }
    }

    func spoiTeam(nurses: Int, oss: Int, psychiatrists: Int, guardHours: Rational = 168) -> Roster {
        Roster(members: people(.nurse, nurses) + people(.oss, oss) + people(.psychiatrist, psychiatrists)
               + people(.guardPhysician, 1, hours: guardHours))
    }

    func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    func objects(_ value: Any?) throws -> [[String: Any]] {
        try #require(value as? [[String: Any]])
    }

    func citation(_ value: Any?) throws -> (seed: String, lines: [Int]) {
        let object = try #require(value as? [String: Any])
        return (try #require(object["seed"] as? String), try #require(object["lines"] as? [Int]))
    }

    // MARK: Writer pieces

    @Test("numbers are rounded to two decimals without trailing zeros; citations and absent values")
    func writerPieces() throws {
        var writer = JSONWriter()
        writer.beginArray()
        writer.number(Rational(45, 4))
        writer.number(Rational(1, 3))
        writer.number(Rational(6))
        writer.number(Rational(-3, 2))
        writer.citation(Citation(.psychiatricStructuresER, lines: 253...261))
        writer.citation(nil)
        writer.string(orNull: nil)
        writer.integer(orNull: 7)
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self)
                == #"[11.25,0.33,6,-1.5,{"seed":"002_6a5f046dd59f793e.txt","lines":[253,261],"regulation":"DGR Emilia-Romagna 2000/2009"},null,null,7]"#)
    }

    // MARK: Requirement and catalogue

    @Test("a requirement: minimum, exact value and its fraction, hours, FTE, citation; notes in the language")
    func requirement() throws {
        let needs = try StaffingCalculator.requirement(for: spoi, capacity: 15)
        let bytes = needs.encoded(in: .english)
        #expect(bytes.last == UInt8(ascii: "\n"))
        let document = try object(bytes)
        #expect(document["type"] as? String == "er.spoi" && document["capacity"] as? Int == 15)
        let carers = try #require(try objects(document["requirements"]).first { $0["role"] as? String == "non-medical-care-staff" })
        #expect(carers["minimum"] as? Int == 11)
        #expect(carers["exact"] as? Double == 11.25 && carers["exactFraction"] as? String == "45/4")
        #expect(carers["hoursPerWeek"] as? Int == 396 && carers["fullTimeEquivalents"] as? Int == 11)
        let decision = try #require(needs.lines.first { $0.requirement.target.id == "non-medical-care-staff" }?.requirement.decision)
        #expect(carers["unit"] as? String == "persons" && carers["decision"] as? String == decision && carers["condition"] is NSNull)
        #expect(try citation(carers["citation"]) == ("002_6a5f046dd59f793e.txt", [253, 261]))
        let nurses = try #require(try objects(document["requirements"]).first { $0["role"] as? String == "nurse" })
        #expect(nurses["exactFraction"] == nil)
        let coverage = try objects(document["coverage"])
        #expect(coverage.count == spoi.coverage.count && coverage.allSatisfy { $0["window"] as? String == "24h" })

        let english = try objects(document["notes"]).compactMap { $0["text"] as? String }
        let italian = try objects(try object(needs.encoded(in: .italian))["notes"]).compactMap { $0["text"] as? String }
        #expect(english == spoi.notes.map { $0.text.text(in: .english) })
        #expect(italian == spoi.notes.map { $0.text.text(in: .italian) } && italian != english)

        // The compact style holds the same document on one line.
        let compact = needs.encoded(in: .english, style: .compact)
        #expect(compact.dropLast().contains(UInt8(ascii: "\n")) == false)
        #expect(NSDictionary(dictionary: try object(compact)) == NSDictionary(dictionary: document))
    }

    @Test("the catalogue lists every standard with its limits, citations and the conditions of its lines")
    func catalogue() throws {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(StaffingCatalogue.encoded(StaffingCatalogue.standards, in: .italian)))
                                 as? [[String: Any]])
        #expect(array.compactMap { $0["id"] as? String } == StaffingCatalogue.ids)
        let spoiEntry = try #require(array.first { $0["id"] as? String == "er.spoi" })
        #expect(spoiEntry["capacityLimits"] as? [Int] == [1, 90] && spoiEntry["capacityUnit"] as? String == "beds")
        #expect(try citation(spoiEntry["limitsCitation"]).lines == [119, 120])
        #expect(spoiEntry["title"] as? String == spoi.title.text(in: .italian))
        let apartment = try #require(array.first { $0["id"] as? String == "sicily.minors-apartment" })
        #expect(apartment["conditions"] as? [String] == ["hosts-immigrants", "hosts-minors", "minors-under-penal-measure"])
        for standard in StaffingCatalogue.standards where standard.capacityLimits == nil {
            let entry = try #require(array.first { $0["id"] as? String == standard.id })
            #expect(entry["capacityLimits"] is NSNull)
        }
    }

    // MARK: Check

    @Test("a check: required, present and differences per line, coverage and share caps, and the verdict")
    func check() throws {
        let id = try StructureID("spoi-bo-1")
        let check = try StaffingCalculator.check(spoiTeam(nurses: 5, oss: 5, psychiatrists: 2, guardHours: 120), against: spoi, capacity: 15)
        let document = try object(check.encoded(id: id, in: .english))
        #expect(document["id"] as? String == "spoi-bo-1" && document["type"] as? String == "er.spoi")
        #expect(document["capacity"] as? Int == 15 && document["met"] as? Bool == false)
        let nurses = try #require(try objects(document["requirements"]).first { $0["role"] as? String == "nurse" })
        #expect(nurses["required"] as? Int == 6 && nurses["present"] as? Int == 5 && nurses["difference"] as? Int == -1)
        #expect(nurses["requiredHoursPerWeek"] as? Int == 216 && nurses["presentHoursPerWeek"] as? Int == 180)
        #expect(nurses["differenceHoursPerWeek"] as? Int == -36 && nurses["met"] as? Bool == false)
        let night = try #require(try objects(document["coverage"]).first { $0["roles"] as? String == "guard-physician" })
        #expect(night["window"] as? String == "24h" && night["requiredHoursPerWeek"] as? Int == 168)
        #expect(night["differenceHoursPerWeek"] as? Int == -48 && night["met"] as? Bool == false)
        #expect(try objects(document["shareCaps"]).isEmpty)

        let trainees = Roster(members: people(.genericOperator, 5, hours: 36, .trainee))
        let capped = try StaffingCalculator.check(trainees, against: reception, capacity: 8,
                                                  parameters: .init(conditions: [SicilyStaffingStandards.Condition.nonProfitOperator]))
        let caps = try objects(try object(capped.encoded(id: id, in: .italian))["shareCaps"])
        let cap = try #require(caps.first { $0["contract"] as? String == "trainee" })
        #expect(cap["permitted"] as? Bool == true && cap["maximumShare"] as? Double == 0.25)
        #expect(cap["presentHoursPerWeek"] as? Int == 180 && cap["met"] as? Bool == false)
        #expect(cap["rule"] as? String == capped.shareCaps.first { $0.cap.contract == .trainee }?.cap.rule.rawValue)
    }

    // MARK: Capacity

    @Test("a capacity answer: the capacity, the one checked after it, the limiting line first among the failures")
    func capacity() throws {
        let answer = try StaffingCalculator.largestCapacity(for: spoiTeam(nurses: 6, oss: 5, psychiatrists: 2), standard: spoi)
        let document = try object(answer.encoded(in: .english))
        #expect(document["type"] as? String == "er.spoi" && document["capacityUnit"] as? String == "beds")
        #expect(document["capacity"] as? Int == 15 && document["atCapacity"] as? Int == 16)
        #expect(document["reachedUpperLimit"] as? Bool == false && document["limits"] as? [Int] == [1, 90])
        let limiting = try #require(document["limiting"] as? [String: Any])
        let failures = try objects(document["failures"])
        #expect(NSDictionary(dictionary: limiting) == NSDictionary(dictionary: try #require(failures.first)))
        #expect(limiting["kind"] as? String == "role" && limiting["role"] as? String == "non-medical-care-staff")
        #expect(limiting["required"] as? Int == 12 && limiting["present"] as? Int == 11)
        #expect(limiting["shortfallHoursPerWeek"] as? Int == 36)
        #expect(limiting["label"] as? String == "Non-medical care staff (nurses, OSS, OTA, ADB)")

        let large = try object(StaffingCalculator.largestCapacity(for: spoiTeam(nurses: 60, oss: 60, psychiatrists: 20), standard: spoi)
            .encoded(in: .english))
        #expect(large["capacity"] as? Int == 90 && large["reachedUpperLimit"] as? Bool == true)
        #expect(large["atCapacity"] is NSNull && large["limiting"] is NSNull)
        #expect(try objects(large["failures"]).isEmpty)

        // Only the guard physician's presence fails: nothing limits, the coverage is listed.
        let unguarded = try object(StaffingCalculator.largestCapacity(
            for: spoiTeam(nurses: 6, oss: 5, psychiatrists: 2, guardHours: 0), standard: spoi).encoded(in: .english))
        #expect(unguarded["capacity"] is NSNull && unguarded["atCapacity"] as? Int == 1 && unguarded["limiting"] is NSNull)
        let coverage = try #require(try objects(unguarded["failures"]).first)
        #expect(coverage["kind"] as? String == "coverage" && coverage["window"] as? String == "24h")
        #expect(coverage["requiredHoursPerWeek"] as? Int == 168 && coverage["shortfallHoursPerWeek"] as? Int == 168)
    }

    @Test("a share cap among a capacity answer's failures names its contract and whether it is admitted")
    func capacityShareCap() throws {
        // Trainees without the non-profit condition: not admitted at all.
        let roster = Roster(members: people(.genericOperator, 2, hours: 36, .trainee))
        let answer = try StaffingCalculator.largestCapacity(for: roster, standard: reception)
        let failures = try objects(try object(answer.encoded(in: .english))["failures"])
        let cap = try #require(failures.first { $0["kind"] as? String == "share-cap" })
        #expect(cap["contract"] as? String == "trainee" && cap["permitted"] as? Bool == false)
        #expect(cap["maximumHoursPerWeek"] as? Int == 0 && cap["presentHoursPerWeek"] as? Int == 72)
        #expect(failures.first?["kind"] as? String == "role" && failures.last?["kind"] as? String == "share-cap")
    }

    // MARK: Network

    @Test("a network run streamed piece by piece gives the same bytes as the whole document, and agrees with the tally")
    func network() throws {
        let (text, _, _) = NetworkTests.network()
        var tally = NetworkTally()
        var failing: [NetworkReader.FailingStructure] = []
        var writer = NetworkReportWriter(language: .english)
        var streamed: [UInt8] = []
        var pieces = 0
        writer.begin(into: &streamed)
        let summary = try NetworkTests.withFile(text) { path in
            try NetworkReader.read(path: path, into: &tally, failing: { found in
                failing.append(found)
                writer.failing(found, into: &streamed)
                pieces += 1
            }, invalid: { _ in })
        }
        writer.end(tally, invalidLines: summary.invalidLines, into: &streamed)
        #expect(pieces > 1)
        #expect(streamed == NetworkReportWriter.document(failing: failing, tally: tally, invalidLines: summary.invalidLines, in: .english))
        #expect(streamed.last == UInt8(ascii: "\n") && streamed.dropLast().contains(UInt8(ascii: "\n")) == false)

        let document = try object(streamed)
        #expect(document["structures"] as? Int == tally.structures && document["withRoster"] as? Int == tally.withRoster)
        #expect(document["failing"] as? Int == tally.failing && document["invalidLines"] as? Int == 4)
        let found = try objects(document["failingStructures"])
        #expect(found.compactMap { $0["id"] as? String } == failing.map(\.structure.id.rawValue))
        #expect(found.compactMap { $0["line"] as? Int } == failing.map(\.lineNumber))
        #expect(found.compactMap { ($0["first"] as? [String: Any])?["rule"] as? String } == failing.map(\.first.rule.rawValue))

        let totals = try #require(document["totals"] as? [String: Any])
        let all = try #require(totals["all"] as? [String: Any])
        #expect(all["structures"] as? Int == tally.structures)
        #expect((all["hoursPerWeek"] as? NSNumber)?.doubleValue == Double(tally.total.hoursPerWeek.hundredths) / 100)
        let byRole = try objects(totals["byRole"])
        #expect(byRole.compactMap { $0["role"] as? String } == tally.byRole.map(\.id))
        #expect(byRole.allSatisfy { $0["short"] != nil && $0["failing"] == nil })
        #expect(byRole.compactMap { $0["short"] as? Int } == tally.byRole.map(\.totals.failing))
        let byProvince = try objects(totals["byProvince"])
        #expect(byProvince.map { $0["province"] as? String } == tally.byProvince.map { $0.province?.rawValue })
        #expect(try objects(totals["byType"]).compactMap { $0["type"] as? String } == tally.byType.map(\.type))
    }

    @Test("an empty network is a complete document")
    func emptyNetwork() throws {
        let bytes = NetworkReportWriter.document(failing: [], tally: NetworkTally(), invalidLines: 0, in: .italian)
        let document = try object(bytes)
        #expect(try objects(document["failingStructures"]).isEmpty)
        #expect(document["structures"] as? Int == 0)
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(try objects(totals["byRole"]).isEmpty)
        #expect((totals["all"] as? [String: Any])?["hoursPerWeek"] as? Int == 0)
    }
}

import Testing
import Foundation
@testable import Sociosan
import SociosanTestResources

/// One requirement line worked out by hand from the seed at one capacity.
struct ERStaffingVector: Sendable, CustomTestStringConvertible {
    let rule: String
    let capacity: Int
    /// The law's value before rounding and floor.
    let exact: Rational
    let minimum: Rational
    /// Staff-hours a week (independent of the full-time figure for these units).
    let hoursPerWeek: Rational
    let fullTimeEquivalents36: Rational
    let fullTimeEquivalents38: Rational

    var testDescription: String { "\(rule) at \(capacity)" }
}

@Suite("Emilia-Romagna staffing standards (seed 002 §3.4-§6.4)")
struct ERStaffingStandardsTests {
    static let ids = ["er.rti", "er.rti-specialist", "er.rtp", "er.psychogeriatric-rehab", "er.eating-disorder-rehab", "er.general-psychiatry"]

    /// Seed 002 (``TestResources``; empty when it is not found, and the tests reading it are skipped).
    static let seedLines = TestResources.seedLines(Seed.psychiatricStructuresER.fileName)

    /// The cited lines, or "" for lines the seed does not have.
    static func cited(_ citation: Citation) -> String {
        guard citation.firstLine >= 1, citation.firstLine <= citation.lastLine, citation.lastLine <= seedLines.count else { return "" }
        return seedLines[(citation.firstLine - 1)...(citation.lastLine - 1)].joined(separator: "\n")
    }

    func standard(_ id: String) throws -> StaffingStandard {
        try #require(StaffingCatalogue.standard(id), "\(id) is not in the catalogue")
    }

    static func standardID(of rule: String) -> String {
        String(rule[..<rule.range(of: ".staff.")!.lowerBound])
    }

    // MARK: Identity

    @Test func exactlyTheSixStandardsInTheCatalogue() throws {
        #expect(ERStaffingStandards.all.map(\.id) == Self.ids)
        for id in Self.ids {
            #expect(StaffingCatalogue.ids.filter { $0 == id }.count == 1, "\(id)")
            let standard = try standard(id)
            #expect(standard.capacityUnit == .beds, "\(id)")
            #expect(!standard.title.italian.isEmpty && !standard.title.english.isEmpty && standard.title.italian != standard.title.english)
            #expect(standard.daysPerWeek == 7)
        }
        #expect(!ERStaffingStandards.all.contains { $0.id == "er.spoi" })
    }

    @Test func ruleIdsAreStableKebabCaseAndUnique() {
        var seen: [String] = []
        for standard in ERStaffingStandards.all {
            let rules = standard.requirements.map(\.rule.rawValue) + standard.coverage.map(\.rule.rawValue)
            for rule in rules {
                #expect(rule.hasPrefix(standard.id + ".staff."), "\(rule)")
                let tail = rule.dropFirst(standard.id.count + ".staff.".count)
                #expect(!tail.isEmpty && tail.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(rule)")
            }
            seen += rules
        }
        #expect(Set(seen).count == seen.count)
        #expect(Set(seen) == Set(Self.keywords.map(\.rule)), "every rule has a keyword vector and every vector a rule")
    }

    // MARK: Requirements at typical capacities, worked by hand from the seed

    static let vectors: [ERStaffingVector] = [
        // L875-L876 "un infermiere nelle 24 ore ogni 20 pl": one post per started 20 beds.
        .init(rule: "er.rti.staff.nurse-minimum", capacity: 1, exact: 1, minimum: 1, hoursPerWeek: 168,
              fullTimeEquivalents36: Rational(14, 3), fullTimeEquivalents38: Rational(84, 19)),
        .init(rule: "er.rti.staff.nurse-minimum", capacity: 20, exact: 1, minimum: 1, hoursPerWeek: 168,
              fullTimeEquivalents36: Rational(14, 3), fullTimeEquivalents38: Rational(84, 19)),
        .init(rule: "er.rti.staff.nurse-minimum", capacity: 21, exact: 2, minimum: 2, hoursPerWeek: 336,
              fullTimeEquivalents36: Rational(28, 3), fullTimeEquivalents38: Rational(168, 19)),
        .init(rule: "er.rti.staff.nurse-minimum", capacity: 40, exact: 2, minimum: 2, hoursPerWeek: 336,
              fullTimeEquivalents36: Rational(28, 3), fullTimeEquivalents38: Rational(168, 19)),
        .init(rule: "er.rti.staff.nurse-minimum", capacity: 45, exact: 3, minimum: 3, hoursPerWeek: 504,
              fullTimeEquivalents36: 14, fullTimeEquivalents38: Rational(252, 19)),
        // L875 "anche specialistico": the same figure.
        .init(rule: "er.rti-specialist.staff.nurse-minimum", capacity: 12, exact: 1, minimum: 1, hoursPerWeek: 168,
              fullTimeEquivalents36: Rational(14, 3), fullTimeEquivalents38: Rational(84, 19)),
        .init(rule: "er.rti-specialist.staff.nurse-minimum", capacity: 30, exact: 2, minimum: 2, hoursPerWeek: 336,
              fullTimeEquivalents36: Rational(28, 3), fullTimeEquivalents38: Rational(168, 19)),
        // L876-L877 RTP "per 12 ore ogni 20 pl": 12 h a day per started 20 beds, × 7 days.
        .init(rule: "er.rtp.staff.nurse-hours-minimum", capacity: 10, exact: 12, minimum: 12, hoursPerWeek: 84,
              fullTimeEquivalents36: Rational(7, 3), fullTimeEquivalents38: Rational(42, 19)),
        .init(rule: "er.rtp.staff.nurse-hours-minimum", capacity: 20, exact: 12, minimum: 12, hoursPerWeek: 84,
              fullTimeEquivalents36: Rational(7, 3), fullTimeEquivalents38: Rational(42, 19)),
        .init(rule: "er.rtp.staff.nurse-hours-minimum", capacity: 21, exact: 24, minimum: 24, hoursPerWeek: 168,
              fullTimeEquivalents36: Rational(14, 3), fullTimeEquivalents38: Rational(84, 19)),
        .init(rule: "er.rtp.staff.nurse-hours-minimum", capacity: 60, exact: 36, minimum: 36, hoursPerWeek: 252,
              fullTimeEquivalents36: 7, fullTimeEquivalents38: Rational(126, 19)),
        // L1603-L1604 "almeno due operatori (infermieri/OTA) h 24" for ~20 beds, in proportion
        // beyond (L1528-L1531, A-35): 2 × N/20 posts, floor 2.
        .init(rule: "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum", capacity: 10, exact: 1, minimum: 2, hoursPerWeek: 336,
              fullTimeEquivalents36: Rational(28, 3), fullTimeEquivalents38: Rational(168, 19)),
        .init(rule: "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum", capacity: 20, exact: 2, minimum: 2, hoursPerWeek: 336,
              fullTimeEquivalents36: Rational(28, 3), fullTimeEquivalents38: Rational(168, 19)),
        .init(rule: "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum", capacity: 25, exact: Rational(5, 2), minimum: Rational(5, 2),
              hoursPerWeek: 420, fullTimeEquivalents36: Rational(35, 3), fullTimeEquivalents38: Rational(210, 19)),
        .init(rule: "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum", capacity: 30, exact: 3, minimum: 3, hoursPerWeek: 504,
              fullTimeEquivalents36: 14, fullTimeEquivalents38: Rational(252, 19)),
        .init(rule: "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum", capacity: 37, exact: Rational(37, 10), minimum: Rational(37, 10),
              hoursPerWeek: Rational(3108, 5), fullTimeEquivalents36: Rational(259, 15), fullTimeEquivalents38: Rational(1554, 95)),
        // L1605-L1606 "nelle ore diurne dei giorni feriali per almeno 9 ore": 9 h × 6 days.
        .init(rule: "er.psychogeriatric-rehab.staff.physician-daytime-hours", capacity: 20, exact: 54, minimum: 54, hoursPerWeek: 54,
              fullTimeEquivalents36: Rational(3, 2), fullTimeEquivalents38: Rational(27, 19)),
        .init(rule: "er.psychogeriatric-rehab.staff.physician-daytime-hours", capacity: 40, exact: 54, minimum: 54, hoursPerWeek: 54,
              fullTimeEquivalents36: Rational(3, 2), fullTimeEquivalents38: Rational(27, 19)),
        // L2065-L2066 the same safety figure "commisurato ad un numero di 20 p.l." (L1993-L1997).
        .init(rule: "er.eating-disorder-rehab.staff.nurses-or-ota-minimum", capacity: 15, exact: Rational(3, 2), minimum: 2, hoursPerWeek: 336,
              fullTimeEquivalents36: Rational(28, 3), fullTimeEquivalents38: Rational(168, 19)),
        .init(rule: "er.eating-disorder-rehab.staff.nurses-or-ota-minimum", capacity: 20, exact: 2, minimum: 2, hoursPerWeek: 336,
              fullTimeEquivalents36: Rational(28, 3), fullTimeEquivalents38: Rational(168, 19)),
        .init(rule: "er.eating-disorder-rehab.staff.nurses-or-ota-minimum", capacity: 24, exact: Rational(12, 5), minimum: Rational(12, 5),
              hoursPerWeek: Rational(2016, 5), fullTimeEquivalents36: Rational(56, 5), fullTimeEquivalents38: Rational(1008, 95)),
        .init(rule: "er.eating-disorder-rehab.staff.nurses-or-ota-minimum", capacity: 40, exact: 4, minimum: 4, hoursPerWeek: 672,
              fullTimeEquivalents36: Rational(56, 3), fullTimeEquivalents38: Rational(336, 19)),
        // L2067 "presenza dello psichiatra ... nelle ore diurne dei giorni feriali per almeno 9 ore".
        .init(rule: "er.eating-disorder-rehab.staff.psychiatrist-daytime-hours", capacity: 20, exact: 54, minimum: 54, hoursPerWeek: 54,
              fullTimeEquivalents36: Rational(3, 2), fullTimeEquivalents38: Rational(27, 19)),
    ]

    @Test(arguments: vectors)
    func requirementAtTypicalCapacity(_ vector: ERStaffingVector) throws {
        let standard = try standard(Self.standardID(of: vector.rule))
        let at36 = try StaffingCalculator.requirement(for: standard, capacity: vector.capacity, parameters: .init(fullTimeHours: 36))
        let at38 = try StaffingCalculator.requirement(for: standard, capacity: vector.capacity, parameters: .init(fullTimeHours: 38))
        let line36 = try #require(at36.lines.first { $0.requirement.rule.rawValue == vector.rule })
        let line38 = try #require(at38.lines.first { $0.requirement.rule.rawValue == vector.rule })
        #expect(line36.exact == vector.exact)
        #expect(line36.minimum == vector.minimum)
        #expect(line36.hoursPerWeek == vector.hoursPerWeek)
        #expect(line36.fullTimeEquivalents == vector.fullTimeEquivalents36)
        // The full-time figure changes the FTE only: these units are presences, not posts in the establishment.
        #expect(line38.minimum == vector.minimum)
        #expect(line38.hoursPerWeek == vector.hoursPerWeek)
        #expect(line38.fullTimeEquivalents == vector.fullTimeEquivalents38)
    }

    @Test func everyRequirementHasAVector() {
        let covered = Set(Self.vectors.map(\.rule))
        for standard in ERStaffingStandards.all {
            for requirement in standard.requirements { #expect(covered.contains(requirement.rule.rawValue), "\(requirement.rule)") }
        }
    }

    @Test func lawsUnitsAndRoundingAreTheDecidedOnes() throws {
        let rti = try #require(try standard("er.rti").requirements.first)
        #expect(rti.law == .perModule(amount: 1, moduleSize: 20, partialModules: .wholeModules))
        #expect(rti.unit == .postsAroundTheClock && rti.rounding == .exact && rti.floor == nil && rti.target == .role(.nurse))
        let rtp = try #require(try standard("er.rtp").requirements.first)
        #expect(rtp.law == .perModule(amount: 12, moduleSize: 20, partialModules: .wholeModules))
        #expect(rtp.unit == .hoursPerDay && rtp.target == .role(.nurse))
        for id in ["er.psychogeriatric-rehab", "er.eating-disorder-rehab"] {
            let operators = try #require(try standard(id).requirements.first { $0.target.id == "nurses-or-ota" })
            #expect(operators.law == .perModule(amount: 2, moduleSize: 20, partialModules: .proportional))
            #expect(operators.floor == 2 && operators.rounding == .exact && operators.unit == .postsAroundTheClock)
            #expect(operators.target.roles == [.nurse, .ota], "A-38: OSS and ADB are not named")
            #expect(operators.target.label.italian == "Infermieri/OTA")
        }
        let physicians = try #require(try standard("er.psychogeriatric-rehab").requirements.first { $0.unit == .hoursPerWeek })
        #expect(physicians.target.roles == [.neurologist, .psychiatrist, .physiatrist, .geriatrician, .physician])
        let psychiatrist = try #require(try standard("er.eating-disorder-rehab").requirements.first { $0.unit == .hoursPerWeek })
        #expect(psychiatrist.target == .role(.psychiatrist))
        #expect(try standard("er.general-psychiatry").requirements.isEmpty)
    }

    @Test func proportionalAndWholeModuleReadingsDifferWhereTheSeedsDo() throws {
        // the cod. 56 operators grow by 0.1 post a bed beyond 20; A-15: the RTI steps at 21.
        let dca = try standard("er.eating-disorder-rehab"), rti = try standard("er.rti")
        #expect(try StaffingCalculator.requirement(for: dca, capacity: 21).lines[0].minimum == Rational(21, 10))
        #expect(try StaffingCalculator.requirement(for: rti, capacity: 21).lines[0].minimum == 2)
    }

    // MARK: Coverage

    @Test func roundTheClockPresences() throws {
        func coverage(_ id: String) throws -> [String: (posts: Int, roles: Set<StaffRole>, hours: Int)] {
            var byRule: [String: (posts: Int, roles: Set<StaffRole>, hours: Int)] = [:]
            for requirement in try standard(id).coverage {
                #expect(requirement.window == .roundTheClock, "\(requirement.rule)")
                byRule[requirement.rule.rawValue] = (requirement.posts, requirement.target.roles, requirement.hoursPerWeek)
            }
            return byRule
        }
        // L925 "presenza infermieristica sulle 24 ore".
        for id in ["er.rti", "er.rti-specialist"] {
            let rti = try coverage(id)
            #expect(rti.count == 1 && rti[id + ".staff.nurse-24h"]?.hours == 168 && rti[id + ".staff.nurse-24h"]?.roles == [.nurse])
        }
        // the RTP has 12 hours per 20 beds instead.
        #expect(try coverage("er.rtp").isEmpty)
        // L1604, L2066 "almeno due operatori (infermieri/OTA) h 24, 7 giorni su 7".
        for id in ["er.psychogeriatric-rehab", "er.eating-disorder-rehab"] {
            let operators = try #require(try coverage(id)[id + ".staff.nurses-or-ota-24h"])
            #expect(operators.posts == 2 && operators.hours == 336 && operators.roles == [.nurse, .ota])
        }
        // L2466-L2468 "presenza sulle 24 ore di psichiatri, infermieri, OSS o ... OTA e ADB"; the
        // psychiatrist may be on call at night (L2468-L2470), so has no on-site coverage.
        let general = try coverage("er.general-psychiatry")
        #expect(general.count == 2)
        #expect(general["er.general-psychiatry.staff.nurse-24h"]?.roles == [.nurse])
        #expect(general["er.general-psychiatry.staff.support-worker-24h"]?.roles == [.oss, .ota, .adb])
    }

    // MARK: Rosters

    func roster(_ members: (StaffRole, Rational)...) -> Roster {
        Roster(members: members.map { RosterMember(role: $0.0, hoursPerWeek: $0.1) })
    }

    @Test func codFiftySixCountsNursesAndOTAButNotOSS() throws {
        let unit = try standard("er.psychogeriatric-rehab")
        let doctor: (StaffRole, Rational) = (.geriatrician, 54)
        // two OTA and no nurse meet the safety figure literally.
        let otas = try StaffingCalculator.check(roster((.ota, 168), (.ota, 168), doctor), against: unit, capacity: 20)
        #expect(otas.isMet)
        let oss = try StaffingCalculator.check(roster((.oss, 168), (.oss, 168), doctor), against: unit, capacity: 20)
        #expect(!oss.isMet)
        #expect(oss.roles.filter { !$0.isMet }.map(\.line.requirement.target.id) == ["nurses-or-ota"])
        #expect(oss.coverage.allSatisfy { !$0.isMet })
        // any of the listed physicians carries the 9 hours; 45 hours (Monday to Friday) do not.
        let short = try StaffingCalculator.check(roster((.nurse, 336), (.physiatrist, 45)), against: unit, capacity: 20)
        #expect(short.roles.filter { !$0.isMet }.map(\.difference) == [-9])
    }

    @Test func largestCapacityFollowsTheDecidedScaling() throws {
        // RTI: two nurses around the clock carry 40 beds (41 needs a third post).
        let rti = try StaffingCalculator.largestCapacity(for: roster((.nurse, 168), (.nurse, 168)), standard: try standard("er.rti"))
        #expect(rti.capacity == 40)
        #expect(rti.limitingRequirement?.rule == "er.rti.staff.nurse-minimum")
        // RTP: 84 nurse-hours a week (12 a day) carry 20 beds.
        #expect(try StaffingCalculator.largestCapacity(for: roster((.nurse, 84)), standard: try standard("er.rtp")).capacity == 20)
        // DCA: 420 operator-hours are 2.5 posts, enough for 25 beds in proportion (whole modules would stop at 20).
        let dca = try StaffingCalculator.largestCapacity(
            for: roster((.nurse, 168), (.ota, 168), (.nurse, 84), (.psychiatrist, 54)), standard: try standard("er.eating-disorder-rehab"))
        #expect(dca.capacity == 25)
        #expect(dca.limitingRequirement?.rule == "er.eating-disorder-rehab.staff.nurses-or-ota-minimum")
    }

    @Test func generalPsychiatryChecksOnlyItsPresences() throws {
        let general = try standard("er.general-psychiatry")
        let needs = try StaffingCalculator.requirement(for: general, capacity: 30)
        #expect(needs.lines.isEmpty)
        #expect(try StaffingCalculator.check(roster((.nurse, 168), (.oss, 168)), against: general, capacity: 30).isMet)
        let noSupport = try StaffingCalculator.check(roster((.nurse, 168), (.psychiatrist, 168)), against: general, capacity: 30)
        #expect(!noSupport.isMet)
        #expect(noSupport.coverage.filter { !$0.isMet }.map(\.requirement.rule) == ["er.general-psychiatry.staff.support-worker-24h"])
    }

    // MARK: Limits

    @Test(arguments: ids)
    func noSeedLimitsSoOnlyNegativeCapacitiesAreRefused(_ id: String) throws {
        let standard = try standard(id)
        #expect(standard.capacityLimits == nil && standard.limitsCitation == nil)
        #expect(throws: StaffingError.capacityOutOfRange(standard: id, capacity: -1, limits: 0...Int.max, citation: nil)) {
            try StaffingCalculator.requirement(for: standard, capacity: -1)
        }
        #expect(throws: StaffingError.invalidFullTimeHours(0)) {
            try StaffingCalculator.requirement(for: standard, capacity: 20, parameters: .init(fullTimeHours: 0))
        }
        #expect(try StaffingCalculator.requirement(for: standard, capacity: 200).capacity == 200)
    }

    // MARK: Citations and decisions

    /// The chapter of the seed each standard lives in.
    static let chapters: [String: ClosedRange<Int>] = [
        "er.rti": 836...1511, "er.rti-specialist": 836...1511, "er.rtp": 836...1511,
        "er.psychogeriatric-rehab": 1512...1963, "er.eating-disorder-rehab": 1964...2432, "er.general-psychiatry": 2433...2991,
    ]

    @Test(.requiresSeeds) func everyCitationExistsInTheSeedInsideItsChapter() throws {
        try #require(Self.seedLines.count >= 3026, "seed 002 is shorter than its 3026 lines")
        for standard in ERStaffingStandards.all {
            let chapter = try #require(Self.chapters[standard.id])
            let citations = [standard.citation] + [standard.limitsCitation].compactMap { $0 } + standard.requirements.map(\.citation)
                + standard.coverage.map(\.citation) + standard.notes.map(\.citation)
            for citation in citations {
                #expect(citation.seed == .psychiatricStructuresER)
                #expect(citation.firstLine <= citation.lastLine && citation.lastLine <= Self.seedLines.count, "\(standard.id) \(citation)")
                #expect(chapter.contains(citation.firstLine) && chapter.contains(citation.lastLine), "\(standard.id) cites \(citation) outside \(chapter)")
                #expect(!Self.cited(citation).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(citation)")
            }
        }
    }

    struct Keyword: Sendable, CustomTestStringConvertible {
        let rule: String
        let words: [String]
        var testDescription: String { rule }
    }

    /// Words of the seed that the cited lines must contain, per rule.
    static let keywords: [Keyword] = [
        .init(rule: "er.rti.staff.nurse-minimum", words: ["Residenze a Trattamento Intensivo", "un infermiere", "24 ore ogni 20 pl"]),
        .init(rule: "er.rti.staff.nurse-24h", words: ["presenza infermieristica sulle 24 ore"]),
        .init(rule: "er.rti-specialist.staff.nurse-minimum", words: ["anche specialistico", "24 ore ogni 20 pl"]),
        .init(rule: "er.rti-specialist.staff.nurse-24h", words: ["presenza infermieristica sulle 24 ore"]),
        .init(rule: "er.rtp.staff.nurse-hours-minimum", words: ["Residenze a Trattamento Protratto", "per 12", "ore ogni 20 pl"]),
        .init(rule: "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum", words: ["20 p.l.", "almeno due operatori", "infermieri/OTA", "h 24"]),
        .init(rule: "er.psychogeriatric-rehab.staff.nurses-or-ota-24h", words: ["infermieri/OTA", "h 24, 7 giorni su 7"]),
        .init(rule: "er.psychogeriatric-rehab.staff.physician-daytime-hours", words: ["neurologo", "geriatra", "internista", "giorni", "feriali per almeno 9 ore"]),
        .init(rule: "er.eating-disorder-rehab.staff.nurses-or-ota-minimum", words: ["20 p.l.", "almeno due operatori", "infermieri/OTA", "h 24"]),
        .init(rule: "er.eating-disorder-rehab.staff.nurses-or-ota-24h", words: ["infermieri/OTA", "h 24, 7 giorni su 7"]),
        .init(rule: "er.eating-disorder-rehab.staff.psychiatrist-daytime-hours", words: ["psichiatra", "giorni feriali per almeno 9 ore"]),
        .init(rule: "er.general-psychiatry.staff.nurse-24h", words: ["sulle 24 ore", "infermieri deve essere considerata sulle 24 ore"]),
        .init(rule: "er.general-psychiatry.staff.support-worker-24h", words: ["sulle 24 ore", "OSS", "OTA e ADB"]),
    ]

    @Test(.requiresSeeds, arguments: keywords)
    func citedLinesContainTheirKeywords(_ keyword: Keyword) throws {
        let standard = try standard(Self.standardID(of: keyword.rule))
        let citation = try #require(
            standard.requirements.first { $0.rule.rawValue == keyword.rule }?.citation
                ?? standard.coverage.first { $0.rule.rawValue == keyword.rule }?.citation)
        let text = Self.cited(citation)
        for word in keyword.words { #expect(text.contains(word), "\(keyword.rule) cites \(citation), which lacks \"\(word)\"") }
    }

    /// Per standard, a seed word each note's cited lines must contain, in note order.
    static let noteKeywords: [String: [String]] = {
        let residence = ["numero definito di posti", "documento", "psicologi, infermieri, assistenti di base", "24h", "presenza medica diurna", "esperienza documentata"]
        return [
            "er.rti": residence,
            "er.rti-specialist": residence + ["dichiarate e concordate con il DSM-DP"],
            "er.rtp": residence + ["presenza infermieristica sulle 24 ore"],
            "er.psychogeriatric-rehab": ["articolazione organizzativa di 20 p.l.", "team interprofessionale", "assistente sociale e lo psicologo", "idonea", "guardia/pronta disponibilit"],
            "er.eating-disorder-rehab": ["max 20 p.l.", "qualsiasi setting", "dietista", "riabilitazione nutrizionale", "segretario sociale", "guardia/pronta disponibilit"],
            "er.general-psychiatry": ["concordata a livello aziendale", "reperibilit", "presenza programmata di psicologo"],
        ]
    }()

    @Test(.requiresSeeds, arguments: ids)
    func notesCiteTheLinesTheySpeakOf(_ id: String) throws {
        let standard = try standard(id)
        let words = try #require(Self.noteKeywords[id])
        #expect(standard.notes.count == words.count)
        for (note, word) in zip(standard.notes, words) {
            #expect(Self.cited(note.citation).contains(word), "\(id): \(note.citation) lacks \"\(word)\"")
            #expect(!note.text.italian.isEmpty && !note.text.english.isEmpty && note.text.italian != note.text.english)
        }
    }

    @Test(.requiresSeeds) func generalPsychiatryHasNoFiguresAndSaysSoCitingL2471() throws {
        let general = try standard("er.general-psychiatry")
        let note = try #require(general.notes.first { $0.text.english.contains("A-39") })
        #expect(note.citation == Citation(.psychiatricStructuresER, line: 2471))
        #expect(Self.cited(note.citation).contains("rapportata alle attivit"))
    }

    @Test func everyReadingNamesItsAmbiguity() throws {
        let expected: [String: [String]] = [
            "er.rti.staff.nurse-minimum": ["A-15"],
            "er.rti-specialist.staff.nurse-minimum": ["A-15"],
            "er.rtp.staff.nurse-hours-minimum": ["A-15"],
            "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum": ["A-35", "A-38"],
            "er.psychogeriatric-rehab.staff.physician-daytime-hours": ["A-27", "A-35"],
            "er.eating-disorder-rehab.staff.nurses-or-ota-minimum": ["A-35", "A-38"],
            "er.eating-disorder-rehab.staff.psychiatrist-daytime-hours": ["A-35"],
        ]
        let requirements = ERStaffingStandards.all.flatMap(\.requirements)
        #expect(Set(requirements.map(\.rule.rawValue)) == Set(expected.keys))
        for requirement in requirements {
            let decision = try #require(requirement.decision, "\(requirement.rule) has no decision")
            for id in expected[requirement.rule.rawValue] ?? [] { #expect(decision.contains(id), "\(requirement.rule) lacks \(id)") }
        }
        // The notes carry the readings without a requirement line.
        let notes = ERStaffingStandards.all.flatMap(\.notes).map(\.text.english).joined(separator: "\n")
        for id in ["A-15", "A-19", "A-27", "A-35", "A-36", "A-39", "A-40"] { #expect(notes.contains(id), "no note names \(id)") }
    }
}

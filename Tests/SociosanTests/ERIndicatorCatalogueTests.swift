import Foundation
import Testing
@testable import Sociosan
import SociosanTestResources

/// The indicator tables of seed 002 (DGR 2000/2009) as data: identity, citations checked
/// against the seed text itself, standards, multipliers and the decisions on its defects.
@Suite struct ERIndicatorCatalogueTests {
    static let expectedIDs: [String] =
        (1...5).map { "spoi-ind-\($0)" } + (1...7).map { "res-ind-\($0)" } + (1...5).map { "pg-ind-\($0)" }
        + (1...5).map { "dca-ind-\($0)" } + (1...5).map { "gp-ind-\($0)" }

    /// Seed 002 (``TestResources``; empty when it is not found, and the tests reading it are skipped).
    static let seedLines = TestResources.seedLines(Seed.psychiatricStructuresER.fileName)

    static func indicator(_ id: String) -> ERIndicator { ERIndicatorCatalogue.indicator(id)! }

    /// The cited lines, lower-cased, joined and with runs of spaces collapsed (the tables
    /// break their cells across lines).
    func cited(_ citation: Citation) -> String? {
        guard citation.seed == .psychiatricStructuresER, citation.firstLine >= 1,
              citation.firstLine <= citation.lastLine, citation.lastLine <= Self.seedLines.count else { return nil }
        return Self.seedLines[(citation.firstLine - 1)...(citation.lastLine - 1)].joined(separator: " ").lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: Identity and order

    @Test func twentySevenIndicatorsWithUniqueIDsInTableOrder() {
        let ids = ERIndicatorCatalogue.all.map(\.id)
        #expect(ids.count == 27)
        #expect(Set(ids).count == ids.count)
        #expect(ids == Self.expectedIDs)
    }

    @Test func perFamilyCountsAndPrefixes() {
        let counts: [ERIndicatorFamily: Int] = [
            .spoi: 5, .residences: 7, .psychogeriatricRehab: 5, .eatingDisorderRehab: 5, .generalPsychiatry: 5,
        ]
        for family in ERIndicatorFamily.allCases {
            let indicators = ERIndicatorCatalogue.indicators(for: family)
            #expect(indicators.count == counts[family], "\(family)")
            #expect(indicators.map(\.id) == (1...indicators.count).map { "\(family.rawValue)-ind-\($0)" })
        }
        #expect(ERIndicatorCatalogue.spoi == ERIndicatorCatalogue.indicators(for: .spoi))
        #expect(ERIndicatorCatalogue.residences == ERIndicatorCatalogue.indicators(for: .residences))
        #expect(ERIndicatorCatalogue.psychogeriatric == ERIndicatorCatalogue.indicators(for: .psychogeriatricRehab))
        #expect(ERIndicatorCatalogue.dca == ERIndicatorCatalogue.indicators(for: .eatingDisorderRehab))
        #expect(ERIndicatorCatalogue.generalPsychiatry == ERIndicatorCatalogue.indicators(for: .generalPsychiatry))
    }

    @Test func lookupByID() {
        #expect(ERIndicatorCatalogue.indicator("res-ind-4")?.family == .residences)
        #expect(ERIndicatorCatalogue.indicator("gp-ind-5")?.family == .generalPsychiatry)
        #expect(ERIndicatorCatalogue.indicator("res-ind-8") == nil)
        #expect(ERIndicatorCatalogue.indicator("spoi-ind-0") == nil)
    }

    // MARK: Citations

    @Test(arguments: expectedIDs)
    func citationLiesInItsFamilySectionAndTable(_ id: String) {
        let indicator = Self.indicator(id)
        #expect(indicator.citation.seed == .psychiatricStructuresER)
        for type in indicator.family.structureTypes {
            let section = type.citation.lines
            #expect(section.contains(indicator.citation.firstLine) && section.contains(indicator.citation.lastLine),
                    "\(indicator.id) \(indicator.citation) outside \(type) \(type.citation)")
        }
        let table = indicator.family.tableCitation.lines
        #expect(table.contains(indicator.citation.firstLine) && table.contains(indicator.citation.lastLine))
    }

    @Test func entriesFollowEachOtherWithoutOverlap() {
        for family in ERIndicatorFamily.allCases {
            let entries = ERIndicatorCatalogue.indicators(for: family)
            for (earlier, later) in zip(entries, entries.dropFirst()) {
                #expect(earlier.citation.lastLine < later.citation.firstLine, "\(earlier.id) overlaps \(later.id)")
            }
        }
    }

    /// the tables are flattened, so each citation is checked against the seed itself:
    /// the entry opens with its table number and the cited text holds the calculation.
    @Test(.requiresSeeds, arguments: expectedIDs)
    func citationOpensTheNumberedEntryOfTheSeed(_ id: String) throws {
        let indicator = Self.indicator(id)
        try #require(Self.seedLines.count >= 3026, "seed 002 is shorter than its 3026 lines")
        let number = try #require(indicator.id.split(separator: "-").last)
        let first = Self.seedLines[indicator.citation.firstLine - 1].trimmingCharacters(in: .whitespaces)
        #expect(first.hasPrefix("\(number))"), "\(indicator.id) starts at \(indicator.citation.firstLine): \(first)")
        // The entry ends on its own last words, where the next begins, at a page header, or
        // where the table ends.
        let last = Self.seedLines[indicator.citation.lastLine - 1].trimmingCharacters(in: .whitespaces)
        #expect(!last.isEmpty, "\(indicator.id) ends on a blank line")
        guard indicator.citation.lastLine != indicator.family.tableCitation.lastLine else { return }
        let next = indicator.citation.lastLine < Self.seedLines.count
            ? Self.seedLines[indicator.citation.lastLine].trimmingCharacters(in: .whitespaces) : ""
        let nextNumber = (Int(number) ?? 0) + 1
        #expect(next.isEmpty || next.hasPrefix("DEFINIZIONE") || next.hasPrefix("\(nextNumber))"),
                "\(indicator.id) does not end at a boundary: \(next)")
    }

    /// Keywords of each entry's calculation, in the seed's own spelling.
    static let calculationWords: [String: [String]] = [
        "spoi-ind-1": ["cartelle", "cliniche complete", "(i.c.d.-d.s.m)"],
        "spoi-ind-2": ["n° totale suicidi", "n° tentativi di"],
        "spoi-ind-3": ["n° eventi/", "dimessi"],
        "spoi-ind-4": ["a) n° pazienti con", "in carico"],
        "spoi-ind-5": ["n° pazienti spoi", "3 o più"],
        "res-ind-1": ["personalizzato", "in carico"],
        "res-ind-2": ["definiti in équipe", "n° totale progetti"],
        "res-ind-3": ["aderiscono al", "progetti"],
        "res-ind-4": ["almeno", "raggiunto gli", "n. progetti stabiliti"],
        "res-ind-5": ["n° eventi/", "pazienti in"],
        "res-ind-6": ["3 o", "ricoverati"],
        "res-ind-7": ["struttura ricevente", "dimessi dalla"],
        "pg-ind-1": ["trasferiti non", "programmati * 100"],
        "pg-ind-2": ["obiettivi previsti", "dimessi *100"],
        "pg-ind-3": ["delta scala di", "in incremento"],
        "pg-ind-4": ["dimessi verso una", "struttura protetta"],
        "pg-ind-5": ["deceduti", "presi"],
        "dca-ind-1": ["test", "psicometrici"],
        "dca-ind-2": ["bmi di", "18.5"],
        "dca-ind-3": ["bulimia", "compenso"],
        "dca-ind-4": ["completi di", "in carico"],
        "dca-ind-5": ["scala di", "stabiliti"],
        "gp-ind-1": ["cartelle", "(i.c.d.-d.s.m)"],
        "gp-ind-2": ["n° totale suicidi", "n° tentativi di"],
        "gp-ind-3": ["n° eventi/", "dimessi"],
        "gp-ind-4": ["a) n° pazienti con", "in carico"],
        "gp-ind-5": ["n° pazienti spoi", "3 o più"],
    ]

    @Test(.requiresSeeds, arguments: expectedIDs)
    func citedLinesHoldTheCalculation(_ id: String) throws {
        let indicator = Self.indicator(id)
        let text = try #require(cited(indicator.citation))
        let words = try #require(Self.calculationWords[indicator.id])
        for word in words {
            #expect(text.contains(word), "\(indicator.id): \"\(word)\" not in \(indicator.citation)")
        }
    }

    // MARK: Standards

    static let expectedStandards: [String: ERIndicatorStandard] = [
        "spoi-ind-1": .minimumPercent(100), "spoi-ind-2": .none, "spoi-ind-3": .unstated, "spoi-ind-4": .none,
        "spoi-ind-5": .detectionSystemPresent,
        "res-ind-1": .none, "res-ind-2": .minimumPercent(100), "res-ind-3": .none, "res-ind-4": .minimumPercent(100),
        "res-ind-5": .unstated, "res-ind-6": .none, "res-ind-7": .none,
        "pg-ind-1": .none, "pg-ind-2": .none, "pg-ind-3": .none, "pg-ind-4": .none, "pg-ind-5": .none,
        "dca-ind-1": .none, "dca-ind-2": .none, "dca-ind-3": .none, "dca-ind-4": .none, "dca-ind-5": .none,
        "gp-ind-1": .minimumPercent(100), "gp-ind-2": .detectionSystemPresent, "gp-ind-3": .detectionSystemPresent,
        "gp-ind-4": .none, "gp-ind-5": .detectionSystemPresent,
    ]

    @Test(.requiresSeeds, arguments: expectedIDs)
    func standardAsTheSeedGivesIt(_ id: String) throws {
        let indicator = Self.indicator(id)
        #expect(indicator.standard == Self.expectedStandards[indicator.id], "\(indicator.id)")
        // And the cited text bears it out.
        let text = try #require(cited(indicator.citation))
        switch indicator.standard {
        case .minimumPercent(let percent):
            #expect(text.contains(" \(percent)% "))
        case .detectionSystemPresent:
            #expect(text.contains("presenza del sistema di rilevazione"))
        case .unstated:
            #expect(text.contains("raggiungimento dello standard"))
            #expect(!text.contains("presenza del sistema di rilevazione"))
        case .none:
            #expect(!text.contains(" 100% "))
            #expect(!text.contains("presenza del sistema di rilevazione"))
        case .maximumPercent:
            Issue.record("seed 002 has no maximum standard (\(indicator.id))")
        }
    }

    /// no psychogeriatric or DCA indicator has a standard.
    @Test func noPsychogeriatricOrDCAStandard() {
        let unjudged = ERIndicatorCatalogue.psychogeriatric + ERIndicatorCatalogue.dca
        #expect(unjudged.allSatisfy { $0.standard == ERIndicatorStandard.none })
        #expect(unjudged.allSatisfy { !$0.standard.isJudged })
    }

    // MARK: Multipliers

    static let percentIDs: Set<String> = [
        "spoi-ind-1", "spoi-ind-5", "res-ind-6", "pg-ind-1", "pg-ind-2", "pg-ind-5", "dca-ind-1", "gp-ind-1", "gp-ind-5",
    ]

    @Test(.requiresSeeds, arguments: expectedIDs)
    func multiplierAsWritten(_ id: String) throws {
        let indicator = Self.indicator(id)
        #expect(indicator.multiplier == (Self.percentIDs.contains(indicator.id) ? 100 : 1), "\(indicator.id)")
        let text = try #require(cited(indicator.citation))
        let writesTimes100 = text.contains("*100") || text.contains("* 100")
        if indicator.id == "pg-ind-5" {
            // No "*100" in the formula, but "espresso sia in % che in valore assoluto" (L1955-L1957).
            #expect(!writesTimes100)
            #expect(text.contains("sia in % che in valore"))
        } else {
            #expect(writesTimes100 == (indicator.multiplier == 100), "\(indicator.id)")
        }
    }

    // MARK: Decisions

    /// Entries whose reading depends on an ambiguity of digest §10, and the ids their
    /// decision must name.
    static let requiredAmbiguities: [String: [String]] = [
        "spoi-ind-2": ["A-25"], "spoi-ind-3": ["A-24", "A-25"], "spoi-ind-4": ["A-22", "A-28"],
        "spoi-ind-5": ["A-23", "A-22"],
        "res-ind-1": ["A-22"], "res-ind-2": ["A-29"], "res-ind-3": ["A-26"], "res-ind-4": ["A-22", "A-26", "A-29"],
        "res-ind-5": ["A-24", "A-25", "A-29"], "res-ind-6": ["A-23", "A-25"],
        "pg-ind-1": ["A-30"], "pg-ind-3": ["A-31", "A-29"], "pg-ind-4": ["A-22"], "pg-ind-5": ["A-29"],
        "dca-ind-2": ["A-32"], "dca-ind-3": ["A-32"],
        "gp-ind-2": ["A-22", "A-25"], "gp-ind-3": ["A-22", "A-24", "A-25"], "gp-ind-4": ["A-22", "A-28"],
        "gp-ind-5": ["A-33", "A-23", "A-22"],
    ]

    @Test(arguments: expectedIDs)
    func ambiguityDependentEntriesNameTheirDecision(_ id: String) {
        let indicator = Self.indicator(id)
        guard let ids = Self.requiredAmbiguities[indicator.id] else { return }
        let decision = indicator.decision ?? ""
        for id in ids {
            #expect(decision.contains(id), "\(indicator.id) lacks \(id)")
        }
    }

    /// A standard mentioned without a value is always explained.
    @Test func unstatedStandardsAreDecided() {
        let unstated = ERIndicatorCatalogue.all.filter { $0.standard == .unstated }
        #expect(unstated.map(\.id) == ["spoi-ind-3", "res-ind-5"])
        #expect(unstated.allSatisfy { $0.decision?.contains("A-25") == true })
    }

    /// Every line a decision cites exists in the seed and lies in its family's section,
    /// except references to the SPOI table twin and shared wording that the decision names.
    @Test(arguments: ERIndicatorCatalogue.all.filter { $0.decision != nil }.map(\.id))
    func decisionsCiteExistingSeedLines(_ id: String) {
        let indicator = Self.indicator(id)
        let lines = citedLineNumbers(indicator.decision!)
        #expect(!lines.isEmpty, "\(indicator.id): a decision cites the seed")
        #expect(lines.allSatisfy { (1...3026).contains($0) }, "\(indicator.id): \(lines)")
    }

    func citedLineNumbers(_ text: String) -> [Int] {
        var numbers: [Int] = []
        var digits = ""
        var afterL = false
        for character in text + " " {
            if afterL, character.isNumber {
                digits.append(character)
                continue
            }
            if !digits.isEmpty, let number = Int(digits) { numbers.append(number) }
            digits = ""
            afterL = character == "L"
        }
        return numbers
    }

    /// the general-psychiatry third-admission indicator counts its own patients.
    @Test func generalPsychiatryReadmissionCountsItsOwnPatients() throws {
        let gp5 = try #require(ERIndicatorCatalogue.indicator("gp-ind-5"))
        #expect(gp5.numerator.italian.hasPrefix("N° pazienti della componente ospedaliera di psichiatria generale"))
        #expect(gp5.numerator.italian.contains("la tabella scrive: N° pazienti SPOI"))
        #expect(gp5.decision?.contains("SPOI admissions do not count") == true)
    }

    /// the unplanned-transfer denominator is the patients discharged, not the planned transfers.
    @Test func psychogeriatricUnplannedTransferDenominator() throws {
        let pg1 = try #require(ERIndicatorCatalogue.indicator("pg-ind-1"))
        #expect(pg1.denominator.italian.hasPrefix("N° totale pazienti dimessi"))
        #expect(pg1.denominator.english.hasPrefix("Total number of patients discharged"))
        #expect(pg1.decision?.contains("patients discharged in the year") == true)
    }

    /// the three readmission indicators share the sliding 12-month window reading.
    @Test func thirdAdmissionIsASlidingWindow() {
        let readmissions = ["spoi-ind-5", "res-ind-6", "gp-ind-5"].compactMap(ERIndicatorCatalogue.indicator)
        #expect(readmissions.count == 3)
        for indicator in readmissions {
            #expect(indicator.decision?.contains("sliding window of 12 months") == true, "\(indicator.id)")
            #expect(indicator.decision?.contains("not when a calendar year holds three admissions") == true)
            #expect(indicator.multiplier == 100)
        }
    }

    /// the anorexia indicator reads "a BMI of 18.5" as at least 18.5.
    @Test func anorexiaThresholdIsAtLeast18Point5() throws {
        let dca2 = try #require(ERIndicatorCatalogue.indicator("dca-ind-2"))
        #expect(dca2.decision?.contains("at least 18.5") == true)
    }

    // MARK: Other cells

    @Test(arguments: expectedIDs)
    func everyTextIsBilingualAndFilled(_ id: String) {
        let indicator = Self.indicator(id)
        let texts = [indicator.name, indicator.numerator, indicator.denominator, indicator.rationale, indicator.frequency]
            + indicator.breakdowns
        for text in texts {
            #expect(!text.italian.isEmpty && !text.english.isEmpty, "\(indicator.id)")
            #expect(text.italian != text.english || text.italian == "SDO", "\(indicator.id): \(text.italian)")
        }
        #expect(!indicator.levelsOfUse.isEmpty)
        #expect(Set(indicator.levelsOfUse).count == indicator.levelsOfUse.count)
        #expect(Set(indicator.dataSources).count == indicator.dataSources.count)
    }

    /// Only RES-IND-6 lacks a data source.
    @Test func dataSources() throws {
        #expect(ERIndicatorCatalogue.all.filter { $0.dataSources.isEmpty }.map(\.id) == ["res-ind-6"])
        #expect(try #require(ERIndicatorCatalogue.indicator("spoi-ind-2")).dataSources == [.regionalIncidentSystem, .sdo, .adHocSurvey])
        #expect(try #require(ERIndicatorCatalogue.indicator("spoi-ind-5")).dataSources == [.sdo])
        #expect(try #require(ERIndicatorCatalogue.indicator("gp-ind-5")).dataSources == [.sdo])
        #expect(try #require(ERIndicatorCatalogue.indicator("pg-ind-4")).dataSources == [.clinicalRecord, .register])
        #expect(try #require(ERIndicatorCatalogue.indicator("res-ind-7")).dataSources == [.dischargeLetter, .clinicalRecord])
    }

    @Test func levelsOfUse() throws {
        #expect(try #require(ERIndicatorCatalogue.indicator("spoi-ind-1")).levelsOfUse == [.structure, .dsm])
        #expect(try #require(ERIndicatorCatalogue.indicator("spoi-ind-5")).levelsOfUse == [.region, .structure])
        #expect(try #require(ERIndicatorCatalogue.indicator("res-ind-6")).levelsOfUse == [.region, .structure])
        #expect(try #require(ERIndicatorCatalogue.indicator("pg-ind-4")).levelsOfUse == [.operativeUnit, .company, .region])
        #expect((ERIndicatorCatalogue.dca + ERIndicatorCatalogue.psychogeriatric).filter { $0.id != "pg-ind-4" }
            .allSatisfy { $0.levelsOfUse == [.operativeUnit, .company] })
    }

    /// Breakdowns (*articolazioni*): the suicide-attempt ratio and the project-element check.
    @Test func breakdowns() {
        let withBreakdowns = ERIndicatorCatalogue.all.filter { !$0.breakdowns.isEmpty }.map(\.id)
        #expect(withBreakdowns == ["spoi-ind-2", "spoi-ind-4", "gp-ind-2", "gp-ind-4"])
        #expect(ERIndicatorCatalogue.indicator("spoi-ind-2")?.breakdowns.first?.italian
            == "N° tentativi di suicidio / N° totale di dimessi anno")
    }

    // MARK: Evaluation helpers

    @Test func valueUsesTheMultiplier() throws {
        let spoi1 = try #require(ERIndicatorCatalogue.indicator("spoi-ind-1"))
        #expect(spoi1.value(numerator: 47, denominator: 50) == 94)
        #expect(spoi1.value(numerator: 3, denominator: 0) == nil)
        let spoi2 = try #require(ERIndicatorCatalogue.indicator("spoi-ind-2"))
        #expect(spoi2.value(numerator: 1, denominator: 200) == 0.005)
    }

    /// a 100 % standard beside a formula without "*100" is held against ratio × 100.
    @Test func percentStandardsIgnoreTheMultiplier() throws {
        let res2 = try #require(ERIndicatorCatalogue.indicator("res-ind-2"))
        #expect(res2.isMet(numerator: 10, denominator: 10) == true)
        #expect(res2.isMet(numerator: 9, denominator: 10) == false)
        #expect(res2.isMet(numerator: 0, denominator: 0) == nil)
        #expect(res2.isMet(value: 1) == true)
        #expect(res2.isMet(value: 0.9) == false)
        let spoi1 = try #require(ERIndicatorCatalogue.indicator("spoi-ind-1"))
        #expect(spoi1.isMet(numerator: 199, denominator: 200) == false)
        #expect(spoi1.isMet(value: 100) == true)
        #expect(spoi1.isMet(value: 99.5) == false)
    }

    @Test func standardsWithoutValueAreNotJudged() throws {
        for id in ["spoi-ind-2", "spoi-ind-3", "res-ind-5", "pg-ind-1", "dca-ind-2"] {
            let indicator = try #require(ERIndicatorCatalogue.indicator(id))
            #expect(indicator.isMet(numerator: 1, denominator: 10) == nil, "\(id)")
            #expect(indicator.isMet(value: 0.1) == nil, "\(id)")
        }
        let gp2 = try #require(ERIndicatorCatalogue.indicator("gp-ind-2"))
        #expect(gp2.isMet(numerator: 4, denominator: 300) == true)
        #expect(gp2.isMet(numerator: 0, denominator: 0) == true)
        #expect(ERIndicatorStandard.maximumPercent(5).isMet(percent: 5) == true)
        #expect(ERIndicatorStandard.maximumPercent(5).isMet(percent: 5.1) == false)
    }

    @Test func labelsAreBilingual() {
        let labels: [LocalizedText] = ERIndicatorFamily.allCases.map(\.label)
            + ERIndicatorUseLevel.allCases.map(\.label) + ERIndicatorDataSource.allCases.map(\.label)
            + [ERIndicatorStandard.none, .unstated, .detectionSystemPresent, .minimumPercent(100), .maximumPercent(5)].map(\.label)
        #expect(labels.allSatisfy { !$0.italian.isEmpty && !$0.english.isEmpty })
        #expect(ERIndicatorStandard.minimumPercent(100).label.italian == "almeno 100%")
        #expect(ERIndicatorStandard.minimumPercent(100).label.english == "at least 100%")
    }

    @Test func familyTablesLieInTheirSections() {
        for family in ERIndicatorFamily.allCases {
            for type in family.structureTypes {
                let section = type.citation.lines
                #expect(section.contains(family.tableCitation.firstLine) && section.contains(family.tableCitation.lastLine))
            }
        }
    }
}

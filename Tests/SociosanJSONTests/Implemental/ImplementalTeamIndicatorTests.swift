import Foundation
import Testing
import Sociosan
import SociosanJSON
import SociosanTestResources

/// LI20-LI21, the operators of the EIs, against the test vector
/// `Fixtures/lombardy.implemental.team/seed-003-teams/` (Tools/make-implemental-fixtures): one
/// team file for each of the 18 ASSTs of Figure 10. The expected figures are counted again here
/// from the dossiers, and they are those seed 003 prints: 179 operators, a median of 9 per ASST
/// (L420-L421), 124 trained and active, 55 active without the training (L441-L444).
@Suite("ImpleMENTAL team indicators")
struct ImplementalTeamIndicatorTests {
    static let vector = repositoryRoot.appendingPathComponent("Fixtures/lombardy.implemental.team/seed-003-teams")

    static func teams() throws -> [ImplementalTeam] {
        let files = try FileManager.default.contentsOfDirectory(atPath: vector.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { name in
            try ImplementalTeam.decode(jsonText: String(contentsOf: vector.appendingPathComponent(name), encoding: .utf8))
        }
    }

    static func report(
        _ teams: [ImplementalTeam], records: [ImplementalActivityRecord] = [], grouping: ImplementalIndicatorCalculator.Grouping = .none,
        audit: Bool = false
    ) throws -> ImplementalIndicatorReport {
        var calculator = ImplementalIndicatorCalculator(grouping: grouping, audit: audit)
        for team in teams { try calculator.add(team: team) }
        for record in records { calculator.add(record) }
        return calculator.report()
    }

    static func team(_ asst: String, _ operators: [(profile: ImplementalProfile, trained: Bool, active: Bool)]) throws -> ImplementalTeam {
        let members = try operators.enumerated().map { index, member in
            ImplementalTeam.Operator(code: try StructureID("op-\(index + 1)"), profile: member.profile, trained: member.trained,
                                     active: member.active)
        }
        return ImplementalTeam(id: try StructureID("implemental-\(asst)"), asst: asst, dsmd: "DSMD", scope: .wholeTerritory,
                               teams: [.init(id: "ei-\(asst)-1", site: "CPS", coordinator: members.first?.code, operators: members)])
    }

    /// The vector is 18 valid team dossiers, one per ASST of Figure 10, without a warning.
    @Test func theVectorIsEighteenValidTeamFilesOnePerASST() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.vector.path).filter { $0.hasSuffix(".json") }
        #expect(names.count == 18)
        for name in names {
            var results: [DossierResult] = []
            try DossierValidator.validateFile(atPath: Self.vector.appendingPathComponent(name).path) { results.append($0) }
            #expect(results.count == 1 && results[0].findings.isEmpty, "\(name): \(results.flatMap(\.findings).map(\.ruleID))")
        }
        #expect(Set(try Self.teams().map(\.asst)) == Set(ImplementalASST.allCases.map(\.rawValue)))
    }

    /// "Nelle EI sono stati coinvolti 179 operatori, con una mediana di 9 operatori per ciascuna
    /// ASST" (L420-L421); "Ai 124 operatori formati ... si sono aggiunti 55 operatori che, pur non
    /// essendo stati inseriti nel processo formativo, si sono attivati" (L441-L444). By hand.
    @Test func theSeedsOperatorsCountedByHand() throws {
        let teams = try Self.teams()
        var active = 0, trainedActive = 0, untrainedActive = 0, trained = 0, trainedIdle = 0
        var perASST: [Int] = []
        var byProfile: [ImplementalProfile: Int] = [:]
        for team in teams {
            var here = 0
            for ei in team.teams {
                for member in ei.operators {
                    if member.trained { trained += 1 }
                    if member.trained && !member.active { trainedIdle += 1 }
                    guard member.active else { continue }
                    here += 1
                    active += 1
                    byProfile[member.profile, default: 0] += 1
                    if member.trained { trainedActive += 1 } else { untrainedActive += 1 }
                }
            }
            perASST.append(here)
        }
        perASST.sort()
        #expect(active == 179 && trainedActive == 124 && untrainedActive == 55)
        #expect(perASST.count == 18 && perASST[8] == 9 && perASST[9] == 9)
        let group = try Self.report(teams).groups[0]
        #expect(group.result("LI20a")?.numerator == active && group.result("LI20a")?.value == 179)
        #expect(group.result("LI20b")?.value == Double(perASST[8] + perASST[9]) / 2 && group.result("LI20b")?.denominator == 18)
        #expect(group.result("LI21a")?.numerator == trainedActive && group.result("LI21b")?.numerator == untrainedActive)
        let li21c = try #require(group.result("LI21c"))
        #expect(li21c.numerator == trainedIdle && li21c.denominator == trained)
        for line in ImplementalTeamIndicators.profileIndicators {
            #expect(group.result(line.id)?.numerator == byProfile[line.profile, default: 0], "\(line.id)")
        }
        // Figure 13: psychologists, TerP and physicians (psychiatrists among them) prevail over
        // nurses and social workers (L448-L452).
        let physicians = byProfile[.physician, default: 0] + byProfile[.psychiatrist, default: 0]
        for many in [byProfile[.psychologist, default: 0], byProfile[.terp, default: 0], physicians] {
            #expect(many > byProfile[.nurse, default: 0] && many > byProfile[.socialWorker, default: 0])
        }
        // The seed's figures, exact.
        #expect(group.result("LI20a")?.indicator.seedFigure.value == 179 && group.result("LI20b")?.indicator.seedFigure.value == 9)
        #expect(group.result("LI21a")?.indicator.seedFigure.value == 124 && group.result("LI21b")?.indicator.seedFigure.value == 55)
    }

    /// IM-14: an operator on a roster who does not take part counts in no LI20 line and not in
    /// LI21a-b, only in LI21c when trained. IM-15: the median over an even number of ASSTs is
    /// the mean of the two middle ones, not rounded; an ASST with no active operator counts 0.
    @Test func activeOperatorsCountAndTheMedianOfAnEvenNumberIsAHalf() throws {
        let a = try Self.team("lecco", [(.psychologist, true, true), (.terp, false, true), (.nurse, true, false), (.educator, false, false)])
        let b = try Self.team("brescia", [(.psychologist, true, true), (.physician, true, true), (.terp, true, true)])
        let group = try Self.report([a, b]).groups[0]
        #expect(group.result("LI20a")?.numerator == 5)
        #expect(group.result("LI20b")?.value == 2.5 && group.result("LI20b")?.denominator == 2)
        #expect(group.result("LI20g")?.numerator == 0, "the inactive nurse is not counted")
        #expect(group.result("LI21a")?.numerator == 4 && group.result("LI21b")?.numerator == 1)
        #expect(group.result("LI21c").map { "\($0.numerator ?? -1)/\($0.denominator ?? -1)" } == "1/5")
        let idle = try Self.team("garda", [(.nurse, true, false)])
        let three = try Self.report([a, b, idle]).groups[0]
        #expect(three.result("LI20b")?.value == 2, "median of 0, 2, 3")
        #expect(ImplementalTeamIndicators.catalogue.map(\.id) == ["LI20a", "LI20b"] + ImplementalTeamIndicators.profileIndicators.map(\.id)
            + ["LI21a", "LI21b", "LI21c"])
    }

    /// IM-17: a second file for one ASST would count its operators twice.
    @Test func aSecondFileForOneASSTIsRefused() throws {
        var calculator = ImplementalIndicatorCalculator()
        let first = try Self.team("lecco", [(.psychologist, true, true)])
        var second = first
        second.id = try StructureID("implemental-lecco-bis")
        try calculator.add(team: first)
        #expect(throws: ImplementalTeamInputError.asstTwice(asst: "lecco", first: first.id, second: second.id)) {
            try calculator.add(team: second)
        }
        #expect(calculator.teamFiles == 1)
        #expect(ImplementalTeamInputError.asstTwice(asst: "lecco", first: first.id, second: second.id).englishMessage.contains("counted twice"))
    }

    /// By ASST: every ASST of the team files has its group (with patients or not), the groups
    /// add up to the whole, and the median per ASST is the whole's only. By age band: no
    /// operator lines in the bands. Auditing names the operators as ASST/code.
    @Test func groupsSplitTheOperatorsByASSTAndEI() throws {
        let teams = try Self.teams()
        let records = try ImplementalIndicatorTests.records()
        let byASST = try Self.report(teams, records: records, grouping: .asst, audit: true)
        #expect(byASST.groups.count == 19)
        #expect(byASST.groups.dropFirst().map(\.key) == ImplementalASST.allCases.map(\.rawValue).sorted().map { Optional($0) })
        for id in ["LI20a", "LI20c", "LI21a", "LI21b", "LI21c"] {
            let parts = byASST.groups.dropFirst().compactMap { $0.result(id)?.numerator }.reduce(0, +)
            #expect(parts == byASST.groups[0].result(id)?.numerator, "\(id)")
        }
        #expect(byASST.groups.dropFirst().allSatisfy { $0.result("LI20b") == nil })
        let lecco = try #require(byASST.groups.first { $0.key == "lecco" })
        #expect(lecco.result("LI20a")?.numerator == 13 && lecco.patients == 34)
        let li21a = try #require(byASST.groups[0].result("LI21a"))
        var byHand: [String] = []
        for team in teams {
            for member in team.operators where member.trained && member.active { byHand.append(team.asst + "/" + member.code.rawValue) }
        }
        #expect(li21a.numeratorOperators == byHand.sorted() && li21a.numeratorPatients.isEmpty)

        let byEI = try Self.report(teams, grouping: .ei)
        #expect(byEI.groups.count == 1 + teams.reduce(0) { $0 + $1.teams.count })
        #expect(byEI.groups.dropFirst().compactMap { $0.result("LI20a")?.numerator }.reduce(0, +) == 179)

        let byBand = try Self.report(teams, records: records, grouping: .ageBand)
        #expect(byBand.groups[0].result("LI20a")?.numerator == 179)
        #expect(byBand.groups.dropFirst().allSatisfy { group in group.results.allSatisfy { !$0.indicator.fromTeams } })
    }

    /// Without team files LI20-LI21 are listed with the seed's figures; with them, they are
    /// computed and leave the list.
    @Test func withoutTeamFilesTheOperatorsAreListedAsNotComputed() throws {
        let teamIDs = Set(ImplementalTeamIndicators.catalogue.map(\.id))
        let without = try Self.report([], records: try ImplementalIndicatorTests.records())
        #expect(teamIDs.isSubset(of: Set(without.notFromRecords.map(\.id))))
        #expect(without.groups[0].results.allSatisfy { !$0.indicator.fromTeams })
        let with = try Self.report(try Self.teams())
        #expect(with.teamFiles == 18)
        #expect(with.notFromRecords.allSatisfy { !$0.isComputable })
        #expect(Set(with.groups[0].results.map(\.indicator.id)).isSuperset(of: teamIDs))
    }

    /// Each team indicator's cited lines say what it counts.
    @Test(.requiresSeeds) func theCitedLinesSayWhatIsCounted() throws {
        let words: [String: String] = [
            "LI20a": "179 operatori", "LI20b": "mediana di 9", "LI21a": "124", "LI21b": "55 operatori", "LI21c": "Più della metà",
            "LI20c": "Psicologi, TerP e Medici",
        ]
        for (id, text) in words {
            let indicator = try #require(ImplementalIndicatorCatalogue.indicator(id))
            let cited = try #require(TestResources.seedText(Seed.impleMentalLombardy.fileName, lines: indicator.citation.firstLine,
                                                            through: indicator.citation.lastLine))
            #expect(cited.contains(text), "\(id): L\(indicator.citation.firstLine)-L\(indicator.citation.lastLine)")
        }
        for line in ImplementalTeamIndicators.profileIndicators {
            #expect(ImplementalIndicatorCatalogue.indicator(line.id)?.citation.lines == 447...452)
        }
    }
}

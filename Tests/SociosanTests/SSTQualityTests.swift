import Testing
@testable import Sociosan
import SociosanTestResources

/// The SST quality profile of seed 001: the catalogue, the quadrant rule, the counts and the rules.
@Suite("SST quality profile (seed 001)")
struct SSTQualityTests {
    static let seed = Seed.territorialSocialServiceER

    /// A profile on the 1-5 scales with midpoint thresholds, judging `judgements`.
    static func profile(_ judgements: [SSTCriterionJudgement], plan: [SSTPlanItem] = [],
                        municipalities: [SSTMunicipality]? = nil, survey: SSTSurvey? = nil, socialWorkers: Rational? = nil) -> SSTQualityProfile {
        let comune = SSTMunicipality(name: "Minerbio", exercise: .direct, services: [
            SSTServiceGovernance(service: "segretariato sociale", area: .socialSecretariat, holder: .municipality, deliverer: .municipality),
        ])
        return SSTQualityProfile(
            id: try! StructureID("test-profile"), assessedOn: LocalDate(year: 2026, month: 3, day: 12)!, assessedBy: .udp,
            territory: SSTTerritory(district: "Pianura Est", province: .bologna, inhabitants: 10_000, socialWorkers: socialWorkers,
                                    municipalities: municipalities ?? [comune]),
            survey: survey,
            importance: SSTJudgementDimension(source: .nominalGroupTechnique, minimum: 1, maximum: 5, threshold: nil),
            implementation: SSTJudgementDimension(source: .udpQuestionnaire, minimum: 1, maximum: 5, threshold: nil),
            judgements: judgements, plan: plan)
    }

    static func judged(_ id: SSTCriterionID, _ importance: Int, _ implementation: Int, _ quadrant: SSTQuadrant) -> SSTCriterionJudgement {
        SSTCriterionJudgement(criterion: id, category: SSTQualityCriteria.criterion(id)!.category,
                              importance: importance, implementation: implementation, quadrant: quadrant)
    }

    static func fired(_ profile: SSTQualityProfile) -> [String] {
        SSTQualityProfile.declaration.ruleSet.evaluate(profile).map(\.ruleID.rawValue)
    }

    // MARK: The catalogue

    @Test func categoriesCount16Process5Output7Outcome() {
        #expect(SSTQualityCriteria.all.count == 28)
        #expect(SSTQualityCriteria.count(of: .process) == 16)
        #expect(SSTQualityCriteria.count(of: .output) == 5)
        #expect(SSTQualityCriteria.count(of: .outcome) == 7)
        #expect(SSTQualityCriteria.all.map(\.id) == SSTCriterionID.allCases)
        #expect(SSTQualityCriteria.all.allSatisfy { $0.scopeInferred }, "the seed assigns no scope (L371-L373)")
        for criterion in SSTQualityCriteria.all {
            let prefix: Character = switch criterion.category { case .process: "P"; case .output: "O"; case .outcome: "E" }
            #expect(criterion.id.rawValue.first == prefix)
            #expect(criterion.text.italian != criterion.text.english)
        }
    }

    /// Every criterion's Italian text is the seed's, verbatim, within its cited lines (the
    /// lines joined by one space), and the citations follow the slides in order.
    @Test(.requiresSeeds) func everyCriterionIsTheSeedTextAtItsLines() throws {
        let lines = TestResources.seedLines(Self.seed.fileName)
        try #require(lines.count >= 539)
        var previous = 0
        for criterion in SSTQualityCriteria.all {
            let cited = lines[(criterion.citation.firstLine - 1)...(criterion.citation.lastLine - 1)]
                .joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            #expect(cited.contains(criterion.text.italian), "\(criterion.id.rawValue): \"\(criterion.text.italian)\" is not at \(criterion.citation)")
            #expect(criterion.citation.firstLine > previous, "\(criterion.id.rawValue) is out of the seed's order")
            previous = criterion.citation.lastLine
        }
        let headings = ["Criteri di processo (1)", "Criteri di processo (2)", "Criteri di output", "Criteri di outcome"]
        for (line, heading) in zip([374, 392, 406, 415], headings) { #expect(lines[line - 1].contains(heading)) }
    }

    // MARK: Quadrants

    @Test(arguments: [
        (true, false, SSTQuadrant.invest), (true, true, .consolidate), (false, false, .check), (false, true, .maintain),
    ])
    func truthTable(importanceHigh: Bool, implementationHigh: Bool, quadrant: SSTQuadrant) {
        #expect(SSTQuadrant(importanceHigh: importanceHigh, implementationHigh: implementationHigh) == quadrant)
        #expect(quadrant.isImportanceHigh == importanceHigh && quadrant.isImplementationHigh == implementationHigh)
        // The same through scores on a 1-5 scale with the midpoint, 3.00.
        let profile = Self.profile([])
        let judgement = Self.judged(.p01, importanceHigh ? 450 : 150, implementationHigh ? 450 : 150, quadrant)
        #expect(profile.quadrant(of: judgement) == quadrant)
    }

    @Test func aScoreEqualToTheThresholdCountsAsHigh() {
        let dimension = SSTJudgementDimension(source: .nominalGroupTechnique, minimum: 1, maximum: 5, threshold: nil)
        #expect(dimension.effectiveThreshold == 300)
        #expect(dimension.isHigh(300) && !dimension.isHigh(299))
        let even = SSTJudgementDimension(source: .udpQuestionnaire, minimum: 0, maximum: 10, threshold: nil)
        #expect(even.effectiveThreshold == 500)
        let stated = SSTJudgementDimension(source: .udpQuestionnaire, minimum: 0, maximum: 10, threshold: 650)
        #expect(stated.isHigh(650) && !stated.isHigh(649))
        let profile = Self.profile([])
        #expect(profile.quadrant(of: Self.judged(.p01, 300, 300, .consolidate)) == .consolidate)
        #expect(profile.quadrant(of: Self.judged(.p01, 300, 299, .invest)) == .invest)
        #expect(profile.quadrant(of: Self.judged(.p01, 299, 300, .maintain)) == .maintain)
        #expect(profile.quadrant(of: Self.judged(.p01, 299, 299, .check)) == .check)
    }

    @Test func aStoredQuadrantThatTheScoresContradictIsRefusedNamingTheCriterion() throws {
        let profile = Self.profile([Self.judged(.e01, 480, 300, .invest)], plan: [
            SSTPlanItem(criterion: .e01, quadrant: .invest, horizon: .short, strategies: [.training], owner: "UDP", status: .planned),
        ])
        let findings = SSTQualityProfile.declaration.ruleSet.evaluate(profile)
        #expect(findings.map(\.ruleID.rawValue) == ["er.sst.quadrant.consistent", "er.sst.quadrant.consistent"])
        let first = try #require(findings.first)
        #expect(first.severity == .error)
        #expect(first.path.description == "/judgements/0/quadrant")
        #expect(first.message(in: .english)
            == "criterion E01: quadrant recorded Invest, but importance 4.8 (threshold 3) and implementation 3 (threshold 3) give Consolidate")
        #expect(first.message(in: .italian).hasPrefix("criterio E01: quadrante indicato Investire"))
        #expect(findings.last?.path.description == "/plan/0/quadrant")
    }

    // MARK: Counts

    @Test func surveyOf314Of348RoundsTo90Percent() {
        // 001 L57-L58: "314 comuni su 348" (90.2 %).
        #expect(SSTSurvey(municipalities: 348, responses: 314).responsePercent == 90)
        #expect(SSTSurvey(municipalities: 8, responses: 7).responsePercent == 88)  // 87.5 rounds up
        #expect(SSTSurvey(municipalities: 3, responses: 1).responsePercent == 33)
    }

    @Test func reportCountsEveryCriterionOnceByCategoryAndQuadrant() {
        let judgements = SSTQualityCriteria.all.enumerated().map { index, criterion in
            let importance = index % 2 == 0 ? 400 : 200, implementation = index % 3 == 0 ? 400 : 200
            return SSTCriterionJudgement(criterion: criterion.id, category: criterion.category, importance: importance,
                                         implementation: implementation,
                                         quadrant: SSTQuadrant(importanceHigh: importance >= 300, implementationHigh: implementation >= 300))
        }
        let report = SSTQualityReport(Self.profile(judgements))
        #expect(report.judgedPerCategory == [.process: 16, .output: 5, .outcome: 7])
        #expect(report.quadrantCounts.values.reduce(0, +) == 28)
        #expect(SSTCriterionCategory.allCases.map { category in SSTQuadrant.allCases.map { report.count(category, $0) }.reduce(0, +) } == [16, 5, 7])
        #expect(report.unjudged.isEmpty)
        #expect(report.actionFirst.allSatisfy { $0.quadrant == .invest })
        #expect(report.actionFirst.count == report.quadrantCounts[.invest])
    }

    // MARK: Rules

    @Test func investWithoutAnActivePlanItemIsAWarning() {
        let invest = Self.judged(.p02, 450, 200, .invest)
        #expect(Self.fired(Self.profile([invest])) == ["er.sst.plan.invest-needs-action"])
        let dropped = SSTPlanItem(criterion: .p02, quadrant: .invest, horizon: nil, strategies: [], owner: "UDP", status: .dropped)
        #expect(Self.fired(Self.profile([invest], plan: [dropped])) == ["er.sst.plan.invest-needs-action"])
        let planned = SSTPlanItem(criterion: .p02, quadrant: .invest, horizon: .short, strategies: [.support], owner: "UDP", status: .planned)
        #expect(Self.fired(Self.profile([invest], plan: [planned])).isEmpty)
        #expect(SSTQualityRules.investNeedsAction.descriptor.severity == .warning)
    }

    @Test func delegationExtentFollowsTheHolderOfEachService() {
        let kept = SSTServiceGovernance(service: "segretariato sociale", area: .socialSecretariat, holder: .municipality, deliverer: .municipality)
        let contracted = SSTServiceGovernance(service: "assistenza domiciliare", area: .elderly, holder: .municipality, deliverer: .thirdParty)
        let delegated = SSTServiceGovernance(service: "assistenza domiciliare", area: .elderly, holder: .leadMunicipality, deliverer: .thirdParty)
        func fires(_ mode: SSTExerciseMode, _ services: [SSTServiceGovernance]) -> Bool {
            Self.fired(Self.profile([], municipalities: [SSTMunicipality(name: "Galliera", exercise: mode, services: services)]))
                .contains("er.sst.delegation.extent")
        }
        // Delivery by a third party under the municipality is not delegation (L128-L131).
        #expect(!fires(.direct, [kept, contracted]))
        #expect(fires(.direct, [kept, delegated]))  // "anche un solo servizio" (L103-L104)
        #expect(!fires(.mixed, [kept, delegated]))
        #expect(fires(.mixed, [kept, contracted]))
        #expect(!fires(.delegated, [delegated]))
        #expect(fires(.delegated, [kept, delegated]))
        #expect(fires(.delegated, []))
    }

    @Test func surveyCountsStayWithinTheirTotals() {
        #expect(!Self.fired(Self.profile([], survey: SSTSurvey(municipalities: 1, responses: 1))).contains("er.sst.survey.n"))
        #expect(Self.fired(Self.profile([], survey: SSTSurvey(municipalities: 1, responses: 2))).contains("er.sst.survey.n"))
        #expect(Self.fired(Self.profile([], survey: SSTSurvey(municipalities: 2, responses: 1))).contains("er.sst.survey.n"))
    }

    @Test func socialWorkersBelowAbout1Per5000AreReportedForInformation() throws {
        // 10,000 inhabitants: 2 social workers are the regional mean (L231-L234), 1.5 are below it.
        #expect(Self.fired(Self.profile([], socialWorkers: Rational(2))).isEmpty)
        let findings = SSTQualityProfile.declaration.ruleSet.evaluate(Self.profile([], socialWorkers: Rational(3, 2)))
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.ruleID == "er.sst.socialworker.density" && finding.severity == .info)
        #expect(finding.message(in: .english) == "0.75 social workers per 5,000 inhabitants (1.5 for 10000), below the regional mean of about 1")
    }

    @Test func planItemsNeedAHorizonAndAStrategyUnlessDropped() {
        let judgement = Self.judged(.p10, 200, 400, .maintain)
        let item = SSTPlanItem(criterion: .p10, quadrant: .maintain, horizon: nil, strategies: [], owner: "UDP", status: .planned)
        #expect(Self.fired(Self.profile([judgement], plan: [item])) == ["er.sst.plan.horizon.known", "er.sst.plan.strategy.known"])
        var dropped = item
        dropped.status = .dropped
        #expect(Self.fired(Self.profile([judgement], plan: [dropped])).isEmpty)
    }

    @Test func categoryAndPlanCriterionAreChecked() {
        let wrong = SSTCriterionJudgement(criterion: .o01, category: .process, importance: 400, implementation: 400, quadrant: .consolidate)
        let item = SSTPlanItem(criterion: .e07, quadrant: .check, horizon: .short, strategies: [.pilot], owner: "UDP", status: .planned)
        let findings = SSTQualityProfile.declaration.ruleSet.evaluate(Self.profile([wrong], plan: [item]))
        #expect(findings.map(\.ruleID.rawValue) == ["er.sst.criterion.known", "er.sst.criterion.known"])
        #expect(findings.map { $0.message(in: .english) } == [
            "criterion O01: the category given is process, the catalogue says output",
            "criterion E07: is in the plan but the profile does not judge it",
        ])
    }

    @Test func comparisonFindsMovesAndPlanOutcomes() throws {
        let item = { (id: SSTCriterionID, status: SSTPlanStatus) in
            SSTPlanItem(criterion: id, quadrant: .invest, horizon: .short, strategies: [.training], owner: "UDP", status: status)
        }
        let old = Self.profile([Self.judged(.p02, 450, 200, .invest), Self.judged(.p03, 450, 200, .invest), Self.judged(.p04, 450, 200, .invest)],
                               plan: [item(.p02, .planned), item(.p03, .inProgress), item(.p04, .planned)])
        var new = Self.profile([Self.judged(.p02, 450, 350, .consolidate), Self.judged(.p03, 450, 200, .invest), Self.judged(.p04, 450, 200, .invest)],
                               plan: [item(.p02, .achieved), item(.p04, .inProgress), item(.p05, .planned)])
        let comparison = try SSTQualityComparison(old: old, new: new)
        #expect(comparison.moves == [SSTQualityComparison.Move(criterion: .p02, from: .invest, to: .consolidate)])
        #expect(comparison.plan.map(\.outcome) == [.achieved, .dropped, .open])
        #expect(comparison.added.map(\.criterion) == [.p05])
        new.territory.district = "Reno, Lavino e Samoggia"
        #expect(throws: SSTComparisonError.self) { _ = try SSTQualityComparison(old: old, new: new) }
    }

    // The rule citations point at the words they rest on.
    @Test(.requiresSeeds, arguments: [
        ("er.sst.criterion.known", "Criteri di processo"),
        ("er.sst.judgement.in-scale", "Relazione fra importanza e grado di attuazione"),
        ("er.sst.quadrant.consistent", "INVESTIRE CONSOLIDARE"),
        ("er.sst.plan.horizon.known", "BREVE termine"),
        ("er.sst.plan.strategy.known", "Strategie di tipo normativo"),
        ("er.sst.plan.invest-needs-action", "INVESTIRE"),
        ("er.sst.delegation.extent", "anche un solo"),
        ("er.sst.survey.n", "314 comuni"),
        ("er.sst.socialworker.density", "1/5000"),
    ])
    func citationsPointAtTheRightText(ruleID: String, keyword: String) throws {
        let rule = try TestResources.expectCitation(of: ruleID, mentions: keyword)
        #expect(rule.citation?.seed == Self.seed)
        #expect(rule.decision != nil, "\(ruleID): the seed is silent on the check, a decision must say so")
    }
}

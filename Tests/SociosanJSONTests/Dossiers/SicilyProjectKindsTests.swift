import Foundation
import Testing
@testable import Sociosan
@testable import SociosanJSON

/// The Sicilian project dossiers of seed 004 (§5.1.2, §6.1, §6.2, §6.3), with figures worked
/// out by hand from the seed.
@Suite("Sicilian project dossiers")
struct SicilyProjectKindsTests {
    static func load<Dossier: DeclaredDossier>(_ type: Dossier.Type, _ name: String) throws -> Dossier {
        let url = repositoryRoot.appendingPathComponent("Fixtures/\(Dossier.declaration.kind.rawValue)/valid/\(name)")
        return try Dossier.decode(jsonText: String(contentsOf: url, encoding: .utf8))
    }

    static func fired<Dossier: DeclaredDossier>(_ dossier: Dossier) -> [String] {
        Dossier.declaration.ruleSet.evaluate(dossier).map(\.ruleID.rawValue)
    }

    @Test func theFourKindsAreRegisteredOnce() {
        let kinds = DeclaredKinds.all.map { $0.kindInfo.kind.rawValue }
        for kind in ["sicily.disability.independent-living-project", "sicily.psychiatry.psrp",
                     "sicily.psychiatry.work-inclusion", "sicily.psychiatry.health-budget-pti"] {
            #expect(kinds.filter { $0 == kind }.count == 1, "\(kind)")
            #expect(DossierCatalogue.kinds.contains { $0.kind.rawValue == kind })
            #expect(DossierSchemas.text(for: DossierKind(rawValue: kind))?.contains("pseudonymous") == true)
        }
    }

    @Test func monthsAreCalendarMonths() {
        let january31 = LocalDate(year: 2024, month: 1, day: 31)!
        #expect(SicilyProject.adding(months: 1, to: january31) == LocalDate(year: 2024, month: 2, day: 29)!)
        #expect(SicilyProject.adding(months: 12, to: january31) == LocalDate(year: 2025, month: 1, day: 31)!)
        #expect(SicilyProject.adding(months: 13, to: LocalDate(year: 2023, month: 12, day: 15)!) == LocalDate(year: 2025, month: 1, day: 15)!)
    }

    // MARK: §5.1.2 Independent living

    /// "persone adulte (18-64 anni)" (L831): 64 is in, 65 and 17 are out.
    @Test func independentLivingAges() throws {
        var plan = try Self.load(SicilyIndependentLivingProject.self, "vi-pa-d42-2024-017.json")
        #expect(Self.fired(plan).isEmpty)
        for (age, fails) in [(17, true), (18, false), (64, false), (65, true)] {
            plan.ageAtStart = age
            #expect(Self.fired(plan) == (fails ? ["sicily.independent-living.age.adult"] : []), "age \(age)")
        }
        plan.ageAtStart = 65
        let finding = try #require(SicilyIndependentLivingProject.declaration.ruleSet.evaluate(plan).first)
        #expect(finding.message(in: .english) == "the person is 65 when the plan starts: the plan is for people aged 18-64")
        #expect(finding.message(in: .italian) == "la persona ha 65 anni all'avvio del piano: il piano è per persone di 18-64 anni")
        #expect(finding.path.description == "/ageAtStart")
        #expect(finding.citation?.lineReference == "L831")
    }

    /// The Palermo plan: 10,400 + 2,000 + 2,400 + 3,600 = 18,400 euro; a total of 18,000 is off by 400.
    @Test func independentLivingBudgetAddsUp() throws {
        var plan = try Self.load(SicilyIndependentLivingProject.self, "vi-pa-d42-2024-017.json")
        #expect(plan.budget.totalEuroCents == 1_840_000)
        plan.budget.totalEuroCents = 1_800_000
        let finding = try #require(SicilyIndependentLivingProject.declaration.ruleSet.evaluate(plan).first)
        #expect(finding.ruleID == "sicily.independent-living.budget.items-total")
        #expect(finding.message(in: .english) == "the budget items add up to 18400 euro, the stated total is 18000 euro")
    }

    /// The pact dated after the start, or missing, and an assistant chosen by the person
    /// without a dated training, are each found.
    @Test func independentLivingAttestations() throws {
        var plan = try Self.load(SicilyIndependentLivingProject.self, "vi-pa-d42-2024-017.json")
        plan.socialPactOn = LocalDate(year: 2024, month: 4, day: 2)
        #expect(Self.fired(plan) == ["sicily.independent-living.social-pact"])
        plan.socialPactOn = nil
        plan.personalAssistant?.trainingAttestedOn = nil
        #expect(Self.fired(plan) == ["sicily.independent-living.social-pact", "sicily.independent-living.personal-assistant.trained"])
        plan.personalAssistant?.chosenByPerson = false
        #expect(Self.fired(plan) == ["sicily.independent-living.social-pact"])
    }

    // MARK: §6.1 PSRP

    /// Drawn up on 2024-05-20 for 12 months: the programme ends on 2025-05-20; a review on
    /// 2025-05-21 falls outside it, one on 2025-05-20 inside.
    @Test func psrpReviewsFallWithinTheProgramme() throws {
        var psrp = try Self.load(SicilyPSRP.self, "psrp-pa-casa-aurora-2024-03.json")
        #expect(psrp.programmeEnd == LocalDate(year: 2025, month: 5, day: 20)!)
        psrp.reviews[3].on = LocalDate(year: 2025, month: 5, day: 20)!
        #expect(Self.fired(psrp).isEmpty)
        psrp.reviews[3].on = LocalDate(year: 2025, month: 5, day: 21)!
        let finding = try #require(SicilyPSRP.declaration.ruleSet.evaluate(psrp).first)
        #expect(finding.ruleID == "sicily.psrp.reviews.within-programme")
        #expect(finding.path.description == "/reviews/3/on")
        #expect(finding.message(in: .english) == "the review of 2025-05-21 falls outside the programme (2024-05-20 - 2025-05-20)")
        psrp.reviews = []
        #expect(Self.fired(psrp) == ["sicily.psrp.reviews.dated"])
    }

    /// ICD-10 chapter F, as L1031-L1035 ask: an ICD-9 code (295.3) or another chapter (G30.1) is not.
    @Test func psrpDiagnosisIsICD10ChapterF() {
        for code in ["F20", "F20.0", "F60.31"] { #expect(SicilyPSRPRules.isICD10MentalCode(code), "\(code)") }
        for code in ["295.3", "G30.1", "F2", "F20.", "F20.0000", "f20.0"] { #expect(!SicilyPSRPRules.isICD10MentalCode(code), "\(code)") }
    }

    /// The three holders (L1011-L1012): a PSRP without the DSM case manager names the missing holder.
    @Test func psrpIsHeldByThree() throws {
        var psrp = try Self.load(SicilyPSRP.self, "psrp-pa-casa-aurora-2024-03.json")
        psrp.coSignedBy.remove(.dsmCaseManager)
        let findings = SicilyPSRP.declaration.ruleSet.evaluate(psrp)
        #expect(findings.map(\.ruleID.rawValue) == ["sicily.psrp.co-signed"])
        #expect(findings.first?.message(in: .italian) == "il PSRP non è cointestato da: case manager del DSM")
    }

    // MARK: §6.2 Work inclusion

    /// Each device offers its own forms (L1251-L1276): a work grant is a type-B form, not IPS.
    @Test func workInclusionFormsBelongToTheirDevice() throws {
        var project = try Self.load(SicilyWorkInclusionProject.self, "wi-pa-d42-2024-ips-019.json")
        #expect(Self.fired(project).isEmpty)
        project.measures[0].form = .workGrant
        let finding = try #require(SicilyWorkInclusionProject.declaration.ruleSet.evaluate(project).first)
        #expect(finding.ruleID == "sicily.work-inclusion.measures.device-form")
        #expect(finding.message(in: .english)
            == "measure ricerca-lavoro (IPS supported employment) has the form work-grant: the device offers competitive-job")
        project.measures[0].device = .typeBCooperative
        project.measures[1].supportOperator = nil
        // The second measure is still IPS and has lost its operator of reference.
        #expect(Self.fired(project) == ["sicily.work-inclusion.ips.continuing-support"])
    }

    /// A SIL measure goes through the person's own district's SIL (L1276-L1277).
    @Test func workInclusionSILIsTheDistrictOne() throws {
        var project = try Self.load(SicilyWorkInclusionProject.self, "wi-ag-d1-2024-sil-003.json")
        #expect(Self.fired(project).isEmpty)
        project.silDistrict = "Distretto socio-sanitario D2 Canicattì"
        #expect(Self.fired(project) == ["sicily.work-inclusion.sil.district"])
        project.measures.removeAll { $0.device == .sil }
        #expect(Self.fired(project).isEmpty)
    }

    // MARK: §6.3 Health budget and PTI

    /// The budget is annual (L1405), so reviews come at most 12 months apart (decision HB-3).
    /// Palermo PTI of 2024-05-06, reviewed on 2024-11-06: the next is due by 2025-11-06.
    @Test func ptiReviewsAreAtMostAYearApart() throws {
        var pti = try Self.load(SicilyHealthBudgetPTI.self, "pti-pa-2024-0412.json")
        #expect(Self.fired(pti).isEmpty)
        pti.reviews[1].on = LocalDate(year: 2025, month: 11, day: 6)!
        #expect(Self.fired(pti).isEmpty)
        pti.reviews[1].on = LocalDate(year: 2025, month: 11, day: 7)!
        let finding = try #require(SicilyHealthBudgetPTI.declaration.ruleSet.evaluate(pti).first)
        #expect(finding.ruleID == "sicily.health-budget-pti.reviews.interval")
        #expect(finding.path.description == "/reviews/1/on")
        #expect(finding.message(in: .english) == "the review of 2025-11-07 is later than 2025-11-06, 12 months after the date before it")
        // The first review counts from the PTI's own date: drawn up on 2024-03-01, a first
        // review on 2025-03-02 is a day late, on 2025-03-01 in time.
        pti.drawnUpOn = LocalDate(year: 2024, month: 3, day: 1)!
        pti.reviews = [SicilyProjectReview(on: LocalDate(year: 2025, month: 3, day: 2)!)]
        #expect(SicilyHealthBudgetPTIRules.lateReviews(pti).map(\.due) == [LocalDate(year: 2025, month: 3, day: 1)!])
        pti.reviews = [SicilyProjectReview(on: LocalDate(year: 2025, month: 3, day: 1)!)]
        #expect(SicilyHealthBudgetPTIRules.lateReviews(pti).isEmpty)
    }

    /// 9,000 + 6,500 + 1,200 = 16,700 euro over 2024-06-01 to 2025-05-31, the longest annual budget.
    @Test func ptiBudgetIsAnnualAndAddsUp() throws {
        var pti = try Self.load(SicilyHealthBudgetPTI.self, "pti-pa-2024-0412.json")
        #expect(pti.budget.totalEuroCents == 1_670_000)
        pti.budget.to = LocalDate(year: 2025, month: 6, day: 1)!
        let finding = try #require(SicilyHealthBudgetPTI.declaration.ruleSet.evaluate(pti).first)
        #expect(finding.ruleID == "sicily.health-budget-pti.budget.annual")
        #expect(finding.message(in: .english) == "the budget runs from 2024-06-01 to 2025-06-01: an annual budget ends on 2025-05-31 at the latest")
        pti.budget.to = LocalDate(year: 2025, month: 5, day: 31)!
        pti.budget.parts.removeAll { $0.part == .socioAssistanceComponent }
        #expect(Self.fired(pti) == ["sicily.health-budget-pti.budget.health-and-social", "sicily.health-budget-pti.budget.parts-total"])
    }

    /// ICD-9 as §6.3 asks (L1423); the same diagnosis in ICD-10 is a warning, not an error (HB-2).
    @Test func ptiDiagnosisInICD10IsAWarning() throws {
        var pti = try Self.load(SicilyHealthBudgetPTI.self, "pti-pa-2024-0412.json")
        pti.diagnosis.system = .icd10
        pti.diagnosis.code = "F20.0"
        let findings = SicilyHealthBudgetPTI.declaration.ruleSet.evaluate(pti)
        #expect(findings.map(\.ruleID.rawValue) == ["sicily.health-budget-pti.diagnosis.icd9"])
        #expect(findings.first?.severity == .warning)
    }
}

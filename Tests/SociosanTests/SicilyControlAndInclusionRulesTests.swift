import Testing
@testable import Sociosan
import SociosanTestResources

/// Seed 004 §7.10 (control visits) and §8 (internships): hand-computed vectors from the seed's
/// text, and every rule's citation held against the lines it cites.
@Suite("Sicily control visits and internships (seed 004 §7.10, §8)")
struct SicilyControlAndInclusionRulesTests {
    static func date(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }
    static func id(_ text: String) -> StructureID { try! StructureID(text) }

    /// A complete, valid project: 12 months, the service in charge neither promoter nor host.
    static func project() -> SicilyInternship {
        SicilyInternship(
            id: Self.id("tir-test-1"), convention: .init(reference: "Conv. 1/2025", signedOn: date("2025-01-10")), template: "Modello regionale",
            internshipType: .training, intern: .init(code: Self.id("tir-test-1-p"), takenInChargeBy: [.socialService]),
            host: .init(name: "Officina Rossi s.n.c.", sector: .company, atecoCode: "45.20.10"),
            promoter: .init(name: "Cooperativa sociale Il Ponte"),
            serviceInCharge: .init(name: "Comune di Enna, Servizio sociale", actsAs: .distinct),
            hostTutor: .init(code: Self.id("tut-1")), promoterContact: .init(code: Self.id("ref-1")), cpIstatCode: "6.2.3.1.1", mainSite: "Enna",
            insurance: [.init(cover: .workAccidents, reference: "INAIL PAT 1")],
            period: .init(start: date("2025-02-01"), end: date("2026-01-31")),
            inclusionCompetences: ["autonomia negli spostamenti"], professionalCompetences: ["manutenzione di base"],
            activities: ["affiancamento in officina"], objectives: ["routine lavorativa"],
            rightsAndDuties: Set(SicilyInternship.RightsAndDutiesParty.allCases), activationReason: "Bisogni del tirocinante",
            signatures: SicilyInternship.Party.allCases.map { .init(party: $0, signedOn: date("2025-01-20")) })
    }

    static func fired(_ project: SicilyInternship) -> [String] {
        SicilyInternship.declaration.ruleSet.evaluate(project).map { $0.ruleID.rawValue }
    }

    @Test(arguments: [
        ("2025-01-01", "2026-12-31", 24), ("2025-01-01", "2027-01-31", 25), ("2025-01-15", "2027-01-14", 24),
        ("2025-01-15", "2027-01-15", 25), ("2025-03-01", "2026-02-28", 12), ("2025-03-31", "2025-04-30", 1),
    ])
    func monthsAreCountedAMonthBegunAsWhole(start: String, end: String, months: Int) {
        #expect(SicilyInternshipRules.months(from: Self.date(start), to: Self.date(end)) == months)
    }

    @Test func theBaseProjectIsValid() {
        #expect(Self.fired(Self.project()) == [])
    }

    /// L3423, L3427-L3428: 25 months are allowed only with the certification of necessity.
    @Test func twentyFiveMonthsNeedTheCertification() {
        var project = Self.project()
        project.period = .init(start: Self.date("2025-01-01"), end: Self.date("2027-01-31"))
        #expect(SicilyInternshipRules.totalMonths(project) == 25)
        #expect(Self.fired(project) == ["sicily.inclusion.internship.duration.max-24-months"])
        // The 25th month begins on 2027-01-01: a certification of that day or earlier is enough.
        #expect(SicilyInternshipRules.certificationNeededFrom(project) == Self.date("2027-01-01"))
        project.necessityCertification = .init(issuedBy: "Comune di Enna", issuedOn: Self.date("2027-01-01"), reference: "prot. 1")
        #expect(Self.fired(project) == [])
        project.necessityCertification?.issuedOn = Self.date("2027-01-02")
        #expect(Self.fired(project) == ["sicily.inclusion.internship.duration.certified-before"])
        // Exactly 24 months need nothing.
        project.necessityCertification = nil
        project.period.end = Self.date("2026-12-31")
        #expect(Self.fired(project) == [])
    }

    @Test func earlierInternshipsCountAndAnExtensionAlwaysNeedsTheCertification() {
        var project = Self.project()
        project.earlierMonths = 12   // 12 + 12 = 24: still within
        #expect(Self.fired(project) == [])
        project.earlierMonths = 13
        #expect(Self.fired(project) == ["sicily.inclusion.internship.duration.max-24-months"])
        project.earlierMonths = 6
        project.continuation = .extension
        #expect(Self.fired(project) == ["sicily.inclusion.internship.duration.continuation-certified"])
        project.necessityCertification = .init(issuedBy: "Comune di Enna", issuedOn: Self.date("2025-02-01"), reference: "prot. 2")
        #expect(Self.fired(project) == [])
    }

    @Test func aProjectWithoutTheHostTutorOrASignatureIsRefused() {
        var project = Self.project()
        project.hostTutor = nil
        let findings = SicilyInternship.declaration.ruleSet.evaluate(project)
        #expect(findings.map(\.ruleID.rawValue) == ["sicily.inclusion.internship.registry.host-tutor"])
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings.first?.message(in: .english) == "the project does not state the tutor appointed by the host")
        #expect(findings.first?.message(in: .italian) == "il progetto non indica il tutor individuato dal soggetto ospitante")

        for party in SicilyInternship.Party.allCases {
            var unsigned = Self.project()
            unsigned.signatures.removeAll { $0.party == party }
            let found = SicilyInternship.declaration.ruleSet.evaluate(unsigned)
            #expect(found.map(\.ruleID.rawValue) == ["sicily.inclusion.internship.signatures.required"], "\(party)")
            #expect(found.first?.message(in: .english) == "the signature of \(party.label.english) is missing")
        }
        // The service in charge that is also the promoter signs as the promoter (L3432-L3434).
        var promoterIsService = Self.project()
        promoterIsService.serviceInCharge.actsAs = .promoter
        promoterIsService.signatures.removeAll { $0.party == .serviceInCharge }
        #expect(Self.fired(promoterIsService) == [])
    }

    @Test func codesThatRevealAPersonAreRefused() {
        #expect(SicilyProtectedMembers.looksLikeTaxCode("RSSMRA08A41G273X"))
        #expect(SicilyProtectedMembers.looksLikeTaxCode("rssmra08a41g27qx"))   // omocodia
        #expect(!SicilyProtectedMembers.looksLikeTaxCode("tir-pa-2025-014-p"))
        #expect(SicilyProtectedMembers.carriesDate("tut-1971-05-02"))
        #expect(SicilyProtectedMembers.carriesDate("minore-14032009"))
        #expect(!SicilyProtectedMembers.carriesDate("tir-pa-2025-014"))
        var project = Self.project()
        project.intern.code = Self.id("rssmra08a41g273x")
        let findings = SicilyInternship.declaration.ruleSet.evaluate(project)
        #expect(findings.map(\.ruleID.rawValue) == ["sicily.inclusion.internship.registry.pseudonymous-code"])
        #expect(findings.first?.message(in: .italian) == "il codice rssmra08a41g273x ha la forma di il codice fiscale: usare un codice pseudonimo")
    }

    @Test func atecoAndCPIstatCodes() {
        for code in ["47", "47.1", "47.11", "47.11.1", "47.11.10", "01.13"] { #expect(SicilyInternshipRules.isATECOCode(code), "\(code)") }
        for code in ["4", "471", "47.111", "47..1", "ab.12", "47.11.10.1"] { #expect(!SicilyInternshipRules.isATECOCode(code), "\(code)") }
        for code in ["5", "5.1", "5.1.2.2.0", "6.5.1.1.2"] { #expect(SicilyInternshipRules.isCPIstatCode(code), "\(code)") }
        for code in ["0.1", "51", "5.12", "5.1.2.2.0.1", ""] { #expect(!SicilyInternshipRules.isCPIstatCode(code), "\(code)") }
    }

    // MARK: Control visits

    static func visit(_ id: StructureID, structure: StructureID, on day: String, management: SicilyControlVisit.VisitedStructure.ComuneManagement = .none,
                      inspectors: [SicilyControlVisit.Inspector] = [.init(code: Self.id("isp-1"), body: .asp)]) -> SicilyControlVisit {
        SicilyControlVisit(
            id: id, visitedOn: date(day),
            structure: .init(id: structure, kind: "sicily.minors.apartment", setting: .residential, comuneManagement: management),
            asp: .enna, visitType: .ordinary, inspectors: inspectors,
            checks: [.init(requirement: "Igiene dei locali", result: .met)], outcome: .compliant)
    }

    /// The seed sets no interval (L3402-L3409): the caller gives one. 2025-09-18 to 2026-06-30
    /// is 12 + 31 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 = 285 days.
    @Test func aVisitIsOverdueAtNDaysAndNotAtNPlusOne() throws {
        let visits = [
            Self.visit(Self.id("v-1"), structure: Self.id("ga-en-1"), on: "2025-09-18"),
            Self.visit(Self.id("v-2"), structure: Self.id("ga-en-2"), on: "2025-03-01"),
            Self.visit(Self.id("v-3"), structure: Self.id("ga-en-2"), on: "2026-04-10"),
            Self.visit(Self.id("v-4"), structure: Self.id("ga-en-2"), on: "2026-07-15"),   // after the reference date: not counted
        ]
        let day = Self.date("2026-06-30")
        let at284 = SicilyControlSchedule.entries(visits: visits, intervalDays: 284, on: day)
        let at285 = SicilyControlSchedule.entries(visits: visits, intervalDays: 285, on: day)
        #expect(at284.map(\.structureID.rawValue) == ["ga-en-1", "ga-en-2"])
        #expect(at284[0].daysSinceLastVisit == 285 && at284[0].isOverdue)
        #expect(!at285[0].isOverdue)
        // 2026-04-10 to 2026-06-30: 20 + 31 + 30 = 81 days, from the latest visit not after the day.
        #expect(at284[1].lastVisitID?.rawValue == "v-3" && at284[1].daysSinceLastVisit == 81 && !at284[1].isOverdue)
        #expect(SicilyControlSchedule.entries(visits: visits, intervalDays: 80, on: day)[1].isOverdue)
        // A structure known from its dossier and never visited is overdue whatever the interval.
        let never = SicilyControlSchedule.entries(
            visits: visits, structures: [.init(id: Self.id("cmb-en-1"), kind: "sicily.minors.mother-child")], intervalDays: 10_000, on: day)
        let entry = try #require(never.first { $0.structureID.rawValue == "cmb-en-1" })
        #expect(entry.isOverdue && entry.lastVisit == nil && entry.structureKind == "sicily.minors.mother-child")
        #expect(SicilyControlSchedule.seedSetsNoInterval.english.contains("sets no interval"))
    }

    @Test func theComuneStaffJoinTheComunesStructures() {
        let asp = SicilyControlVisit.Inspector(code: Self.id("isp-1"), body: .asp)
        let comune = SicilyControlVisit.Inspector(code: Self.id("isp-2"), body: .comune)
        func fired(_ management: SicilyControlVisit.VisitedStructure.ComuneManagement, _ inspectors: [SicilyControlVisit.Inspector]) -> [String] {
            SicilyControlVisit.declaration.ruleSet.evaluate(Self.visit(Self.id("v"), structure: Self.id("s"), on: "2026-01-10", management: management, inspectors: inspectors))
                .map(\.ruleID.rawValue)
        }
        #expect(fired(.none, [asp]) == [])
        #expect(fired(.direct, [asp]) == ["sicily.minors.control-visit.controller.comune-staff"])
        #expect(fired(.indirect, [asp]) == ["sicily.minors.control-visit.controller.comune-staff"])
        #expect(fired(.indirect, [asp, comune]) == [])
        #expect(fired(.direct, [comune]) == ["sicily.minors.control-visit.controller.asp-staff"])
    }

    // MARK: Citations

    /// A phrase of the seed per rule, found in the lines the rule cites.
    static let keywords: [String: String] = [
        "sicily.minors.control-visit.scope.minors-structure": "minore",
        "sicily.minors.control-visit.controller.asp-sicilian": "Aziende Sanitarie Provinciali",
        "sicily.minors.control-visit.controller.asp-staff": "proprio personale",
        "sicily.minors.control-visit.controller.comune-staff": "gestione diretta e non dei Comuni",
        "sicily.minors.control-visit.checks.hygiene-health": "requisiti igienico-sanitari",
        "sicily.minors.control-visit.outcome.consistent": "verifica dei requisiti",
        "sicily.minors.control-visit.people.pseudonymous-code": "personale",
        "sicily.inclusion.internship.activation.convention": "convenzione",
        "sicily.inclusion.internship.activation.template": "modelli predefiniti",
        "sicily.inclusion.internship.eligibility.taken-in-charge": "presa in carico",
        "sicily.inclusion.internship.registry.pseudonymous-code": "dati identificativi del tirocinante",
        "sicily.inclusion.internship.registry.host-tutor": "tutor individuato dal soggetto ospitante",
        "sicily.inclusion.internship.registry.promoter-contact": "referente nominato",
        "sicily.inclusion.internship.description.ateco": "ATECO",
        "sicily.inclusion.internship.description.ateco-format": "codici di classificazione ATECO",
        "sicily.inclusion.internship.description.cp-istat": "CP ISTAT",
        "sicily.inclusion.internship.description.cp-istat-format": "codici di classificazione CP ISTAT",
        "sicily.inclusion.internship.description.main-site": "sede prevalente",
        "sicily.inclusion.internship.description.insurance": "assicurazioni",
        "sicily.inclusion.internship.description.period": "periodo",
        "sicily.inclusion.internship.duration.max-24-months": "superiore a 24 mesi",
        "sicily.inclusion.internship.duration.continuation-certified": "prorogato o ripetuto",
        "sicily.inclusion.internship.duration.certified-before": "solo in seguito",
        "sicily.inclusion.internship.content.inclusion-competences": "competenze da acquisire",
        "sicily.inclusion.internship.content.professional-competences": "trasversali",
        "sicily.inclusion.internship.content.activities": "attività da affidare",
        "sicily.inclusion.internship.content.objectives": "obiettivi e modalità",
        "sicily.inclusion.internship.content.rights-and-duties": "diritti e doveri",
        "sicily.inclusion.internship.content.activation-reason": "motivata la ragione",
        "sicily.inclusion.internship.implementation.not-disability-convention": "68/99",
        "sicily.inclusion.internship.allowance.payer": "di norma",
        "sicily.inclusion.internship.signatures.required": "sottoscrivere",
    ]

    @Test(.requiresSeeds) func everyRuleCitesLinesThatSayWhatItChecks() throws {
        let rules = SicilyControlVisit.declaration.ruleSet.descriptors + SicilyInternship.declaration.ruleSet.descriptors
        #expect(Set(rules.map(\.id.rawValue)) == Set(Self.keywords.keys), "every rule has a keyword and every keyword a rule")
        for rule in rules {
            #expect(rule.citation?.seed == .structuresSicily)
            let keyword = try #require(Self.keywords[rule.id.rawValue])
            try TestResources.expectCitation(of: rule, mentions: keyword, ignoringCase: true)
            #expect(rule.title.italian != rule.title.english && !rule.message.italian.isEmpty && !rule.message.english.isEmpty)
        }
    }
}

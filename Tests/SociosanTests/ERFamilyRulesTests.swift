import Testing
@testable import Sociosan

// The family rules of cod. 56 (psychogeriatric, DCA) and general psychiatry (40.3), run on
// the family subject alone: each compliant subject has no finding, each mutation fires exactly
// the rule it breaks.

typealias PGSubject = ERFamilySubject<PsychogeriatricSection>
typealias DCASubject = ERFamilySubject<EatingDisorderSection>
typealias GPSubject = ERFamilySubject<GeneralPsychiatrySection>

func validPsychogeriatricSubject(beds: Int = 20) -> PGSubject {
    ERFamilySubject(
        type: .psychogeriatricRehab, beds: beds,
        staff: [
            .init(role: .geriatrician, units: StaffUnits(whole: 2), coverage: .daytime),
            .init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock),
            .init(role: .nurse, units: StaffUnits(whole: 8), coverage: .roundTheClock),
        ],
        section: PsychogeriatricSection(
            evaluationArea: [ERAreaSpace(id: "amb-1", squareMetres: SquareMetres(whole: 18)),
                             ERAreaSpace(id: "amb-2", squareMetres: SquareMetres(whole: 18))],
            rehabilitationArea: [ERAreaSpace(id: "palestra", squareMetres: SquareMetres(hundredths: 3600))],
            team: PsychogeriatricRules.minimumTeam.map { ERTeamMember($0) },
            available: [.socialWorker, .psychologist]),
        sectionPath: "/psychogeriatric")
}

func validDCASubject(beds: Int = 20) -> DCASubject {
    ERFamilySubject(
        type: .eatingDisorderRehab, beds: beds,
        staff: [
            .init(role: .psychiatrist, units: StaffUnits(whole: 2), coverage: .daytime),
            .init(role: .physician, units: StaffUnits(whole: 1), coverage: .onCall),
        ],
        section: EatingDisorderSection(
            modules: [.init(id: "psiconutrizionale", kind: .psychoNutritional, beds: beds)],
            clinicRooms: (1...3).map { ERAreaSpace(id: "studio-\($0)", squareMetres: SquareMetres(whole: 12)) },
            gym: ERAreaSpace(id: "palestra", squareMetres: SquareMetres(whole: 36)),
            team: [ERTeamMember(.psychiatrist), ERTeamMember(.psychologist), ERTeamMember(.dietitian),
                   ERTeamMember(.internist, eatingDisorderTraining: true)],
            available: [.socialSecretariat]),
        sectionPath: "/eatingDisorder")
}

func validGPSubject() -> GPSubject {
    ERFamilySubject(
        type: .generalPsychiatry, beds: 15,
        rooms: [.init(id: "1", beds: 1)] + (2...8).map { .init(id: "\($0)", beds: 2) },
        staff: [
            .init(role: .psychiatrist, units: StaffUnits(whole: 4), coverage: .daytime),
            .init(role: .psychiatrist, units: StaffUnits(whole: 1), coverage: .onCall),
            .init(role: .psychologist, units: StaffUnits(hundredths: 50), coverage: .programmed),
        ],
        section: GeneralPsychiatrySection(authorisedBeds: 40, staffingAgreedOn: LocalDate(year: 2024, month: 3, day: 1)),
        sectionPath: "/generalPsychiatry")
}

struct FamilyMutation<Section: Sendable & Hashable>: CustomTestStringConvertible, Sendable {
    let expected: String
    let change: @Sendable (inout ERFamilySubject<Section>) -> Void
    var testDescription: String { expected }

    init(_ expected: String, _ change: @escaping @Sendable (inout ERFamilySubject<Section>) -> Void) {
        self.expected = expected
        self.change = change
    }
}

let psychogeriatricMutations: [FamilyMutation<PsychogeriatricSection>] = [
    FamilyMutation("er.psychogeriatric-rehab.beds.reference-module") { $0.beds = 24 },
    FamilyMutation("er.psychogeriatric-rehab.areas.evaluation") { $0.section.evaluationArea[1].squareMetres = SquareMetres(hundredths: 1799) },
    FamilyMutation("er.psychogeriatric-rehab.areas.evaluation-inside") { $0.section.evaluationArea[0].insideStructure = false },
    FamilyMutation("er.psychogeriatric-rehab.areas.rehabilitation") { $0.section.rehabilitationArea = [] },
    // the same room counted in both areas.
    FamilyMutation("er.psychogeriatric-rehab.areas.distinct") {
        $0.section.rehabilitationArea.append(ERAreaSpace(id: "amb-1", squareMetres: SquareMetres(whole: 18)))
    },
    FamilyMutation("er.psychogeriatric-rehab.team.doctors") { $0.section.team.removeAll { $0.figure == .neurologist } },
    FamilyMutation("er.psychogeriatric-rehab.team.members") { $0.section.team.removeAll { $0.figure == .oss } },
    FamilyMutation("er.psychogeriatric-rehab.team.available") { $0.section.available = [.socialWorker] },
    FamilyMutation("er.psychogeriatric-rehab.staff.physician-daytime") { $0.staff[0].coverage = .onCall },
    FamilyMutation("er.psychogeriatric-rehab.staff.medical-cover-other-hours") { $0.staff.remove(at: 1) },
]

let dcaMutations: [FamilyMutation<EatingDisorderSection>] = [
    FamilyMutation("er.eating-disorder-rehab.modules.present") { $0.section.modules = [] },
    FamilyMutation("er.eating-disorder-rehab.modules.max-beds") {
        $0.beds = 21
        $0.section.modules = [.init(id: "unico", kind: .psychoNutritional, beds: 21)]
        $0.section.clinicRooms.append(ERAreaSpace(id: "studio-4", squareMetres: SquareMetres(whole: 12)))
    },
    FamilyMutation("er.eating-disorder-rehab.modules.bed-total") { $0.section.modules[0].beds = 18 },
    FamilyMutation("er.eating-disorder-rehab.areas.clinic-rooms") { $0.section.clinicRooms.removeLast() },
    FamilyMutation("er.eating-disorder-rehab.areas.clinic-rooms-inside") { $0.section.clinicRooms[2].insideStructure = false },
    FamilyMutation("er.eating-disorder-rehab.areas.gym") { $0.section.gym?.squareMetres = SquareMetres(hundredths: 3599) },
    FamilyMutation("er.eating-disorder-rehab.team.psycho-nutritional") { $0.section.team.removeAll { $0.figure == .dietitian } },
    FamilyMutation("er.eating-disorder-rehab.team.nutritional") {
        $0.section.modules = [.init(id: "nutrizionale", kind: .nutritional, beds: 20)]
        $0.section.team = [ERTeamMember(.psychiatrist), ERTeamMember(.psychologist), ERTeamMember(.dietologist)]
    },
    FamilyMutation("er.eating-disorder-rehab.team.social-support") { $0.section.available = [] },
    FamilyMutation("er.eating-disorder-rehab.staff.psychiatrist-daytime") { $0.staff[0].coverage = .onCall },
    FamilyMutation("er.eating-disorder-rehab.staff.medical-cover-other-hours") { $0.staff.remove(at: 1) },
]

let generalPsychiatryMutations: [FamilyMutation<GeneralPsychiatrySection>] = [
    FamilyMutation("er.general-psychiatry.sdo-code") { $0.section.sdoCode = "40.2" },
    FamilyMutation("er.general-psychiatry.beds.authorised-portion") { $0.section.authorisedBeds = 14 },
    FamilyMutation("er.general-psychiatry.beds.outside-regional-commission") { $0.section.regionallyCommissioned = true },
    FamilyMutation("er.general-psychiatry.rooms.single-room") { $0.rooms[0].beds = 2; $0.rooms.removeLast() },
    FamilyMutation("er.general-psychiatry.staff.psychiatrist-24h") { $0.staff.remove(at: 0) },
    FamilyMutation("er.general-psychiatry.staff.psychologist") { $0.staff.remove(at: 2) },
    FamilyMutation("er.general-psychiatry.staff.company-agreement") { $0.section.staffingAgreedOn = nil },
]

func fired<Section>(_ rules: RuleSet<ERFamilySubject<Section>>, _ subject: ERFamilySubject<Section>) -> Set<String> {
    Set(rules.evaluate(subject).map(\.ruleID.rawValue))
}

@Suite("ER family rules: psychogeriatric, DCA, general psychiatry")
struct ERFamilyRulesTests {
    @Test(arguments: [8, 15, 20])
    func compliantSubjectsHaveNoFinding(beds: Int) {
        #expect(fired(PsychogeriatricRules.ruleSet, validPsychogeriatricSubject(beds: beds)).isEmpty)
        #expect(fired(EatingDisorderRules.ruleSet, validDCASubject(beds: beds)).isEmpty)
        #expect(fired(GeneralPsychiatryRules.ruleSet, validGPSubject()).isEmpty)
    }

    @Test(arguments: psychogeriatricMutations)
    func psychogeriatricRuleFiresAlone(_ mutation: FamilyMutation<PsychogeriatricSection>) {
        var subject = validPsychogeriatricSubject()
        mutation.change(&subject)
        #expect(fired(PsychogeriatricRules.ruleSet, subject) == [mutation.expected])
    }

    @Test(arguments: dcaMutations)
    func dcaRuleFiresAlone(_ mutation: FamilyMutation<EatingDisorderSection>) {
        var subject = validDCASubject()
        mutation.change(&subject)
        #expect(fired(EatingDisorderRules.ruleSet, subject) == [mutation.expected])
    }

    @Test(arguments: generalPsychiatryMutations)
    func generalPsychiatryRuleFiresAlone(_ mutation: FamilyMutation<GeneralPsychiatrySection>) {
        var subject = validGPSubject()
        mutation.change(&subject)
        #expect(fired(GeneralPsychiatryRules.ruleSet, subject) == [mutation.expected])
    }

    @Test func everyFamilyRuleHasAMutation() {
        let covered = Set(psychogeriatricMutations.map(\.expected) + dcaMutations.map(\.expected) + generalPsychiatryMutations.map(\.expected))
        let all = Set((PsychogeriatricRules.ruleSet.descriptors + EatingDisorderRules.ruleSet.descriptors
                       + GeneralPsychiatryRules.ruleSet.descriptors).map(\.id.rawValue))
        #expect(all.subtracting(covered).isEmpty, "rules without a test: \(all.subtracting(covered).sorted())")
    }

    @Test func ruleIDsCarryTheTypePrefixAndCiteTheTypeSection() {
        let families: [(ERPsychiatricStructureType, [RuleDescriptor])] = [
            (.psychogeriatricRehab, PsychogeriatricRules.ruleSet.descriptors),
            (.eatingDisorderRehab, EatingDisorderRules.ruleSet.descriptors),
            (.generalPsychiatry, GeneralPsychiatryRules.ruleSet.descriptors),
        ]
        for (type, descriptors) in families {
            for descriptor in descriptors {
                #expect(descriptor.id.rawValue.hasPrefix(type.ruleIDPrefix + "."))
                #expect(descriptor.kinds == [type.kind])
                let lines = descriptor.citation!.lines
                #expect(type.citation.lines.contains(lines.lowerBound) && type.citation.lines.contains(lines.upperBound),
                        "\(descriptor.id.rawValue) cites \(lines) outside \(type.citation.lines)")
            }
        }
    }

    // psychiatrist AND (neurologist and/or physiatrist) AND (geriatrician or internist).
    @Test func psychogeriatricDoctorsParse() {
        var subject = validPsychogeriatricSubject()
        subject.section.team = [.psychiatrist, .physiatrist, .internist, .nurse, .physiotherapist, .psychiatricRehabTechnician, .oss].map { ERTeamMember($0) }
        #expect(fired(PsychogeriatricRules.ruleSet, subject).isEmpty, "physiatrist and internist fill the 'e/o' and '/' slots")
        subject.section.team.removeAll { $0.figure == .psychiatrist }
        let findings = PsychogeriatricRules.ruleSet.evaluate(subject)
        #expect(findings.map(\.ruleID.rawValue) == ["er.psychogeriatric-rehab.team.doctors"])
        #expect(findings.first?.arguments == [.localized(LocalizedText(it: "medico psichiatra", en: "psychiatrist"))])
        subject.section.team = [.psychiatrist, .neurologist, .physiatrist, .nurse, .physiotherapist, .psychiatricRehabTechnician, .oss].map { ERTeamMember($0) }
        #expect(fired(PsychogeriatricRules.ruleSet, subject) == ["er.psychogeriatric-rehab.team.doctors"], "no geriatrician or internist")
    }

    // the social worker and the psychologist need only be available; in the team also counts.
    @Test func availableFiguresMayBeInTheTeam() {
        var subject = validPsychogeriatricSubject()
        subject.section.available = []
        subject.section.team += [ERTeamMember(.socialWorker), ERTeamMember(.psychologist)]
        #expect(fired(PsychogeriatricRules.ruleSet, subject).isEmpty)
    }

    // distinct spaces are fine even when both areas are exactly 36 m²; overlap fires
    // even though each total is met.
    @Test func psychogeriatricAreasMayNotOverlap() {
        var subject = validPsychogeriatricSubject()
        subject.section.rehabilitationArea = [ERAreaSpace(id: "amb-1", squareMetres: SquareMetres(whole: 18)),
                                              ERAreaSpace(id: "amb-2", squareMetres: SquareMetres(whole: 18))]
        let findings = PsychogeriatricRules.ruleSet.evaluate(subject)
        #expect(findings.map(\.ruleID.rawValue) == ["er.psychogeriatric-rehab.areas.distinct", "er.psychogeriatric-rehab.areas.distinct"])
        #expect(findings.map(\.path.description) == ["/psychogeriatric/rehabilitationArea/0/id", "/psychogeriatric/rehabilitationArea/1/id"])
    }

    // 36 m² stays a floor with more beds (only the info rule notes the larger unit).
    @Test func psychogeriatricAreasAreFloorsAtAnySize() {
        #expect(fired(PsychogeriatricRules.ruleSet, validPsychogeriatricSubject(beds: 40)) == ["er.psychogeriatric-rehab.beds.reference-module"])
        let info = PsychogeriatricRules.ruleSet.evaluate(validPsychogeriatricSubject(beds: 40))
        #expect(info.allSatisfy { $0.severity == .info })
    }

    // 3 clinic rooms per 20 beds, proportional beyond, rounded up, floor 3.
    @Test(arguments: [(1, 3), (10, 3), (20, 3), (21, 4), (27, 5), (30, 5), (40, 6), (47, 8)])
    func clinicRoomsPerTwentyBeds(beds: Int, rooms: Int) {
        #expect(EatingDisorderRules.requiredClinicRooms(beds: beds) == rooms)
    }

    // a unit of 35 beds in two modules of at most 20 is fine.
    @Test func dcaUnitMayAssembleModules() {
        var subject = validDCASubject(beds: 35)
        subject.section.modules = [.init(id: "a", kind: .psychoNutritional, beds: 20), .init(id: "b", kind: .nutritional, beds: 15)]
        subject.section.clinicRooms += (4...6).map { ERAreaSpace(id: "studio-\($0)", squareMetres: SquareMetres(whole: 12)) }
        #expect(fired(EatingDisorderRules.ruleSet, subject).isEmpty)
        subject.section.clinicRooms.removeLast()
        #expect(fired(EatingDisorderRules.ruleSet, subject) == ["er.eating-disorder-rehab.areas.clinic-rooms"])
    }

    // the nutritional team has no dietitian; the trained internist/dietologist is needed in both.
    @Test func dcaTeamsPerModuleKind() {
        var subject = validDCASubject()
        subject.section.modules = [.init(id: "n", kind: .nutritional, beds: 20)]
        subject.section.team.removeAll { $0.figure == .dietitian }
        #expect(fired(EatingDisorderRules.ruleSet, subject).isEmpty)
        subject.section.team = subject.section.team.map { $0.figure == .internist ? ERTeamMember(.internist) : $0 }
        #expect(fired(EatingDisorderRules.ruleSet, subject) == ["er.eating-disorder-rehab.team.nutritional"], "untrained internist")
        #expect(DCAModuleKind(rawValue: "nutritional")?.label.italian.contains("abilitazione") == true)
        #expect(EatingDisorderRules.team(for: .psychoNutritional).contains(ERTeamSlot([.dietitian])))
        #expect(!EatingDisorderRules.team(for: .nutritional).contains(ERTeamSlot([.dietitian])))
    }

    // the DCA gym may be shared; a missing gym is reported as 0 m².
    @Test func missingGymMeasuresZero() {
        var subject = validDCASubject()
        subject.section.gym = nil
        let findings = EatingDisorderRules.ruleSet.evaluate(subject)
        #expect(findings.map(\.ruleID.rawValue) == ["er.eating-disorder-rehab.areas.gym"])
        #expect(findings.first?.arguments == [.fixed(0, scale: 2), .fixed(3600, scale: 2)])
    }

    // General psychiatry, L2468-L2470: on-call alone does not meet presence over 24 h; 24 h does.
    @Test func generalPsychiatryPsychiatristCover() {
        var subject = validGPSubject()
        subject.staff[0].coverage = .onCall
        #expect(fired(GeneralPsychiatryRules.ruleSet, subject) == ["er.general-psychiatry.staff.psychiatrist-24h"])
        subject.staff = [.init(role: .psychiatrist, units: StaffUnits(whole: 5), coverage: .roundTheClock),
                         .init(role: .psychologist, units: StaffUnits(whole: 1), coverage: .programmed)]
        #expect(fired(GeneralPsychiatryRules.ruleSet, subject).isEmpty)
        subject.staff[0] = .init(role: .psychiatrist, units: StaffUnits(whole: 5), coverage: .daytime)
        subject.staff.append(.init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock))
        #expect(fired(GeneralPsychiatryRules.ruleSet, subject) == ["er.general-psychiatry.staff.psychiatrist-24h"], "a general guard is not psychiatric")
    }

    // no staffing ratio, whatever the beds: a unit with one psychologist and two
    // psychiatrists passes at 15 and at 60 beds; the calculator standard has no requirement.
    @Test func generalPsychiatryHasNoRatio() {
        var subject = validGPSubject()
        subject.beds = 60
        subject.section.authorisedBeds = 60
        #expect(fired(GeneralPsychiatryRules.ruleSet, subject).isEmpty)
        #expect(ERStaffingStandards.generalPsychiatry.requirements.isEmpty)
    }

    @Test func squareMetresArithmetic() {
        let total = [ERAreaSpace(id: "a", squareMetres: SquareMetres(hundredths: 1750)),
                     ERAreaSpace(id: "b", squareMetres: SquareMetres(hundredths: 1850))].totalArea
        #expect(total == SquareMetres(whole: 36))
        #expect(total.description == "36 m²")
        #expect(SquareMetres(hundredths: 3650).argument.text(in: .italian) == "36,5")
        #expect(SquareMetres(hundredths: 3650).argument.text(in: .english) == "36.5")
        #expect(SquareMetres(whole: 36) - SquareMetres(hundredths: 1) < SquareMetres(whole: 36))
    }

    @Test func liftedRulesSkipOtherSubjects() {
        let lifted: Rule<PGSubject?> = PsychogeriatricRules.teamDoctors.lifted { $0 }
        var reporter = FindingReporter()
        lifted.check(nil, &reporter)
        #expect(reporter.diagnostics.isEmpty)
        #expect(lifted.id == PsychogeriatricRules.teamDoctors.id)
    }
}

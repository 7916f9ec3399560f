import Testing
@testable import Sociosan

// The rules of the cod. 56 units (psychogeriatric, DCA) and of general psychiatry (40.3) on
// ERStructureDossier: compliant dossiers have no finding, each mutation fires exactly the rule
// it breaks, and the decisions ..A-39, A-43 hold. The fixtures under
// Fixtures/er.psychiatry.{psychogeriatric-rehab,eating-disorder-rehab,general}/ cover every rule
// through the JSON layer as well.

private func structure(
    _ type: ERPsychiatricStructureType, beds: Int, rooms: [ERRoom], staff: [ERStaffMember],
    psychogeriatric: PsychogeriatricSection? = nil, eatingDisorder: EatingDisorderSection? = nil,
    generalPsychiatry: GeneralPsychiatrySection? = nil
) -> ERStructureDossier {
    ERStructureDossier(
        type: type.row, id: try! StructureID("test-\(type.rawValue)"), name: "Struttura di prova",
        managingOperator: ERStructureOperator(name: "Azienda USL di Bologna", ownership: .public),
        province: .bologna, healthAuthority: "Azienda USL di Bologna", disciplineCode: type.disciplineCode,
        buildingPermitDate: LocalDate(year: 2012, month: 5, day: 3),
        accreditation: ERAccreditation(grantedOn: LocalDate(year: 2014, month: 1, day: 1)),
        beds: beds, rooms: rooms, staff: staff,
        access: ERStructureAccess(channels: [], admissionKinds: [.programmed], accessProtocol: true, informationTransferProtocol: true),
        attestations: Attestations(ERRequirementCatalogue.requirements(for: type).map(\.code)),
        sections: StructureSections([psychogeriatric as (any StructureSection)?, eatingDisorder, generalPsychiatry].compactMap { $0 }))
}

private func doubles(_ beds: Int, singles: Int = 0) -> [ERRoom] {
    (0..<singles).map { ERRoom(id: "s\($0)", beds: 1) } + (0..<((beds - singles) / 2)).map { ERRoom(id: "d\($0)", beds: 2) }
        + ((beds - singles) % 2 == 1 ? [ERRoom(id: "extra", beds: 1)] : [])
}

private func line(_ role: StaffRole, _ hours: Int, _ coverage: Coverage) -> ERStaffMember {
    ERStaffMember(role: role, hoursPerWeek: Rational(hours), coverage: coverage)
}

func validPsychogeriatric(beds: Int = 20) -> ERStructureDossier {
    let operators = max(336, (336 * beds + 19) / 20)
    return structure(
        .psychogeriatricRehab, beds: beds, rooms: doubles(beds),
        staff: [line(.geriatrician, 38, .daytime), line(.neurologist, 20, .daytime), line(.guardPhysician, 168, .roundTheClock),
                line(.nurse, operators, .roundTheClock)],
        psychogeriatric: PsychogeriatricSection(
            evaluationArea: [ERAreaSpace(id: "amb-1", squareMetres: SquareMetres(whole: 18)),
                             ERAreaSpace(id: "amb-2", squareMetres: SquareMetres(whole: 18))],
            rehabilitationArea: [ERAreaSpace(id: "palestra", squareMetres: SquareMetres(hundredths: 3600))],
            team: PsychogeriatricRules.minimumTeam.map { ERTeamMember($0) },
            available: [.socialWorker, .psychologist], externalLaboratory: true))
}

func validDCA(beds: Int = 20) -> ERStructureDossier {
    let operators = max(336, (336 * beds + 19) / 20)
    return structure(
        .eatingDisorderRehab, beds: beds, rooms: doubles(beds),
        staff: [line(.psychiatrist, 54, .daytime), line(.physician, 38, .onCall), line(.ota, operators, .roundTheClock)],
        eatingDisorder: EatingDisorderSection(
            modules: [.init(id: "psiconutrizionale", kind: .psychoNutritional, beds: beds)],
            clinicRooms: (1...EatingDisorderRules.requiredClinicRooms(beds: beds)).map {
                ERAreaSpace(id: "studio-\($0)", squareMetres: SquareMetres(whole: 12))
            },
            gym: ERAreaSpace(id: "palestra", squareMetres: SquareMetres(whole: 36)),
            team: [ERTeamMember(.psychiatrist), ERTeamMember(.psychologist), ERTeamMember(.dietitian),
                   ERTeamMember(.internist, eatingDisorderTraining: true)],
            available: [.socialSecretariat], externalLaboratory: true, treatsSevereObesity: true))
}

func validGeneralPsychiatry(beds: Int = 16) -> ERStructureDossier {
    structure(
        .generalPsychiatry, beds: beds, rooms: doubles(beds, singles: 2),
        staff: [line(.psychiatrist, 114, .daytime), line(.psychiatrist, 38, .onCall), line(.nurse, 216, .roundTheClock),
                line(.oss, 180, .roundTheClock), line(.psychologist, 18, .programmed)],
        generalPsychiatry: GeneralPsychiatrySection(authorisedBeds: max(40, beds), staffingAgreedOn: LocalDate(year: 2024, month: 3, day: 1)))
}

struct StructureMutation: CustomTestStringConvertible, Sendable {
    let expected: String
    let change: @Sendable (inout ERStructureDossier) -> Void
    var testDescription: String { expected }

    init(_ expected: String, _ change: @escaping @Sendable (inout ERStructureDossier) -> Void) {
        self.expected = expected
        self.change = change
    }
}

let psychogeriatricMutations: [StructureMutation] = [
    StructureMutation("er.psychogeriatric-rehab.areas.evaluation") { $0.psychogeriatric!.evaluationArea[1].squareMetres = SquareMetres(hundredths: 1799) },
    StructureMutation("er.psychogeriatric-rehab.areas.evaluation-inside") { $0.psychogeriatric!.evaluationArea[0].insideStructure = false },
    StructureMutation("er.psychogeriatric-rehab.areas.rehabilitation") { $0.psychogeriatric!.rehabilitationArea = [] },
    StructureMutation("er.psychogeriatric-rehab.areas.distinct") {
        $0.psychogeriatric!.rehabilitationArea.append(ERAreaSpace(id: "amb-1", squareMetres: SquareMetres(whole: 18)))
    },
    StructureMutation("er.psychogeriatric-rehab.team.doctors") { $0.psychogeriatric!.team.removeAll { $0.figure == .neurologist } },
    StructureMutation("er.psychogeriatric-rehab.team.members") { $0.psychogeriatric!.team.removeAll { $0.figure == .oss } },
    StructureMutation("er.psychogeriatric-rehab.team.available") { $0.psychogeriatric!.available = [.socialWorker] },
    StructureMutation("er.psychogeriatric-rehab.staff.physician-daytime") {
        $0.staff[0].coverage = .onCall
        $0.staff[1].coverage = .onCall
    },
    StructureMutation("er.psychogeriatric-rehab.staff.medical-cover-other-hours") { $0.staff.remove(at: 2) },
    StructureMutation("er.psychogeriatric-rehab.staff.physician-daytime-hours") { $0.staff[1].hoursPerWeek = Rational(15) },
    StructureMutation("er.psychogeriatric-rehab.staff.nurses-or-ota-24h") { $0.staff[3].coverage = .daytime },
    StructureMutation("er.psychogeriatric-rehab.staff.nurses-or-ota-minimum") { $0.beds = 30; $0.rooms = doubles(30) },
    // The lab agreements bind only when the lab is external (L1627-L1628).
    StructureMutation("er.psychogeriatric-rehab.services.external-lab-agreements") { $0.attestations.remove("external-lab-agreements") },
]

let dcaMutations: [StructureMutation] = [
    StructureMutation("er.eating-disorder-rehab.modules.present") { $0.eatingDisorder!.modules = [] },
    StructureMutation("er.eating-disorder-rehab.modules.max-beds") {
        $0 = validDCA(beds: 21)
        $0.eatingDisorder!.modules = [.init(id: "unico", kind: .psychoNutritional, beds: 21)]
    },
    StructureMutation("er.eating-disorder-rehab.modules.bed-total") { $0.eatingDisorder!.modules[0].beds = 18 },
    StructureMutation("er.eating-disorder-rehab.areas.clinic-rooms") { $0.eatingDisorder!.clinicRooms.removeLast() },
    StructureMutation("er.eating-disorder-rehab.areas.clinic-rooms-inside") { $0.eatingDisorder!.clinicRooms[2].insideStructure = false },
    StructureMutation("er.eating-disorder-rehab.areas.gym") { $0.eatingDisorder!.gym?.squareMetres = SquareMetres(hundredths: 3599) },
    StructureMutation("er.eating-disorder-rehab.team.psycho-nutritional") { $0.eatingDisorder!.team.removeAll { $0.figure == .dietitian } },
    StructureMutation("er.eating-disorder-rehab.team.nutritional") {
        $0.eatingDisorder!.modules = [.init(id: "nutrizionale", kind: .nutritional, beds: 20)]
        $0.eatingDisorder!.team = [ERTeamMember(.psychiatrist), ERTeamMember(.psychologist), ERTeamMember(.dietologist)]
    },
    StructureMutation("er.eating-disorder-rehab.team.social-support") { $0.eatingDisorder!.available = [] },
    StructureMutation("er.eating-disorder-rehab.staff.psychiatrist-daytime") { $0.staff[0].coverage = .onCall },
    StructureMutation("er.eating-disorder-rehab.staff.medical-cover-other-hours") { $0.staff.remove(at: 1) },
    StructureMutation("er.eating-disorder-rehab.staff.psychiatrist-daytime-hours") { $0.staff[0].hoursPerWeek = Rational(107, 2) },
    StructureMutation("er.eating-disorder-rehab.equipment.bariatric-beds") { $0.attestations.remove("bariatric-beds") },
]

let generalPsychiatryMutations: [StructureMutation] = [
    StructureMutation("er.general-psychiatry.identity.discipline-code") { $0.disciplineCode = "40" },
    StructureMutation("er.general-psychiatry.beds.authorised-portion") { $0.generalPsychiatry!.authorisedBeds = 15 },
    StructureMutation("er.general-psychiatry.beds.outside-regional-commission") { $0.generalPsychiatry!.regionallyCommissioned = true },
    StructureMutation("er.general-psychiatry.rooms.single-room") { $0.rooms = doubles(16) },
    StructureMutation("er.general-psychiatry.staff.psychiatrist-24h") { $0.staff.remove(at: 0) },
    StructureMutation("er.general-psychiatry.staff.psychologist") { $0.staff.remove(at: 4) },
    StructureMutation("er.general-psychiatry.staff.company-agreement") { $0.generalPsychiatry!.staffingAgreedOn = nil },
    StructureMutation("er.general-psychiatry.staff.nurse-24h") { $0.staff[2].coverage = .daytime },
    StructureMutation("er.general-psychiatry.staff.support-worker-24h") { $0.staff[3].coverage = .onCall },
    StructureMutation("er.general-psychiatry.staff.transitional-qualification") { $0.staff[3].role = .ota },
]

private func fired(_ dossier: ERStructureDossier) -> Set<String> {
    Set(ERStructureRules.ruleSet(of: dossier.type).evaluate(dossier).map(\.ruleID.rawValue))
}

@Suite("ER structure families: psychogeriatric, DCA, general psychiatry")
struct ERFamilyRulesTests {
    @Test(arguments: [8, 15, 20, 27, 40])
    func compliantDossiersHaveNoFinding(beds: Int) {
        #expect(fired(validPsychogeriatric(beds: beds)).isEmpty)
        var dca = validDCA(beds: beds)
        if beds > 20 {  // modules of at most 20 beds
            dca.eatingDisorder!.modules = [.init(id: "a", kind: .psychoNutritional, beds: 20),
                                           .init(id: "b", kind: .nutritional, beds: beds - 20)]
        }
        #expect(fired(dca).isEmpty)
        #expect(fired(validGeneralPsychiatry(beds: beds)).isEmpty)
    }

    @Test(arguments: psychogeriatricMutations)
    func psychogeriatricRuleFiresAlone(_ mutation: StructureMutation) {
        var dossier = validPsychogeriatric()
        mutation.change(&dossier)
        #expect(fired(dossier) == [mutation.expected])
    }

    @Test(arguments: dcaMutations)
    func dcaRuleFiresAlone(_ mutation: StructureMutation) {
        var dossier = validDCA()
        mutation.change(&dossier)
        #expect(fired(dossier) == [mutation.expected])
    }

    @Test(arguments: generalPsychiatryMutations)
    func generalPsychiatryRuleFiresAlone(_ mutation: StructureMutation) {
        var dossier = validGeneralPsychiatry()
        mutation.change(&dossier)
        #expect(fired(dossier) == [mutation.expected])
    }

    @Test func familyRulesAreRegisteredAndCiteTheirSection() {
        let families: [(ERPsychiatricStructureType, [Rule<ERStructureDossier>])] = [
            (.psychogeriatricRehab, PsychogeriatricRules.familyRules),
            (.eatingDisorderRehab, EatingDisorderRules.familyRules),
            (.generalPsychiatry, GeneralPsychiatryRules.familyRules),
        ]
        for (type, rules) in families {
            #expect(ERStructureRules.types.contains(type))
            let registered = Set(ERStructureRules.ruleSet(for: type).descriptors.map(\.id))
            for rule in rules {
                #expect(registered.contains(rule.id))
                #expect(rule.id.rawValue.hasPrefix(type.ruleIDPrefix + "."))
                #expect(rule.descriptor.kinds == [type.kind])
                let lines = rule.descriptor.citation!.lines
                #expect(type.citation.lines.contains(lines.lowerBound) && type.citation.lines.contains(lines.upperBound),
                        "\(rule.id.rawValue) cites \(lines) outside \(type.citation.lines)")
            }
            let ids = ERStructureRules.ruleSet(for: type).descriptors.map(\.id)
            #expect(Set(ids).count == ids.count, "duplicate rule ids in \(type)")
        }
    }

    @Test func familyRulesIgnoreOtherTypes() {
        // The psychogeriatric rules on a DCA dossier: the type guard skips them.
        #expect(RuleSet(kind: .psychogeriatricRehab, rules: PsychogeriatricRules.familyRules).evaluate(validDCA()).isEmpty)
        // A psychogeriatric dossier without its section was refused by the decoder; the family
        // rules add nothing to that, not even on an empty roster.
        var sectionless = validPsychogeriatric()
        sectionless.psychogeriatric = nil
        sectionless.staff = []
        #expect(RuleSet(kind: .psychogeriatricRehab, rules: PsychogeriatricRules.familyRules).evaluate(sectionless).isEmpty)
        sectionless.psychogeriatric = validPsychogeriatric().psychogeriatric
        #expect(!RuleSet(kind: .psychogeriatricRehab, rules: PsychogeriatricRules.familyRules).evaluate(sectionless).isEmpty)
    }

    // psychiatrist AND (neurologist and/or physiatrist) AND (geriatrician or internist).
    @Test func psychogeriatricDoctorsParse() {
        var dossier = validPsychogeriatric()
        dossier.psychogeriatric!.team = [.psychiatrist, .physiatrist, .internist, .nurse, .physiotherapist, .psychiatricRehabTechnician, .oss].map { ERTeamMember($0) }
        #expect(fired(dossier).isEmpty, "physiatrist and internist fill the 'e/o' and '/' slots")
        dossier.psychogeriatric!.team.removeAll { $0.figure == .psychiatrist }
        let findings = ERStructureRules.ruleSet(for: .psychogeriatricRehab).evaluate(dossier)
        #expect(findings.map(\.ruleID.rawValue) == ["er.psychogeriatric-rehab.team.doctors"])
        #expect(findings.first?.arguments == [.localized(LocalizedText(it: "medico psichiatra", en: "psychiatrist"))])
        #expect(findings.first?.path.description == "/psychogeriatric/team")
        dossier.psychogeriatric!.team = [.psychiatrist, .neurologist, .physiatrist, .nurse, .physiotherapist, .psychiatricRehabTechnician, .oss].map { ERTeamMember($0) }
        #expect(fired(dossier) == ["er.psychogeriatric-rehab.team.doctors"], "no geriatrician or internist")
    }

    // social worker and psychologist need only be available; in the team also counts.
    @Test func availableFiguresMayBeInTheTeam() {
        var dossier = validPsychogeriatric()
        dossier.psychogeriatric!.available = []
        dossier.psychogeriatric!.team += [ERTeamMember(.socialWorker), ERTeamMember(.psychologist)]
        #expect(fired(dossier).isEmpty)
    }

    // a space counted in both areas fires even though each total is met.
    @Test func psychogeriatricAreasMayNotOverlap() {
        var dossier = validPsychogeriatric()
        dossier.psychogeriatric!.rehabilitationArea = dossier.psychogeriatric!.evaluationArea
        let findings = ERStructureRules.ruleSet(for: .psychogeriatricRehab).evaluate(dossier)
        #expect(findings.map(\.ruleID.rawValue) == ["er.psychogeriatric-rehab.areas.distinct", "er.psychogeriatric-rehab.areas.distinct"])
        #expect(findings.map(\.path.description) == ["/psychogeriatric/rehabilitationArea/0/id", "/psychogeriatric/rehabilitationArea/1/id"])
    }

    // the 36 m² areas stay floors at 40 beds; the operators grow in proportion.
    @Test func psychogeriatricScalesOnlyTheOperators() {
        var dossier = validPsychogeriatric(beds: 40)
        #expect(fired(dossier).isEmpty)
        dossier.staff[3].hoursPerWeek = Rational(671)  // 2 x 40/20 posts = 4 x 168 = 672 h
        #expect(fired(dossier) == ["er.psychogeriatric-rehab.staff.nurses-or-ota-minimum"])
    }

    // nurses and OTA count together; 2 OTA and no nurse meet the minimum; OSS do not count.
    @Test func otaCountAsSafetyOperators() {
        var dossier = validPsychogeriatric()
        dossier.staff[3].role = .ota
        #expect(fired(dossier).isEmpty)
        dossier.staff[3].role = .oss
        #expect(fired(dossier) == ["er.psychogeriatric-rehab.staff.nurses-or-ota-minimum", "er.psychogeriatric-rehab.staff.nurses-or-ota-24h"])
    }

    // 3 clinic rooms per 20 beds, proportional beyond, rounded up, floor 3.
    @Test(arguments: [(1, 3), (10, 3), (20, 3), (21, 4), (27, 5), (30, 5), (40, 6), (47, 8)])
    func clinicRoomsPerTwentyBeds(beds: Int, rooms: Int) {
        #expect(EatingDisorderRules.requiredClinicRooms(beds: beds) == rooms)
    }

    // the nutritional team has no dietitian; the trained internist/dietologist is needed in both.
    @Test func dcaTeamsPerModuleKind() {
        var dossier = validDCA()
        dossier.eatingDisorder!.modules = [.init(id: "n", kind: .nutritional, beds: 20)]
        dossier.eatingDisorder!.team.removeAll { $0.figure == .dietitian }
        #expect(fired(dossier).isEmpty)
        dossier.eatingDisorder!.team = dossier.eatingDisorder!.team.map { $0.figure == .internist ? ERTeamMember(.internist) : $0 }
        #expect(fired(dossier) == ["er.eating-disorder-rehab.team.nutritional"], "untrained internist")
        #expect(DCAModuleKind.nutritional.label.italian.contains("abilitazione"))
        #expect(EatingDisorderRules.team(for: .psychoNutritional).contains(ERTeamSlot([.dietitian])))
        #expect(!EatingDisorderRules.team(for: .nutritional).contains(ERTeamSlot([.dietitian])))
    }

    // a missing DCA gym measures 0 m².
    @Test func missingGymMeasuresZero() {
        var dossier = validDCA()
        dossier.eatingDisorder!.gym = nil
        let findings = ERStructureRules.ruleSet(for: .eatingDisorderRehab).evaluate(dossier)
        #expect(findings.map(\.ruleID.rawValue) == ["er.eating-disorder-rehab.areas.gym"])
        #expect(findings.first?.arguments == [.fixed(0, scale: 2), .fixed(3600, scale: 2)])
    }

    // Conditional requirements: without external lab or severely obese patients they do not bind.
    @Test func conditionalRequirementsFollowTheSection() {
        var dossier = validDCA()
        dossier.eatingDisorder!.externalLaboratory = false
        dossier.eatingDisorder!.treatsSevereObesity = false
        dossier.attestations.subtract(["external-lab-agreements", "bariatric-beds"])
        #expect(fired(dossier).isEmpty)
    }

    // two three-bed rooms are allowed in a new building; a third needs the grandfathering.
    @Test func generalPsychiatryTripleRooms() {
        var dossier = validGeneralPsychiatry(beds: 20)
        dossier.rooms = [ERRoom(id: "s", beds: 1), ERRoom(id: "t1", beds: 3), ERRoom(id: "t2", beds: 3)] + doubles(13, singles: 1)
        #expect(dossier.rooms.reduce(0) { $0 + $1.beds } == 20)
        #expect(fired(dossier).isEmpty)
        dossier.rooms = [ERRoom(id: "s", beds: 1), ERRoom(id: "t1", beds: 3), ERRoom(id: "t2", beds: 3), ERRoom(id: "t3", beds: 3)] + doubles(10)
        #expect(fired(dossier) == ["er.general-psychiatry.rooms.triple-rooms"])
        // Psychogeriatric units have no such allowance: one three-bed room needs the grandfathering.
        var pg = validPsychogeriatric()
        pg.rooms = [ERRoom(id: "t", beds: 3), ERRoom(id: "s", beds: 1)] + doubles(16)
        #expect(fired(pg) == ["er.psychogeriatric-rehab.rooms.triple-rooms"])
    }

    // the single room is asked of general psychiatry (per dossier), not of cod. 56 units.
    @Test func singleRoomOnlyInGeneralPsychiatry() {
        #expect(ERStructureRules.ruleSet(for: .generalPsychiatry).descriptors.contains { $0.id == "er.general-psychiatry.rooms.single-room" })
        #expect(!ERStructureRules.ruleSet(for: .psychogeriatricRehab).descriptors.contains { $0.id.rawValue.hasSuffix(".rooms.single-room") })
        #expect(!ERStructureRules.ruleSet(for: .eatingDisorderRehab).descriptors.contains { $0.id.rawValue.hasSuffix(".rooms.single-room") })
    }

    // General psychiatry, L2468-L2470: on-call alone is not presence over 24 h; a general guard is not psychiatric.
    @Test func generalPsychiatryPsychiatristCover() {
        var dossier = validGeneralPsychiatry()
        dossier.staff[0].coverage = .onCall
        #expect(fired(dossier) == ["er.general-psychiatry.staff.psychiatrist-24h"])
        dossier.staff[0].coverage = .roundTheClock
        dossier.staff.remove(at: 1)
        #expect(fired(dossier).isEmpty)
        dossier.staff[0].coverage = .daytime
        dossier.staff.append(line(.guardPhysician, 168, .roundTheClock))
        #expect(fired(dossier) == ["er.general-psychiatry.staff.psychiatrist-24h"])
    }

    // no staffing ratio: the same small roster passes at 16 and at 200 beds, and the
    // standard has no requirement line, only the two round-the-clock presences.
    @Test func generalPsychiatryHasNoRatio() {
        #expect(fired(validGeneralPsychiatry(beds: 200)).isEmpty)
        #expect(ERStaffingStandards.generalPsychiatry.requirements.isEmpty)
        #expect(!ERStructureRules.ruleSet(for: .generalPsychiatry).descriptors.contains { $0.id.rawValue.contains("minimum") })
    }

    // the cod. 56 and general-psychiatry units have no access-channel or time rule.
    @Test func noAccessRulesForTheseFamilies() {
        for type in [ERPsychiatricStructureType.psychogeriatricRehab, .eatingDisorderRehab, .generalPsychiatry] {
            #expect(!ERStructureRules.ruleSet(for: type).descriptors.contains { $0.id.rawValue.hasPrefix(type.ruleIDPrefix + ".access.") })
        }
        var dossier = validPsychogeriatric()
        dossier.access = ERStructureAccess(channels: [], admissionKinds: [], accessProtocol: false, informationTransferProtocol: false)
        #expect(fired(dossier).isEmpty)
    }

    // the kind decides: cod. 56 psychogeriatric rehab and the psychogeriatric RTI
    // specialistica are different types with different codes and rule sets.
    @Test func psychogeriatricRehabIsNotAnRTI() {
        #expect(ERPsychiatricStructureType.psychogeriatricRehab.disciplineCode == "56")
        #expect(ERPsychiatricStructureType.rtiSpecialist.disciplineCode == nil)
        var dossier = validPsychogeriatric()
        dossier.disciplineCode = nil
        #expect(fired(dossier) == ["er.psychogeriatric-rehab.identity.discipline-code"])
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
}

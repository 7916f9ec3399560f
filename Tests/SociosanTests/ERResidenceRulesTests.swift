import Testing
@testable import Sociosan

/// A residence of `type` with `beds` beds that meets every requirement: the base every
/// mutation starts from. Nurses: 180 h a week round the clock (168 h needed up to 20 beds).
func validResidence(_ type: ERPsychiatricStructureType, beds: Int = 16) -> ERStructureDossier {
    let rooms = (0..<(beds / 2)).map { ERRoom(id: "camera-\($0 + 1)", beds: 2) } + (beds % 2 == 1 ? [ERRoom(id: "singola", beds: 1)] : [])
    return ERStructureDossier(
        type: type.row, id: try! StructureID("residenza-bo-prova"), name: "Residenza di prova",
        managingOperator: ERStructureOperator(name: "Azienda USL di Bologna", ownership: .public),
        province: .bologna, healthAuthority: "Azienda USL di Bologna",
        buildingPermitDate: LocalDate(year: 2012, month: 5, day: 3),
        accreditation: ERAccreditation(grantedOn: LocalDate(year: 2014, month: 1, day: 1)),
        beds: beds, rooms: rooms,
        staff: [
            ERStaffMember(role: .psychiatrist, hoursPerWeek: 76, coverage: .daytime),
            ERStaffMember(role: .psychiatrist, hoursPerWeek: 38, coverage: .onCall),
            ERStaffMember(role: .psychologist, hoursPerWeek: 18, coverage: .programmed),
            ERStaffMember(role: .nurse, hoursPerWeek: 180, coverage: .roundTheClock),
            ERStaffMember(role: .oss, hoursPerWeek: 144, coverage: .roundTheClock),
        ],
        access: ERStructureAccess(
            channels: [.dsmDP], admissionKinds: [.voluntaryUrgent, .programmed], accessProtocol: true,
            informationTransferProtocol: true, urgentAccessHours: 24, ordinaryAccessDays: 5),
        attestations: Attestations(ERRequirementCatalogue.requirements(for: type).map(\.code)),
        sections: StructureSections(type == .rtiSpecialist ? [ERRTISpecialist(subtype: .dualDiagnosis, dedicatedBeds: 8)] : []))
}

func findings(_ dossier: ERStructureDossier) -> [Diagnostic] {
    ERStructureRules.ruleSet(of: dossier.type).evaluate(dossier)
}

struct ResidenceMutation: CustomTestStringConvertible, Sendable {
    let type: ERPsychiatricStructureType
    let name: String
    let change: @Sendable (inout ERStructureDossier) -> Void
    var expected: String { type.ruleIDPrefix + "." + name }
    var testDescription: String { expected }

    init(_ type: ERPsychiatricStructureType, _ name: String, _ change: @escaping @Sendable (inout ERStructureDossier) -> Void) {
        self.type = type
        self.name = name
        self.change = change
    }
}

func setStaff(_ dossier: inout ERStructureDossier, _ role: StaffRole, hours: Rational? = nil, coverage: Coverage? = nil) {
    for index in dossier.staff.indices where dossier.staff[index].role == role {
        if let hours { dossier.staff[index].hoursPerWeek = hours }
        if let coverage { dossier.staff[index].coverage = coverage }
    }
}

func resize(_ dossier: inout ERStructureDossier, beds: Int) {
    dossier.beds = beds
    dossier.rooms = (0..<(beds / 2)).map { ERRoom(id: "r\($0)", beds: 2) } + (beds % 2 == 1 ? [ERRoom(id: "s", beds: 1)] : [])
}

/// The mutations shared by the three residences: each breaks exactly one rule.
func sharedResidenceMutations(_ type: ERPsychiatricStructureType) -> [ResidenceMutation] {
    [
        ResidenceMutation(type, "identity.region") { $0.province = .milano },
        ResidenceMutation(type, "identity.discipline-code") { $0.disciplineCode = "56" },
        ResidenceMutation(type, "rooms.bed-total") { $0.rooms.removeLast() },
        ResidenceMutation(type, "rooms.max-beds") {
            $0.rooms.removeLast(2)
            $0.rooms.append(ERRoom(id: "quadrupla", beds: 4))
        },
        ResidenceMutation(type, "rooms.triple-rooms") {
            $0.rooms.removeLast(2)
            $0.rooms += [ERRoom(id: "tripla", beds: 3), ERRoom(id: "singola", beds: 1)]
        },
        ResidenceMutation(type, "rooms.grandfathered") {
            $0.rooms.removeLast(2)
            $0.rooms += [ERRoom(id: "tripla", beds: 3), ERRoom(id: "singola", beds: 1)]
            $0.buildingPermitDate = LocalDate(year: 2004, month: 5, day: 17)
            $0.accreditation = ERAccreditation(grantedOn: LocalDate(year: 2008, month: 10, day: 6))
        },
        ResidenceMutation(type, "staff.team") { $0.staff.removeAll { $0.role == .psychologist } },
        ResidenceMutation(type, "staff.daytime-medical") { $0.staff[0].coverage = .onCall },
        ResidenceMutation(type, "staff.night-psychiatric-cover") { $0.staff[1].coverage = .daytime },
        ResidenceMutation(type, "staff.transitional-qualification") { $0.staff[4].role = .ota },
        ResidenceMutation(type, "access.dsm-dp-referral") { $0.access.channels = [.generalPractitioner] },
        ResidenceMutation(type, "access.protocol") { $0.access.accessProtocol = false },
        ResidenceMutation(type, "access.information-transfer") { $0.access.informationTransferProtocol = false },
        ResidenceMutation(type, "access.urgent-24h") { $0.access.urgentAccessHours = 25 },
        ResidenceMutation(type, "access.ordinary-5-days") { $0.access.ordinaryAccessDays = 6 },
    ]
}

let residenceMutations: [ResidenceMutation] =
    ERResidenceRules.types.flatMap(sharedResidenceMutations) + [
        ResidenceMutation(.rti, "staff.nurse-minimum") { resize(&$0, beds: 21) },
        ResidenceMutation(.rti, "staff.nurse-24h") { setStaff(&$0, .nurse, coverage: .daytime) },
        ResidenceMutation(.rtiSpecialist, "staff.nurse-minimum") { resize(&$0, beds: 40) },
        ResidenceMutation(.rtiSpecialist, "staff.nurse-24h") { setStaff(&$0, .nurse, coverage: .onCall) },
        ResidenceMutation(.rtiSpecialist, "specialist.other-description") {
            $0.residence = ERResidenceSection(specialist: ERRTISpecialist(subtype: .other, dedicatedBeds: 4))
        },
        ResidenceMutation(.rtiSpecialist, "specialist.dedicated-beds") {
            $0.residence = ERResidenceSection(specialist: ERRTISpecialist(subtype: .minors, dedicatedBeds: 17))
        },
        ResidenceMutation(.rtp, "staff.nurse-hours-minimum") { setStaff(&$0, .nurse, hours: 83) },
    ] + ERResidenceRules.types.flatMap { type in
        ERRequirementCatalogue.requirements(for: type).map { requirement in
            ResidenceMutation(type, "\(requirement.area.rawValue).\(requirement.code)") { $0.attestations.remove(requirement.code) }
        }
    }

@Suite("Residence rules (RTI, RTI specialistica, RTP)")
struct ERResidenceRulesTests {
    @Test(arguments: ERResidenceRules.types, [9, 16, 20])
    func aCompliantResidenceHasNoFinding(type: ERPsychiatricStructureType, beds: Int) {
        let found = findings(validResidence(type, beds: beds))
        #expect(found.isEmpty, "\(found.map { "\($0.ruleID) \($0.message(in: .english))" })")
    }

    @Test(arguments: residenceMutations)
    func eachRuleFiresAloneOnItsBreach(_ mutation: ResidenceMutation) {
        var dossier = validResidence(mutation.type)
        #expect(findings(dossier).isEmpty)
        mutation.change(&dossier)
        #expect(findings(dossier).map(\.ruleID.rawValue) == [mutation.expected])
    }

    @Test(arguments: ERResidenceRules.types)
    func everyRuleHasAMutationThatFiresIt(type: ERPsychiatricStructureType) {
        let ids = Set(ERStructureRules.ruleSet(for: type).descriptors.map(\.id.rawValue))
        let covered = Set(residenceMutations.filter { $0.type == type }.map(\.expected))
        #expect(ids == covered, "untested: \(ids.subtracting(covered).sorted()); unknown: \(covered.subtracting(ids).sorted())")
    }

    @Test func ruleIDsFollowTypeAreaName() {
        for type in ERResidenceRules.types {
            for descriptor in ERStructureRules.ruleSet(for: type).descriptors {
                #expect(descriptor.id.rawValue.hasPrefix(type.ruleIDPrefix + "."))
                #expect(descriptor.id.rawValue.split(separator: ".").count >= 4, "\(descriptor.id)")
                #expect(descriptor.kinds == [type.kind])
                #expect(descriptor.citation != nil)
            }
        }
    }

    @Test func aTypesRulesIgnoreDossiersOfOtherTypes() {
        var rtp = validResidence(.rtp)
        rtp.province = .milano
        #expect(ERStructureRules.ruleSet(for: .rti).evaluate(rtp).isEmpty)
        #expect(ERStructureRules.allRules.evaluate(rtp).map(\.ruleID) == ["er.rtp.identity.region"])
    }

    // MARK: Staffing through the calculator (A-06, A-15)

    /// "Un infermiere nelle 24 ore ogni 20 pl" (L875-L876): 168 h a week up to 20 beds, 336 from 21.
    @Test func rtiNursesScaleByStartedBlocksOf20Beds() {
        var dossier = validResidence(.rti, beds: 20)
        setStaff(&dossier, .nurse, hours: 168)
        #expect(findings(dossier).isEmpty)
        resize(&dossier, beds: 21)
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.staff.nurse-minimum"])
        dossier.staff.append(ERStaffMember(role: .nurse, hoursPerWeek: 168, coverage: .daytime))
        #expect(findings(dossier).isEmpty)
        setStaff(&dossier, .nurse, hours: 167)
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.staff.nurse-minimum", "er.rti.staff.nurse-24h"])
    }

    /// "12 ore ogni 20 pl" (L876-L877): 84 h a week for 20 beds, by day: no 24 h nurse (A-15).
    @Test func rtpNeeds12NurseHoursADayPer20BedsAndNoRoundTheClockNurse() {
        var dossier = validResidence(.rtp, beds: 20)
        setStaff(&dossier, .nurse, hours: 84, coverage: .daytime)
        #expect(findings(dossier).isEmpty)
        #expect(!ERStructureRules.ruleSet(for: .rtp).descriptors.contains { $0.id.rawValue.hasSuffix("nurse-24h") })
        setStaff(&dossier, .nurse, hours: Rational(8399, 100))
        let found = findings(dossier)
        #expect(found.map(\.ruleID) == ["er.rtp.staff.nurse-hours-minimum"])
        #expect(found.first?.message(in: .english) == "Nurse: 83.99 h/week present, 20 beds need 84 (12 h/day)")
        #expect(found.first?.citation?.lines == 876...877)
    }

    @Test func fractionalHoursAreExact() {
        var dossier = validResidence(.rti, beds: 10)
        setStaff(&dossier, .nurse, hours: Rational(16799, 100))
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.staff.nurse-minimum", "er.rti.staff.nurse-24h"])
    }

    /// The builder takes the family's capacity and parameters, and an opening-hours window
    /// counts daytime lines (for the families that need them; no residence does).
    @Test func staffingBuilderHonoursCapacityParametersAndOpeningWindows() {
        let standard = StaffingStandard(
            id: "test.opening", title: LocalizedText(it: "prova", en: "test"), capacityUnit: .places,
            capacityLimits: 1...50, limitsCitation: nil,
            requirements: [RoleRequirement(
                rule: "er.rti.staff.test-minimum", target: .role(.nurse), unit: .hoursPerWeek,
                law: .perModule(amount: 36, moduleSize: 10, partialModules: .wholeModules), rounding: .exact,
                condition: "extra", citation: Citation(.psychiatricStructuresER, lines: 875...876))],
            coverage: [CoverageRequirement(rule: "er.rti.staff.test-opening", target: .role(.nurse),
                                           window: .opening(hoursPerWeek: 40), citation: Citation(.psychiatricStructuresER, line: 925))],
            notes: [], citation: Citation(.psychiatricStructuresER, lines: 864...879))
        let withCondition = RuleSet(kind: .rti, rules: ERStructureRules.staffingRules(
            .rti, standard: standard, capacity: { _ in 25 }, parameters: { _ in StaffingParameters(conditions: ["extra"]) }))
        let withoutCondition = RuleSet(kind: .rti, rules: ERStructureRules.staffingRules(.rti, standard: standard))
        var dossier = validResidence(.rti, beds: 10)
        setStaff(&dossier, .nurse, hours: 107, coverage: .daytime)
        // 25 places: three started blocks of 10, 108 h; the declared beds (10) would need 36.
        let found = withCondition.evaluate(dossier)
        #expect(found.map(\.ruleID) == ["er.rti.staff.test-minimum"])
        #expect(found.first?.message(in: .english) == "Nurse: 107 h/week present, 25 places need 108 (108 h/week)")
        // The condition not declared: the line does not apply.
        #expect(withoutCondition.evaluate(dossier).isEmpty)
        setStaff(&dossier, .nurse, hours: 39)
        #expect(withoutCondition.evaluate(dossier).map(\.ruleID) == ["er.rti.staff.test-opening"])
        setStaff(&dossier, .nurse, coverage: .onCall)
        setStaff(&dossier, .nurse, hours: 200)
        #expect(withoutCondition.evaluate(dossier).map(\.ruleID) == ["er.rti.staff.test-opening"])
    }

    // MARK: Rooms (A-04, A-09)

    @Test func grandfatheringNeedsAPermitStrictlyBeforeTheCutoffAndNoLaterRenewal() {
        var dossier = validResidence(.rti)
        dossier.rooms.removeLast(2)
        dossier.rooms += [ERRoom(id: "tripla", beds: 3), ERRoom(id: "singola", beds: 1)]
        dossier.accreditation = ERAccreditation(grantedOn: LocalDate(year: 2008, month: 1, day: 1))
        dossier.buildingPermitDate = LocalDate(year: 2009, month: 6, day: 29)
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.rooms.grandfathered"])
        #expect(findings(dossier).first?.severity == .warning)
        dossier.buildingPermitDate = LocalDate(year: 2009, month: 6, day: 30)
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.rooms.triple-rooms"])
        dossier.buildingPermitDate = LocalDate(year: 2009, month: 6, day: 29)
        dossier.accreditation.lastRenewedOn = LocalDate(year: 2009, month: 6, day: 30)
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.rooms.grandfathered"])
        dossier.accreditation.lastRenewedOn = LocalDate(year: 2009, month: 7, day: 1)
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.rooms.triple-rooms"])
        dossier.buildingPermitDate = nil
        dossier.accreditation.lastRenewedOn = nil
        #expect(findings(dossier).map(\.ruleID) == ["er.rti.rooms.triple-rooms"])
    }

    /// RES-STR-03: no demand-peak triple rooms and no single-room requirement for the residences.
    @Test func residencesHaveNoTripleRoomAllowanceAndNoSingleRoomRule() {
        #expect(ERResidenceRules.roomPolicy.tripleRoomAllowance == 0)
        for type in ERResidenceRules.types {
            #expect(!ERStructureRules.ruleSet(for: type).descriptors.contains { $0.id.rawValue.hasSuffix("rooms.single-room") })
        }
        let allDoubles = validResidence(.rtp, beds: 16)
        #expect(!allDoubles.rooms.contains { $0.beds == 1 })
        #expect(findings(allDoubles).isEmpty)
    }

    // MARK: Decisions

    /// A-17: no discipline code for the residences; a positive bed count is declared.
    @Test func residencesDeclareNoDisciplineCode() {
        for type in ERResidenceRules.types {
            #expect(type.disciplineCode == nil)
            var dossier = validResidence(type)
            dossier.disciplineCode = "40.3"
            #expect(findings(dossier).map(\.ruleID.rawValue) == [type.ruleIDPrefix + ".identity.discipline-code"])
        }
    }

    /// A-18: "other" needs a description; eating disorders go under it.
    @Test func anOtherSpecialtyMustBeDescribed() {
        var dossier = validResidence(.rtiSpecialist)
        dossier.residence = ERResidenceSection(specialist: ERRTISpecialist(subtype: .other, description: "   ", dedicatedBeds: 6))
        #expect(findings(dossier).map(\.ruleID) == ["er.rti-specialist.specialist.other-description"])
        dossier.residence = ERResidenceSection(specialist: ERRTISpecialist(subtype: .other, description: "Disturbi del comportamento alimentare", dedicatedBeds: 6))
        #expect(findings(dossier).isEmpty)
        dossier.residence = ERResidenceSection(specialist: ERRTISpecialist(subtype: .psychogeriatrics, dedicatedBeds: 16))
        #expect(findings(dossier).isEmpty)
    }

    /// A-19: ADB, OTA or OSS each satisfy the support-worker place in the team.
    @Test func anyOneSupportWorkerRoleCompletesTheTeam() {
        for role in [StaffRole.oss, .ota, .adb] {
            var dossier = validResidence(.rti)
            dossier.staff[4].role = role
            let ids = findings(dossier).map(\.ruleID)
            #expect(!ids.contains("er.rti.staff.team"))
        }
    }

    /// A-20: the residences are not asked for restraint records, but for a regulation of
    /// alternatives to restraint (L974).
    @Test func residencesAttestRestraintAlternativesNotRestraintRecords() {
        for type in ERResidenceRules.types {
            let ids = Set(ERStructureRules.ruleSet(for: type).descriptors.map(\.id.rawValue))
            #expect(!ids.contains(type.ruleIDPrefix + ".documentation.restraint-records"))
            #expect(ids.contains(type.ruleIDPrefix + ".procedures.restraint-alternatives"))
        }
    }

    /// Requirements the seed addresses to the specialist RTI only (L911-L913, L1013-L1014, L1019-L1024).
    @Test func specialistOnlyRequirementsBindOnlyTheSpecialistRTI() {
        let specialistOnly = ["procedures.specialist-detailed-protocols", "training.specialist-training-focus",
                              "quality.specialist-beds-agreed", "quality.specialist-programmes-documented",
                              "quality.programme-efficacy-monitoring"]
        for name in specialistOnly {
            #expect(ERStructureRules.ruleSet(for: .rtiSpecialist).descriptors.contains { $0.id.rawValue == "er.rti-specialist." + name })
            #expect(!ERStructureRules.ruleSet(for: .rti).descriptors.contains { $0.id.rawValue == "er.rti." + name })
            #expect(!ERStructureRules.ruleSet(for: .rtp).descriptors.contains { $0.id.rawValue == "er.rtp." + name })
        }
    }

    /// Each attestation rule cites the type's own lines from the catalogue (§1.4 service matrix).
    @Test func attestationRulesCiteTheResidenceLines() {
        let rules = ERStructureRules.ruleSet(for: .rtp).descriptors
        let lab = rules.first { $0.id == "er.rtp.services.laboratory-protocols" }
        #expect(lab?.citation?.lines == 982...985)
        let endoscopy = rules.first { $0.id == "er.rtp.services.diagnostic-service-relations" }
        #expect(endoscopy?.citation?.lines == 979...980)
        #expect(!rules.contains { $0.id == "er.rtp.services.general-ward-transfer" })
    }

    @Test func messagesHaveTheSamePlaceholdersInBothLanguages() {
        for descriptor in ERStructureRules.allRules.descriptors {
            let counts = descriptor.message.placeholderCount
            #expect(counts.italian == counts.english, "\(descriptor.id)")
        }
    }
}

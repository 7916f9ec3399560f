import Testing
@testable import Sociosan

/// A 15-bed SPOI that meets every requirement: the base every mutation starts from.
func validSPOI(beds: Int = 15) -> StructureDossier {
    var rooms = [ERRoom(id: "1", beds: 1)]
    var remaining = beds - 1
    var number = 2
    while remaining > 0 {
        let size = min(2, remaining)
        rooms.append(.init(id: String(number), beds: size))
        remaining -= size
        number += 1
    }
    let nonMedical = SPOIRules.requiredNonMedicalStaff(beds: beds)
    let medical = SPOIRules.requiredMedicalStaff(beds: beds)
    return StructureDossier.spoi(
        id: try! StructureID("spoi-bo-test"), name: "SPOI di prova",
        managingOperator: .init(name: "Azienda USL di Bologna", ownership: .public),
        province: .bologna, buildingPermitDate: LocalDate(year: 2012, month: 5, day: 3),
        accreditation: .init(grantedOn: LocalDate(year: 2014, month: 1, day: 1)),
        beds: beds, nuclei: [.init(id: "A", beds: beds)],
        contiguity: beds < 15 ? .init(contiguousToPsychiatricWard: true, autonomous: true) : nil,
        rooms: rooms,
        staff: [
            .init(role: .nurse, units: StaffUnits(whole: 6), coverage: .roundTheClock),
            .init(role: .oss, units: StaffUnits(whole: nonMedical - 6), coverage: .roundTheClock),
            .init(role: .psychiatrist, units: StaffUnits(whole: medical), coverage: .onCall),
            .init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock),
            .init(role: .psychologist, units: StaffUnits(hundredths: 50), coverage: .programmed),
        ],
        smallUnitEvaluationOn: beds < 15 ? LocalDate(year: 2020, month: 2, day: 1) : nil,
        access: .init(
            channels: [.dsmDP, .generalPractitioner, .specialist], admissionKinds: [.voluntaryUrgent, .programmed],
            singleRequestForm: true, urgentAccess24h: true, outOfHoursVia: [.emergencyDepartment, .spdc]),
        attestations: Set(SPOIRequirement.allCases))
}

struct Mutation: CustomTestStringConvertible, Sendable {
    let expected: String
    let change: @Sendable (inout StructureDossier) -> Void
    var testDescription: String { expected }

    init(_ expected: String, _ change: @escaping @Sendable (inout StructureDossier) -> Void) {
        self.expected = expected
        self.change = change
    }
}

let mutations: [Mutation] = [
    Mutation("er.spoi.region") { $0.province = .palermo },
    Mutation("er.spoi.discipline-code") { $0.disciplineCode = "40.1" },
    Mutation("er.spoi.sdo") { $0.spoi.producesSDO = false },
    Mutation("er.spoi.beds.regional-total") {
        $0.beds = 91
        $0.spoi.nuclei = [.init(id: "A", beds: 20), .init(id: "B", beds: 20), .init(id: "C", beds: 20), .init(id: "D", beds: 20), .init(id: "E", beds: 11)]
        for i in 0..<38 { $0.rooms.append(.init(id: "y\(i)", beds: 2)) }
        $0.spoi.staff.append(.init(role: .oss, units: StaffUnits(whole: 60), coverage: .roundTheClock))
        $0.spoi.staff.append(.init(role: .psychiatrist, units: StaffUnits(whole: 10), coverage: .daytime))
    },
    Mutation("er.spoi.nucleus.size") { $0.spoi.nuclei = [.init(id: "A", beds: 9), .init(id: "B", beds: 6)] },
    Mutation("er.spoi.nucleus.bed-total") { $0.spoi.nuclei = [.init(id: "A", beds: 14)] },
    Mutation("er.spoi.contiguity") { $0.spoi.contiguity = nil; $0.beds = 14; $0.spoi.nuclei = [.init(id: "A", beds: 14)]; $0.rooms.removeLast(); $0.rooms.append(.init(id: "z", beds: 1)); $0.spoi.smallUnitEvaluationOn = LocalDate(year: 2020, month: 1, day: 1) },
    Mutation("er.spoi.rooms.bed-total") { $0.rooms.removeLast() },
    Mutation("er.spoi.rooms.max-beds") { $0.rooms = [.init(id: "1", beds: 1), .init(id: "2", beds: 4), .init(id: "3", beds: 2), .init(id: "4", beds: 2), .init(id: "5", beds: 2), .init(id: "6", beds: 2), .init(id: "7", beds: 2)] },
    Mutation("er.spoi.rooms.triple-rooms") { $0.rooms = [.init(id: "1", beds: 1), .init(id: "2", beds: 3), .init(id: "3", beds: 3), .init(id: "4", beds: 3), .init(id: "5", beds: 3), .init(id: "6", beds: 2)] },
    Mutation("er.spoi.rooms.grandfathered") {
        $0.buildingPermitDate = LocalDate(year: 2009, month: 6, day: 29)
        $0.rooms = [.init(id: "1", beds: 1), .init(id: "2", beds: 3), .init(id: "3", beds: 3), .init(id: "4", beds: 3), .init(id: "5", beds: 3), .init(id: "6", beds: 2)]
    },
    Mutation("er.spoi.rooms.single-room") { $0.rooms = [.init(id: "1", beds: 3)] + (0..<6).map { .init(id: "d\($0)", beds: 2) } },
    Mutation("er.spoi.staff.nurse-24h") { $0.spoi.staff[0] = .init(role: .nurse, units: StaffUnits(whole: 6), coverage: .daytime) },
    Mutation("er.spoi.staff.support-worker-24h") { $0.spoi.staff[1] = .init(role: .oss, units: StaffUnits(whole: 5), coverage: .daytime) },
    Mutation("er.spoi.staff.psychiatrist-24h") { $0.spoi.staff[2] = .init(role: .psychiatrist, units: StaffUnits(whole: 2), coverage: .daytime) },
    Mutation("er.spoi.staff.guard-physician-24h") { $0.spoi.staff.remove(at: 3) },
    Mutation("er.spoi.staff.psychologist") { $0.spoi.staff.remove(at: 4) },
    Mutation("er.spoi.staff.non-medical-minimum") { $0.spoi.staff[1] = .init(role: .oss, units: StaffUnits(hundredths: 499), coverage: .roundTheClock) },
    Mutation("er.spoi.staff.nurse-minimum") {
        $0.spoi.staff[0] = .init(role: .nurse, units: StaffUnits(hundredths: 550), coverage: .roundTheClock)
        $0.spoi.staff[1] = .init(role: .oss, units: StaffUnits(hundredths: 550), coverage: .roundTheClock)
    },
    Mutation("er.spoi.staff.medical-minimum") { $0.spoi.staff[2] = .init(role: .psychiatrist, units: StaffUnits(hundredths: 195), coverage: .onCall) },
    Mutation("er.spoi.staff.small-unit-evaluation") { $0.beds = 14; $0.spoi.nuclei = [.init(id: "A", beds: 14)]; $0.rooms.removeLast(); $0.rooms.append(.init(id: "z", beds: 1)); $0.spoi.contiguity = .init(contiguousToPsychiatricWard: true, autonomous: true) },
    Mutation("er.spoi.staff.transitional-qualification") { $0.spoi.staff[1] = .init(role: .ota, units: StaffUnits(whole: 5), coverage: .roundTheClock) },
    Mutation("er.spoi.access.no-tso") { $0.spoi.access.admissionKinds.insert(.compulsoryTSO) },
    Mutation("er.spoi.access.no-direct-access") { $0.spoi.access.channels.insert(.direct) },
    Mutation("er.spoi.access.single-request-form") { $0.spoi.access.singleRequestForm = false },
    Mutation("er.spoi.access.dsm-dp-channel") { $0.spoi.access.channels.remove(.dsmDP) },
    Mutation("er.spoi.access.urgent-24h") { $0.spoi.access.urgentAccess24h = false },
    Mutation("er.spoi.access.out-of-hours") { $0.spoi.access.outOfHoursVia = [.generalPractitioner] },
    Mutation("er.spoi.access.programmed") { $0.spoi.access.admissionKinds.remove(.programmed) },
] + SPOIRequirement.allCases.map { requirement in
    Mutation("er.spoi.\(requirement.area.rawValue).\(requirement.rawValue)") { $0.attestations.remove(requirement.rawValue) }
}

@Suite("SPOI rules")
struct SPOIRulesTests {
    @Test(arguments: [12, 15, 18, 20, 10])
    func aCompliantUnitHasNoFinding(beds: Int) {
        let findings = SPOIRules.ruleSet.evaluate(validSPOI(beds: beds))
        #expect(findings.isEmpty, "\(findings.map(\.ruleID))")
    }

    @Test(arguments: mutations)
    func eachRuleFiresAloneOnItsBreach(_ mutation: Mutation) {
        var dossier = validSPOI()
        mutation.change(&dossier)
        let fired = Set(SPOIRules.ruleSet.evaluate(dossier).map(\.ruleID.rawValue))
        #expect(fired == [mutation.expected])
    }

    @Test func everyRuleHasAMutationThatFiresIt() {
        let covered = Set(mutations.map(\.expected))
        let all = Set(SPOIRules.ruleSet.descriptors.map(\.id.rawValue))
        #expect(all.subtracting(covered).isEmpty, "rules without a test: \(all.subtracting(covered).sorted())")
    }

    // Worked examples of the seed, L255-L256, L260-L261, L266-L267.
    @Test func workedExamplesOfTheSeed() {
        #expect(SPOIRules.requiredNonMedicalStaff(beds: 15) == 11)
        #expect(SPOIRules.requiredNonMedicalStaff(beds: 12) == 9)
        #expect(SPOIRules.requiredMedicalStaff(beds: 15) == 2)
        #expect(SPOIRules.minimumNurses == 6)
    }

    // Decision A-02: round half up. The table of the digest §2.4 for 10-20 beds.
    @Test func roundingHalfUpAcrossTheNucleusRange() {
        let nonMedical = (10...20).map { SPOIRules.requiredNonMedicalStaff(beds: $0) }
        let medical = (10...20).map { SPOIRules.requiredMedicalStaff(beds: $0) }
        #expect(nonMedical == [8, 8, 9, 10, 11, 11, 12, 13, 14, 14, 15])
        #expect(medical == [1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3])
    }

    @Test func nonMedicalRatioAtTheTieOf14BedsNeeds11() {
        var dossier = validSPOI(beds: 14)
        #expect(SPOIRules.ruleSet.evaluate(dossier).isEmpty)
        dossier.spoi.staff[1].units = StaffUnits(whole: 4)  // 6 nurses + 4 OSS = 10 < 11 (10.5 rounded up)
        #expect(SPOIRules.ruleSet.evaluate(dossier).map(\.ruleID) == ["er.spoi.staff.non-medical-minimum"])
    }

    // Decision A-09: "antecedente" is strictly before 30 June 2009; a renewal after it ends the tolerance.
    @Test func grandfatheringNeedsAPermitStrictlyBeforeTheCutoffAndNoRenewal() {
        var dossier = validSPOI()
        dossier.rooms = [.init(id: "1", beds: 1), .init(id: "2", beds: 3), .init(id: "3", beds: 3), .init(id: "4", beds: 3), .init(id: "5", beds: 3), .init(id: "6", beds: 2)]
        dossier.buildingPermitDate = LocalDate(year: 2009, month: 6, day: 30)
        #expect(!SPOIRules.isGrandfathered(dossier))
        dossier.buildingPermitDate = LocalDate(year: 2009, month: 6, day: 29)
        #expect(SPOIRules.isGrandfathered(dossier))
        dossier.accreditation.lastRenewedOn = LocalDate(year: 2009, month: 6, day: 30)
        #expect(SPOIRules.isGrandfathered(dossier))
        dossier.accreditation.lastRenewedOn = LocalDate(year: 2013, month: 3, day: 1)
        #expect(!SPOIRules.isGrandfathered(dossier))
        #expect(SPOIRules.ruleSet.evaluate(dossier).map(\.ruleID) == ["er.spoi.rooms.triple-rooms"])
        dossier.buildingPermitDate = nil
        #expect(!SPOIRules.isGrandfathered(dossier))
    }

    // Decision A-04: 1 or 2 triple rooms are allowed to any SPOI, new buildings included.
    @Test func twoTripleRoomsAreAllowedEvenToNewBuildings() {
        var dossier = validSPOI()
        dossier.rooms = [.init(id: "1", beds: 1), .init(id: "2", beds: 3), .init(id: "3", beds: 3), .init(id: "4", beds: 2), .init(id: "5", beds: 2), .init(id: "6", beds: 2), .init(id: "7", beds: 2)]
        #expect(SPOIRules.ruleSet.evaluate(dossier).isEmpty)
    }

    @Test func findingsPointAtTheOffendingValue() {
        var dossier = validSPOI()
        dossier.rooms[3].beds = 5
        dossier.rooms.removeLast(3)
        let finding = SPOIRules.ruleSet.evaluate(dossier).first { $0.ruleID == "er.spoi.rooms.max-beds" }
        #expect(finding?.path.description == "/rooms/3/beds")
        #expect(finding?.message(in: .english) == "room \"4\" has 5 beds; the maximum is 2 (3 where allowed)")
        #expect(finding?.message(in: .italian) == "la camera \"4\" ha 5 posti letto; il massimo è 2 (3 nei casi ammessi)")
        #expect(finding?.citation?.description == "DGR Emilia-Romagna 2000/2009, L224-L229")
    }
}

@Suite("SPOI requirement codes")
struct SPOIRequirementCodeTests {
    // Equality and hashing read the enum's tag; it must be the declaration index.
    @Test func ordinalsAreTheDeclarationOrder() {
        #expect(MemoryLayout<SPOIRequirement>.size == 1)
        for (index, requirement) in SPOIRequirement.allCases.enumerated() {
            #expect(Int(requirement.ordinal) == index)
        }
        #expect(Set(SPOIRequirement.allCases).count == SPOIRequirement.allCases.count)
        #expect(SPOIRequirement.mealRoom != SPOIRequirement.groupTherapyRoom)
        #expect(SPOIRequirement(rawValue: "meal-room") == .mealRoom)
    }
}

import Testing
@testable import Sociosan

// Hand-built activity and the indicator values worked out by hand in the comments.

func day(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }

func stay(
    _ id: String, _ patient: String, _ structure: String, _ type: ERPsychiatricStructureType,
    _ admitted: String, discharged: String? = nil, kind: Discharge.Kind = .agreed, report: Bool = false,
    _ configure: (inout Stay) -> Void = { _ in }
) -> ActivityRecord {
    var stay = Stay(
        id: try! ActivityID(id), patient: try! PatientID(patient), structure: try! StructureID(structure),
        structureType: type, admission: try! LocalDateTime(iso8601: admitted + "T10:00"), channel: .dsmDP,
        urgency: .programmed,
        discharge: discharged.map { Discharge(date: day($0), kind: kind, agreedDischargeReport: report) })
    configure(&stay)
    return .stay(stay)
}

func event(_ id: String, _ patient: String, _ structure: String, _ type: ERPsychiatricStructureType, _ date: String, _ kind: Event.Kind) -> ActivityRecord {
    .event(Event(
        id: try! ActivityID(id), patient: try! PatientID(patient), structure: try! StructureID(structure),
        structureType: type, date: day(date), kind: kind))
}

func project(team: Bool = true, reviews: [String] = [], reached: Bool? = nil, scale: Bool = false) -> PersonalisedProject {
    PersonalisedProject(
        writtenOn: day("2020-01-01"), teamDefined: team, objectives: true, reviews: reviews.map(day),
        objectivesReached: reached, checkedWithValidatedScale: scale)
}

func compute(_ records: [ActivityRecord], year: Int? = nil, structure: String? = nil, audit: Bool = false) -> [ERIndicatorResult] {
    var calculator = ERIndicatorCalculator(year: year, structure: structure.map { try! StructureID($0) }, audit: audit)
    for record in records { calculator.add(record) }
    return calculator.results()
}

/// numerator/denominator of one indicator for one structure and year.
func counts(_ results: [ERIndicatorResult], _ id: String, _ structure: String, _ year: Int) -> String {
    guard let result = results.first(where: { $0.indicator.id == id && $0.structure.rawValue == structure && $0.year == year }) else {
        return "absent"
    }
    return "\(result.numerator)/\(result.denominator)"
}

func result(_ results: [ERIndicatorResult], _ id: String, _ structure: String, _ year: Int) -> ERIndicatorResult? {
    results.first { $0.indicator.id == id && $0.structure.rawValue == structure && $0.year == year }
}

@Suite("Indicator calculator")
struct ERIndicatorCalculatorTests {
    // SPOI "spoi-a":
    //   s1 p1 2025-01-10 -> 2025-01-20, ICD/DSM complete, project
    //   s2 p1 2025-03-01 -> 2025-03-15, incomplete, no project
    //   s3 p1 2025-12-20 -> 2026-01-05, complete, project (p1's third admission within 12 months of s1)
    //   s4 p2 2024-11-01 -> 2025-01-03, complete, project (in care 2024 and 2025)
    //   s5 p3 2025-06-01 -> open, no project (in care up to 2026, the last year of the data)
    //   events 2025: suicide attempt, left without permission, injury patient-staff, restraint, suicide
    static let spoi: [ActivityRecord] = [
        stay("s1", "p1", "spoi-a", .spoi, "2025-01-10", discharged: "2025-01-20") {
            $0.diagnosis = Diagnosis(criteriaComplete: true); $0.project = project() },
        stay("s2", "p1", "spoi-a", .spoi, "2025-03-01", discharged: "2025-03-15") { $0.diagnosis = Diagnosis(criteriaComplete: false) },
        stay("s3", "p1", "spoi-a", .spoi, "2025-12-20", discharged: "2026-01-05") {
            $0.diagnosis = Diagnosis(criteriaComplete: true); $0.project = project() },
        stay("s4", "p2", "spoi-a", .spoi, "2024-11-01", discharged: "2025-01-03") {
            $0.diagnosis = Diagnosis(criteriaComplete: true); $0.project = project() },
        stay("s5", "p3", "spoi-a", .spoi, "2025-06-01"),
        event("e1", "p1", "spoi-a", .spoi, "2025-01-15", .suicideAttempt),
        event("e2", "p1", "spoi-a", .spoi, "2025-03-05", .leftWithoutPermission),
        event("e3", "p3", "spoi-a", .spoi, "2025-06-10", .injuryPatientStaff),
        event("e4", "p3", "spoi-a", .spoi, "2025-06-11", .restraint),
        event("e5", "p3", "spoi-a", .spoi, "2025-07-01", .suicide),
    ]

    @Test func spoiTable() throws {
        let results = compute(Self.spoi)
        // 2025. Discharged in 2025: s1, s2, s4 (s3 leaves in 2026).
        // IND-1: complete s1, s4 of 3 = 66.67 %, standard 100 % not met.
        #expect(counts(results, "spoi-ind-1", "spoi-a", 2025) == "2/3")
        let ind1 = try #require(result(results, "spoi-ind-1", "spoi-a", 2025))
        #expect(abs(ind1.value! - 200.0 / 3) < 1e-9)
        #expect(ind1.status == .notMet)
        // IND-2: 1 suicide (e5) / 3 discharged; attempts 1 (e1) / 3; no standard.
        let ind2 = try #require(result(results, "spoi-ind-2", "spoi-a", 2025))
        #expect(counts(results, "spoi-ind-2", "spoi-a", 2025) == "1/3")
        #expect(ind2.breakdown?.numerator == 1 && ind2.breakdown?.denominator == 3)
        #expect(ind2.status == .noStandard)
        // IND-3: relevant events e2, e3 (not the restraint, not the suicide) / 3.
        #expect(counts(results, "spoi-ind-3", "spoi-a", 2025) == "2/3")
        #expect(result(results, "spoi-ind-3", "spoi-a", 2025)?.status == .noStandard)
        // IND-4: in care s1..s5 = 5, with a project s1, s3, s4 = 3: 0.6.
        #expect(counts(results, "spoi-ind-4", "spoi-a", 2025) == "3/5")
        #expect(result(results, "spoi-ind-4", "spoi-a", 2025)?.value == 0.6)
        // IND-5: admitted in 2025 p1, p3 = 2; p1's s3 is a third admission: 1/2 = 50 %; met (detection system).
        #expect(counts(results, "spoi-ind-5", "spoi-a", 2025) == "1/2")
        #expect(result(results, "spoi-ind-5", "spoi-a", 2025)?.value == 50)
        #expect(result(results, "spoi-ind-5", "spoi-a", 2025)?.status == .met)

        // 2024: s4 in care with a project; p2 admitted.
        #expect(counts(results, "spoi-ind-1", "spoi-a", 2024) == "0/0")
        #expect(result(results, "spoi-ind-1", "spoi-a", 2024)?.status == .notMeasurable)
        #expect(counts(results, "spoi-ind-4", "spoi-a", 2024) == "1/1")
        #expect(counts(results, "spoi-ind-5", "spoi-a", 2024) == "0/1")
        // 2026: s3 discharged (complete); in care s3 and the open s5.
        #expect(counts(results, "spoi-ind-1", "spoi-a", 2026) == "1/1")
        #expect(counts(results, "spoi-ind-4", "spoi-a", 2026) == "1/2")
        #expect(results.count == 3 * 5)
        #expect(results.map(\.year) == [2024, 2024, 2024, 2024, 2024, 2025, 2025, 2025, 2025, 2025, 2026, 2026, 2026, 2026, 2026])
    }

    @Test func auditListsTheNumeratorRecords() {
        let results = compute(Self.spoi, audit: true)
        #expect(result(results, "spoi-ind-1", "spoi-a", 2025)?.numeratorRecords.map(\.rawValue) == ["s1", "s4"])
        #expect(result(results, "spoi-ind-2", "spoi-a", 2025)?.numeratorRecords.map(\.rawValue) == ["e5"])
        #expect(result(results, "spoi-ind-3", "spoi-a", 2025)?.numeratorRecords.map(\.rawValue) == ["e2", "e3"])
        #expect(result(results, "spoi-ind-4", "spoi-a", 2025)?.numeratorRecords.map(\.rawValue) == ["s1", "s3", "s4"])
        #expect(result(results, "spoi-ind-5", "spoi-a", 2025)?.numeratorRecords.map(\.rawValue) == ["s3"])
        // Without auditing nothing is kept.
        #expect(compute(Self.spoi).allSatisfy { $0.numeratorRecords.isEmpty })
    }

    @Test func orderYearAndStructureFiltersDoNotChangeTheCounts() {
        let all = compute(Self.spoi)
        #expect(compute(Self.spoi.reversed()) == all)
        let only2025 = compute(Self.spoi, year: 2025)
        #expect(only2025 == all.filter { $0.year == 2025 })
        #expect(compute(Self.spoi, structure: "spoi-b").isEmpty)
        #expect(compute(Self.spoi, structure: "spoi-a") == all)
    }

    // Residence "rti-a" (RTI):
    //   r1 p1 2025-01-05 -> 2025-02-01, agreed report; project by the team, reviewed 2025-01-20, objectives reached; adherent
    //   r2 p2 2025-02-01 -> 2025-03-20, no report; project not by the team, no review, reached; not adherent
    //   r3 p3 2025-04-01 -> 2025-05-01, report; no project (adherent, but no project to adhere to)
    //   r4 p4 2024-12-10 -> 2025-01-15, no report; project by the team, reviewed 2024-12-20, reached; adherent
    //   events: left without permission 2025-01-10, injury patient-patient 2025-04-10, suicide 2025-04-11 (not a relevant event)
    static let residence: [ActivityRecord] = [
        stay("r1", "p1", "rti-a", .rti, "2025-01-05", discharged: "2025-02-01", report: true) {
            $0.project = project(team: true, reviews: ["2025-01-20"], reached: true); $0.adherence = true },
        stay("r2", "p2", "rti-a", .rti, "2025-02-01", discharged: "2025-03-20") {
            $0.project = project(team: false, reached: true); $0.adherence = false },
        stay("r3", "p3", "rti-a", .rti, "2025-04-01", discharged: "2025-05-01", report: true) { $0.adherence = true },
        stay("r4", "p4", "rti-a", .rti, "2024-12-10", discharged: "2025-01-15") {
            $0.project = project(team: true, reviews: ["2024-12-20"], reached: true); $0.adherence = true },
        event("e1", "p1", "rti-a", .rti, "2025-01-10", .leftWithoutPermission),
        event("e2", "p3", "rti-a", .rti, "2025-04-10", .injuryPatientPatient),
        event("e3", "p3", "rti-a", .rti, "2025-04-11", .suicide),
    ]

    @Test func residenceTable() {
        let results = compute(Self.residence)
        // RES-IND-1: written project r1, r2, r4 of 4 in care = 0.75.
        #expect(counts(results, "res-ind-1", "rti-a", 2025) == "3/4")
        // RES-IND-2: by the team r1, r4 of 3 projects; 100 % required: not met.
        #expect(counts(results, "res-ind-2", "rti-a", 2025) == "2/3")
        #expect(result(results, "res-ind-2", "rti-a", 2025)?.status == .notMet)
        // RES-IND-3 (A-26, per project): adherent r1, r4 of 3 projects; r3 has no project.
        #expect(counts(results, "res-ind-3", "rti-a", 2025) == "2/3")
        // RES-IND-4: reviewed in 2025 and reached: r1 only (r4 was reviewed in 2024) of 3: not met.
        #expect(counts(results, "res-ind-4", "rti-a", 2025) == "1/3")
        #expect(result(results, "res-ind-4", "rti-a", 2025)?.status == .notMet)
        // RES-IND-5: relevant events e1, e2 over 4 patients in care (A-29) = 0.5; standard unstated.
        #expect(counts(results, "res-ind-5", "rti-a", 2025) == "2/4")
        #expect(result(results, "res-ind-5", "rti-a", 2025)?.value == 0.5)
        #expect(result(results, "res-ind-5", "rti-a", 2025)?.status == .noStandard)
        // RES-IND-6: admitted in 2025 p1, p2, p3; nobody thrice.
        #expect(counts(results, "res-ind-6", "rti-a", 2025) == "0/3")
        // RES-IND-7: agreed report r1, r3 of 4 discharged = 0.5.
        #expect(counts(results, "res-ind-7", "rti-a", 2025) == "2/4")

        // 2024: r4 alone, reviewed in 2024 and reached: every 100 % standard met.
        #expect(counts(results, "res-ind-2", "rti-a", 2024) == "1/1")
        #expect(result(results, "res-ind-2", "rti-a", 2024)?.status == .met)
        #expect(counts(results, "res-ind-4", "rti-a", 2024) == "1/1")
        #expect(result(results, "res-ind-4", "rti-a", 2024)?.status == .met)
        #expect(counts(results, "res-ind-7", "rti-a", 2024) == "0/0")
        #expect(counts(results, "res-ind-6", "rti-a", 2024) == "0/1")
    }

    // Psychogeriatric "pg-a":
    //   g1 2025-01-02 -> 2025-02-01 unplanned transfer to an acute ward; objectives not reached; scale 30 -> 25
    //   g2 2025-01-02 -> 2025-03-01 to a protected structure; reached; scale 40 -> 60
    //   g3 2025-01-02 -> 2025-04-01 agreed; reached; scale at admission only
    //   g4 2025-01-02 -> 2025-05-01 death; no project
    //   g5 2025-06-01 -> open
    //   g6 2024-06-01 -> 2024-08-01 death
    static let psychogeriatric: [ActivityRecord] = [
        stay("g1", "p1", "pg-a", .psychogeriatricRehab, "2025-01-02", discharged: "2025-02-01", kind: .unplannedAcuteTransfer) {
            $0.project = project(reached: false); $0.outcomeScale = ScaleScores(scale: "Barthel", admission: 30, discharge: 25) },
        stay("g2", "p2", "pg-a", .psychogeriatricRehab, "2025-01-02", discharged: "2025-03-01", kind: .protectedStructure) {
            $0.project = project(reached: true); $0.outcomeScale = ScaleScores(scale: "Barthel", admission: 40, discharge: 60) },
        stay("g3", "p3", "pg-a", .psychogeriatricRehab, "2025-01-02", discharged: "2025-04-01", kind: .agreed) {
            $0.project = project(reached: true); $0.outcomeScale = ScaleScores(scale: "Barthel", admission: 50) },
        stay("g4", "p4", "pg-a", .psychogeriatricRehab, "2025-01-02", discharged: "2025-05-01", kind: .death),
        stay("g5", "p5", "pg-a", .psychogeriatricRehab, "2025-06-01"),
        stay("g6", "p6", "pg-a", .psychogeriatricRehab, "2024-06-01", discharged: "2024-08-01", kind: .death),
    ]

    @Test func psychogeriatricTable() {
        let results = compute(Self.psychogeriatric)
        // PG-IND-1 (A-30, over the discharged): g1 of g1..g4 = 25 %.
        #expect(counts(results, "pg-ind-1", "pg-a", 2025) == "1/4")
        #expect(result(results, "pg-ind-1", "pg-a", 2025)?.value == 25)
        // PG-IND-2: reached g2, g3 of 4 = 50 %.
        #expect(counts(results, "pg-ind-2", "pg-a", 2025) == "2/4")
        #expect(result(results, "pg-ind-2", "pg-a", 2025)?.value == 50)
        // PG-IND-3: scored twice g1, g2; improved g2 = 0.5.
        #expect(counts(results, "pg-ind-3", "pg-a", 2025) == "1/2")
        // PG-IND-4: protected structure g2 of 4 = 0.25.
        #expect(counts(results, "pg-ind-4", "pg-a", 2025) == "1/4")
        #expect(result(results, "pg-ind-4", "pg-a", 2025)?.value == 0.25)
        // PG-IND-5: died in 2025 g4, in care g1..g5 = 20 %.
        #expect(counts(results, "pg-ind-5", "pg-a", 2025) == "1/5")
        #expect(result(results, "pg-ind-5", "pg-a", 2025)?.value == 20)
        #expect(result(results, "pg-ind-5", "pg-a", 2025)?.status == .noStandard)
        // 2024: g6 died: 1/1 = 100 %.
        #expect(counts(results, "pg-ind-5", "pg-a", 2024) == "1/1")
        #expect(counts(results, "pg-ind-1", "pg-a", 2024) == "0/1")
    }

    // DCA "dca-a":
    //   c1 AN 2025-01-10 -> 2025-04-10, BMI 18.5 at discharge; evaluation with tests; plan complete; project checked with a scale
    //   c2 AN 2025-02-01 -> 2025-05-01, BMI 18.4; evaluation without tests; plan of 4 items; project not checked
    //   c3 BN 2025-03-01 -> 2025-06-01, compensatory behaviours resolved; no evaluation, no plan, no project
    //   c4 BN 2024-10-01 -> 2025-01-20, not assessed; evaluation with tests (2024); plan complete; project checked
    //   c5 AN 2025-09-01 -> open; evaluation with tests
    static let dca: [ActivityRecord] = [
        stay("c1", "p1", "dca-a", .eatingDisorderRehab, "2025-01-10", discharged: "2025-04-10") {
            $0.eatingDisorder = EatingDisorderData(
                disorder: .anorexiaNervosa, bmiAtAdmission: BodyMassIndex(tenths: 150), bmiAtDischarge: BodyMassIndex(tenths: 185),
                diagnosticEvaluationWithPsychometricTests: true, carePlanItems: Set(EatingDisorderData.CarePlanItem.allCases))
            $0.project = project(scale: true) },
        stay("c2", "p2", "dca-a", .eatingDisorderRehab, "2025-02-01", discharged: "2025-05-01") {
            $0.eatingDisorder = EatingDisorderData(
                disorder: .anorexiaNervosa, bmiAtDischarge: BodyMassIndex(tenths: 184),
                diagnosticEvaluationWithPsychometricTests: false, carePlanItems: [.clinicalCheck, .scheduledTalks, .drugTherapy, .dsmDPContacts])
            $0.project = project(scale: false) },
        stay("c3", "p3", "dca-a", .eatingDisorderRehab, "2025-03-01", discharged: "2025-06-01") {
            $0.eatingDisorder = EatingDisorderData(disorder: .bulimiaNervosa, compensatoryBehavioursResolved: true) },
        stay("c4", "p4", "dca-a", .eatingDisorderRehab, "2024-10-01", discharged: "2025-01-20") {
            $0.eatingDisorder = EatingDisorderData(
                disorder: .bulimiaNervosa, diagnosticEvaluationWithPsychometricTests: true,
                carePlanItems: Set(EatingDisorderData.CarePlanItem.allCases))
            $0.project = project(scale: true) },
        stay("c5", "p5", "dca-a", .eatingDisorderRehab, "2025-09-01") {
            $0.eatingDisorder = EatingDisorderData(disorder: .anorexiaNervosa, diagnosticEvaluationWithPsychometricTests: true) },
    ]

    @Test func dcaTable() {
        let results = compute(Self.dca)
        // DCA-IND-1: evaluations of the stays admitted in 2025: c1, c2, c5; with tests c1, c5 = 66.67 %.
        #expect(counts(results, "dca-ind-1", "dca-a", 2025) == "2/3")
        // DCA-IND-2: AN discharged c1, c2; BMI >= 18.5 c1 (exactly 18.5).
        #expect(counts(results, "dca-ind-2", "dca-a", 2025) == "1/2")
        // DCA-IND-3: BN discharged c3, c4; resolved c3 (c4 not assessed counts as not resolved).
        #expect(counts(results, "dca-ind-3", "dca-a", 2025) == "1/2")
        // DCA-IND-4: in care c1..c5; complete plans c1, c4 = 0.4.
        #expect(counts(results, "dca-ind-4", "dca-a", 2025) == "2/5")
        #expect(result(results, "dca-ind-4", "dca-a", 2025)?.value == 0.4)
        // DCA-IND-5: projects c1, c2, c4; checked c1, c4.
        #expect(counts(results, "dca-ind-5", "dca-a", 2025) == "2/3")
        // 2024: c4.
        #expect(counts(results, "dca-ind-1", "dca-a", 2024) == "1/1")
        #expect(counts(results, "dca-ind-4", "dca-a", 2024) == "1/1")
        #expect(results.allSatisfy { $0.status == .noStandard })
    }

    @Test func generalPsychiatryStandardsAndItsOwnPatients() {
        // GP-IND-2 and GP-IND-3 are met by reporting, with no event at all.
        let records: [ActivityRecord] = [
            stay("a1", "p1", "gp-a", .generalPsychiatry, "2025-01-10", discharged: "2025-01-20") { $0.diagnosis = Diagnosis(criteriaComplete: true) },
            stay("a2", "p1", "gp-a", .generalPsychiatry, "2025-02-10", discharged: "2025-02-20") { $0.diagnosis = Diagnosis(criteriaComplete: true) },
            // p1's SPOI admission does not make a third general-psychiatry admission.
            stay("a3", "p1", "spoi-a", .spoi, "2025-03-10", discharged: "2025-03-20"),
        ]
        let results = compute(records)
        #expect(counts(results, "gp-ind-1", "gp-a", 2025) == "2/2")
        #expect(result(results, "gp-ind-1", "gp-a", 2025)?.status == .met)
        #expect(counts(results, "gp-ind-2", "gp-a", 2025) == "0/2")
        #expect(result(results, "gp-ind-2", "gp-a", 2025)?.status == .met)
        #expect(result(results, "gp-ind-3", "gp-a", 2025)?.status == .met)
        #expect(counts(results, "gp-ind-5", "gp-a", 2025) == "0/1")
        #expect(counts(results, "spoi-ind-5", "spoi-a", 2025) == "0/1")
        #expect(results.filter { $0.structure.rawValue == "gp-a" }.map(\.indicator.id) == ["gp-ind-1", "gp-ind-2", "gp-ind-3", "gp-ind-4", "gp-ind-5"])
    }

    @Test func thirdAdmissionSlidingWindow() {
        let records: [ActivityRecord] = [
            // p1: SPOI a, b, a; the third on the same calendar date a year after the first: counts, at spoi-a.
            stay("x1", "p1", "spoi-a", .spoi, "2024-11-10", discharged: "2024-11-20"),
            stay("x2", "p1", "spoi-b", .spoi, "2025-01-05", discharged: "2025-01-10"),
            stay("x3", "p1", "spoi-a", .spoi, "2025-11-10", discharged: "2025-11-12"),
            // p2: the third one day after the window: does not count.
            stay("y1", "p2", "spoi-a", .spoi, "2024-11-10", discharged: "2024-11-20"),
            stay("y2", "p2", "spoi-a", .spoi, "2025-01-05", discharged: "2025-01-10"),
            stay("y3", "p2", "spoi-a", .spoi, "2025-11-11", discharged: "2025-11-12"),
            // p4: RTI and RTI specialistica share the window; 29 February 2024 + 12 months = 28 February 2025.
            stay("w1", "p4", "rti-a", .rti, "2024-02-29", discharged: "2024-03-20"),
            stay("w2", "p4", "rti-s", .rtiSpecialist, "2024-06-01", discharged: "2024-06-20"),
            stay("w3", "p4", "rti-a", .rti, "2025-02-28", discharged: "2025-03-20"),
            // p5: RTP admissions do not join the RTI window, nor the other way round.
            stay("v1", "p5", "rtp-a", .rtp, "2025-01-01", discharged: "2025-01-20"),
            stay("v2", "p5", "rti-a", .rti, "2025-02-01", discharged: "2025-02-20"),
            stay("v3", "p5", "rtp-a", .rtp, "2025-03-01", discharged: "2025-03-20"),
            // p6: two admissions in 2025 and the third in February 2026: counted in 2026, not in 2025.
            stay("u1", "p6", "spoi-b", .spoi, "2025-03-01", discharged: "2025-03-05"),
            stay("u2", "p6", "spoi-b", .spoi, "2025-06-01", discharged: "2025-06-05"),
            stay("u3", "p6", "spoi-b", .spoi, "2026-02-01", discharged: "2026-02-05"),
        ]
        let results = compute(records, audit: true)
        // spoi-a 2025: admitted p1, p2; third: p1 (x3).
        #expect(counts(results, "spoi-ind-5", "spoi-a", 2025) == "1/2")
        #expect(result(results, "spoi-ind-5", "spoi-a", 2025)?.numeratorRecords.map(\.rawValue) == ["x3"])
        // spoi-b 2025: admitted p1, p6; none third. 2026: p6 third.
        #expect(counts(results, "spoi-ind-5", "spoi-b", 2025) == "0/2")
        #expect(counts(results, "spoi-ind-5", "spoi-b", 2026) == "1/1")
        // rti-a 2025: admitted p4, p5; p4's w3 is third (with w2 at the RTI specialistica).
        #expect(counts(results, "res-ind-6", "rti-a", 2025) == "1/2")
        #expect(result(results, "res-ind-6", "rti-a", 2025)?.value == 50)
        #expect(counts(results, "res-ind-6", "rti-s", 2024) == "0/1")
        #expect(counts(results, "res-ind-6", "rtp-a", 2025) == "0/1")

        // The structure filter keeps the other SPOI's admissions in the window.
        let onlyA = compute(records, structure: "spoi-a")
        #expect(counts(onlyA, "spoi-ind-5", "spoi-a", 2025) == "1/2")
        #expect(Set(onlyA.map(\.structure.rawValue)) == ["spoi-a"])
        // The year filter keeps the previous year's admissions.
        #expect(counts(compute(records, year: 2025), "spoi-ind-5", "spoi-a", 2025) == "1/2")
        #expect(counts(compute(records, year: 2026), "spoi-ind-5", "spoi-b", 2026) == "1/1")
    }

    @Test func windowEnd() {
        #expect(ERIndicatorCalculator.windowEnd(after: day("2024-02-29")) == day("2025-02-28"))
        #expect(ERIndicatorCalculator.windowEnd(after: day("2025-01-31")) == day("2026-01-31"))
    }
}

@Suite("Indicator calculator: forgetting counted admissions")
struct ERIndicatorPruningTests {
    /// Five patients admitted to two SPOI and an RTI every 40 to 160 days from 2019 to 2025, in
    /// admission order: many thirds within 12 months and many gaps of more than a year.
    static let chronological: [ActivityRecord] = {
        var records: [ActivityRecord] = []
        var day = LocalDate(year: 2019, month: 1, day: 1)!
        var step = 0
        while day.year < 2026 {
            let patient = "p\(step % 5)"
            let structure = step % 3 == 0 ? "spoi-b" : "spoi-a"
            let gap = [40, 160, 70, 400, 100, 45][step % 6]
            let type: ERPsychiatricStructureType = step % 7 == 0 ? .rti : .spoi
            records.append(stay("s\(step)", patient, type == .rti ? "rti-a" : structure, type, day.description,
                                discharged: day.adding(days: 5)!.description))
            day = day.adding(days: gap / 5)!
            step += 1
        }
        return records
    }()

    /// One line per result, so that a failure prints readably.
    func lines(_ results: [ERIndicatorResult]) -> [String] {
        results.map { "\($0.indicator.id) \($0.structure) \($0.year) \($0.numerator)/\($0.denominator) \($0.numeratorRecords.map(\.rawValue).sorted())" }
    }

    func counts(_ results: [ERIndicatorResult]) -> [String] {
        results.map { "\($0.indicator.id) \($0.structure) \($0.year) \($0.numerator)/\($0.denominator)" }
    }

    func compute(_ records: [ActivityRecord], prune: Bool, threshold: Int = 4, year: Int? = nil, audit: Bool = true) -> (ERIndicatorCalculator, [ERIndicatorResult]) {
        var calculator = ERIndicatorCalculator(year: year, structure: nil, audit: audit, pruneHistory: prune, pruneThreshold: threshold)
        for record in records { calculator.add(record) }
        return (calculator, calculator.results())
    }

    @Test func inAdmissionOrderPruningGivesTheSameResults() {
        let (full, expected) = compute(Self.chronological, prune: false)
        let (pruned, results) = compute(Self.chronological, prune: true)
        #expect(full.isExact && pruned.isExact)
        #expect(lines(results) == lines(expected))
        #expect(counts(compute(Self.chronological, prune: true, audit: false).1) == counts(expected))
        // The vector does exercise the window: some thirds, and not all admissions are thirds.
        let thirds = expected.filter { $0.indicator.id == "spoi-ind-5" }.map(\.numerator).reduce(0, +)
        let admitted = expected.filter { $0.indicator.id == "spoi-ind-5" }.map(\.denominator).reduce(0, +)
        #expect(thirds > 0 && thirds < admitted)
        #expect(lines(compute(Self.chronological, prune: true, year: 2023).1) == lines(expected.filter { $0.year == 2023 }))
    }

    @Test func aLongerRandomisedHistoryGivesTheSameResults() {
        // 3,000 admissions of 40 patients to 6 structures of 4 groups over 2018-2025, in
        // admission order, with gaps of 0 to 3 days: dense windows and pruning every few hundred.
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let structures: [(String, ERPsychiatricStructureType)] = [
            ("spoi-a", .spoi), ("spoi-b", .spoi), ("rti-a", .rti), ("rti-s", .rtiSpecialist), ("rtp-a", .rtp), ("gp-a", .generalPsychiatry),
        ]
        var records: [ActivityRecord] = []
        var day = LocalDate(year: 2018, month: 1, day: 1)!
        for index in 0..<3000 {
            let (structure, type) = structures[next(structures.count)]
            records.append(stay("z\(index)", "p\(next(40))", structure, type, day.description, discharged: day.adding(days: 2)!.description))
            day = day.adding(days: next(4))!
        }
        let (_, expected) = compute(records, prune: false)
        let (pruned, results) = compute(records, prune: true, threshold: 64)
        #expect(pruned.isExact)
        #expect(lines(results) == lines(expected))
        // Without auditing the admissions are sorted and compacted in place: the same counts.
        let (inPlace, plain) = compute(records, prune: true, threshold: 64, audit: false)
        #expect(inPlace.isExact)
        #expect(counts(plain) == counts(expected))
        #expect(plain.allSatisfy { $0.numeratorRecords.isEmpty })
        #expect(expected.filter { $0.indicator.id == "res-ind-6" }.map(\.numerator).reduce(0, +) > 0)
    }

    @Test func outOfOrderInputIsFlaggedAndTheFullHistoryIsExact() {
        let reversed = Array(Self.chronological.reversed())
        let (_, expected) = compute(Self.chronological, prune: false)
        let (pruned, _) = compute(reversed, prune: true)
        #expect(!pruned.isExact)
        #expect(!compute(reversed, prune: true, audit: false).0.isExact)
        #expect(counts(compute(reversed, prune: false, audit: false).1) == counts(expected))
        let (full, results) = compute(reversed, prune: false)
        #expect(full.isExact)
        #expect(lines(results) == lines(expected))
    }

    @Test func disorderWithinTheMarginIsTolerated() {
        // Swap neighbours: a few days of disorder, far less than the 62-day margin.
        var shuffled = Self.chronological
        for index in stride(from: 0, to: shuffled.count - 1, by: 2) { shuffled.swapAt(index, index + 1) }
        let (_, expected) = compute(Self.chronological, prune: false)
        let (pruned, results) = compute(shuffled, prune: true)
        #expect(pruned.isExact)
        #expect(lines(results) == lines(expected))
    }
}

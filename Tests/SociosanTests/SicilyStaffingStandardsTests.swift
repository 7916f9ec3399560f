import Testing
import Foundation
@testable import Sociosan
import SociosanTestResources

@Suite("Sicily staffing standards (seed 004 sections 4-6)")
struct SicilyStaffingStandardsTests {
    typealias C = SicilyStaffingStandards.Condition

    static let ids = [
        "sicily.long-term-care", "sicily.dementia-day-centre", "sicily.rehab-residential", "sicily.rehab-day",
        "sicily.psychiatric-residence-24h", "sicily.psychiatric-group-apartment",
        "sicily.addiction-reception", "sicily.addiction-day", "sicily.addiction-residential", "sicily.addiction-pedagogic",
        "sicily.addiction-comorbidity", "sicily.addiction-alcohol",
    ]

    func standard(_ id: String) throws -> StaffingStandard {
        try #require(SicilyStaffingStandards.all.first { $0.id == id })
    }

    /// The line's rule id after `<standard id>.` (`staff.nurse`).
    func suffix(_ rule: RuleID, of id: String) -> String {
        String(rule.rawValue.dropFirst(id.count + 1))
    }

    /// Minimum of every line, keyed by the rule's suffix after `<standard>.staff.`.
    func minima(_ id: String, capacity: Int, fullTime: Rational = 36, conditions: Set<StaffingCondition> = []) throws -> [String: Rational] {
        let needs = try StaffingCalculator.requirement(for: standard(id), capacity: capacity,
                                                       parameters: .init(fullTimeHours: fullTime, conditions: conditions))
        return Dictionary(uniqueKeysWithValues: needs.lines.map { (suffix($0.requirement.rule, of: id), $0.minimum) })
    }

    func tableHours(_ id: String, capacity: Int, fullTime: Rational = 36, conditions: Set<StaffingCondition> = []) throws -> Rational {
        try StaffingCalculator.requirement(for: standard(id), capacity: capacity, parameters: .init(fullTimeHours: fullTime, conditions: conditions))
            .lines.filter { $0.requirement.rule.rawValue.contains(".staff.") }
            .reduce(Rational.zero) { $0 + $1.hoursPerWeek }
    }

    // MARK: - Catalogue

    @Test func theTwelveStandardsWithStableIds() {
        #expect(SicilyStaffingStandards.all.map(\.id) == Self.ids)
        for id in Self.ids { #expect(StaffingCatalogue.standard(id) != nil, "\(id) is not in the catalogue") }
        for standard in SicilyStaffingStandards.all {
            let rules = standard.requirements.map(\.rule.rawValue) + standard.coverage.map(\.rule.rawValue) + standard.shareCaps.map(\.rule.rawValue)
            #expect(Set(rules).count == rules.count, "\(standard.id) repeats a rule id")
            for rule in rules {
                #expect(rule.hasPrefix(standard.id + "."), "\(rule)")
                #expect(rule.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" }, "\(rule)")
            }
            // Every line documents its reading; no line rounds (exact, digest Appendix C).
            for requirement in standard.requirements {
                #expect(!(requirement.decision ?? "").isEmpty, "\(requirement.rule) has no decision")
                #expect(requirement.rounding == .exact, "\(requirement.rule)")
            }
        }
        #expect(SicilyStaffingStandards.all.first { $0.id == "sicily.long-term-care" }?.requirements.first?.rule == "sicily.long-term-care.staff.social-worker")
    }

    // MARK: - 4.1 and 4.2

    @Test func longTermCareCountsWholeNucleiOf20() throws {
        let one = try minima("sicily.long-term-care", capacity: 20)
        #expect(one == ["staff.social-worker": 18, "staff.nurse": 5, "staff.rehabilitation-therapist": 2, "staff.educator": 18,
                        "staff.oss": 5, "staff.cook": 1, "staff.administrative": 18, "staff.auxiliaries": 2])
        #expect(try minima("sicily.long-term-care", capacity: 12) == one)
        let two = try minima("sicily.long-term-care", capacity: 21)
        #expect(two["staff.nurse"] == 10 && two["staff.administrative"] == 36 && two["staff.oss"] == 10)
        #expect(try minima("sicily.long-term-care", capacity: 40) == two)
        #expect(try minima("sicily.long-term-care", capacity: 41)["staff.nurse"] == 15)
    }

    @Test func longTermCareHoursFollowTheFullTimeParameter() throws {
        // Care hours (social worker, nurses, rehabilitation therapists, educator, OSS): 468 at 36 h, 492 at 38 h.
        func care(_ fullTime: Rational) throws -> Rational {
            try StaffingCalculator.requirement(for: standard("sicily.long-term-care"), capacity: 20, parameters: .init(fullTimeHours: fullTime))
                .lines.filter { !["cook", "administrative", "auxiliary"].contains($0.requirement.target.id) }
                .reduce(Rational.zero) { $0 + $1.hoursPerWeek }
        }
        #expect(try care(36) == 468)
        #expect(try care(38) == 492)
        let nurse38 = try #require(try StaffingCalculator.requirement(for: standard("sicily.long-term-care"), capacity: 20, parameters: .init(fullTimeHours: 38))
            .lines.first { $0.requirement.target.id == "nurse" })
        #expect(nurse38.hoursPerWeek == 190 && nurse38.fullTimeEquivalents == 5)
        #expect(try standard("sicily.long-term-care").notes.contains { $0.text.english.contains("general practitioners (MMG)") })
    }

    @Test func dementiaDayCentreTableWithoutThePageNumber() throws {
        let table = try minima("sicily.dementia-day-centre", capacity: 20)
        #expect(table == ["staff.social-worker": 18, "staff.nurse": 12, "staff.rehabilitation-therapist": 2,
                          "staff.occupational-therapist": 18, "staff.educator": 1, "staff.oss": 4, "staff.auxiliary": 1])
        #expect(try minima("sicily.dementia-day-centre", capacity: 8) == table)
        let rehab = try #require(try standard("sicily.dementia-day-centre").requirements.first { $0.rule == "sicily.dementia-day-centre.staff.rehabilitation-therapist" })
        #expect(rehab.unit == .persons && rehab.decision?.contains("page number") == true)
        // Care hours at 36 h: 18 + 12 + 72 + 18 + 36 + 144 = 300 (the auxiliary excluded).
        #expect(try tableHours("sicily.dementia-day-centre", capacity: 20) - 36 == 300)
        #expect(try tableHours("sicily.dementia-day-centre", capacity: 20, fullTime: 38) - 38 == 314)
    }

    // MARK: - 5.1.1

    @Test func rehabResidentialAt60IsThePrintedTable() throws {
        let table = try minima("sicily.rehab-residential", capacity: 60)
        #expect(table == [
            "staff.medical-specialists": 24,  // 12 h lead + 12 h collaborator
            "staff.psychologist": 1, "staff.social-worker": 1, "staff.rehabilitation-therapists": 12, "staff.nurse": 3,
            "staff.care-auxiliaries": 14, "staff.general-services": 8,  // 7 general services + 1 kitchen assistant
            "staff.administrative": 2,  // director + clerk
            "staff.cook": 1, "staff.maintenance-worker": 1,
        ])
        // 43 persons besides the doctors' hours, as printed.
        #expect(table.filter { $0.key != "staff.medical-specialists" }.values.reduce(Rational.zero, +) == 43)
    }

    @Test func rehabDayAt40IsThePrintedTable() throws {
        let table = try minima("sicily.rehab-day", capacity: 40)
        #expect(table == [
            "staff.medical-specialists": 22,  // 10 h lead + 12 h collaborator
            "staff.psychologist": 1, "staff.social-worker": 1, "staff.care-auxiliaries": 4, "staff.rehabilitation-therapists": 6,
            "staff.administrative": 1, "staff.nurse": 1, "staff.cook": 1, "staff.general-services": 2,
        ])
        #expect(table.filter { $0.key != "staff.medical-specialists" }.values.reduce(Rational.zero, +) == 17)
    }

    @Test func rehabScalesInProportionBelowTheReference() throws {
        let thirty = try minima("sicily.rehab-residential", capacity: 30)
        #expect(thirty["staff.rehabilitation-therapists"] == 6 && thirty["staff.care-auxiliaries"] == 7)
        #expect(thirty["staff.nurse"] == Rational(3, 2) && thirty["staff.medical-specialists"] == 12)
        let fortyFive = try minima("sicily.rehab-residential", capacity: 45)
        #expect(fortyFive["staff.nurse"] == Rational(9, 4) && fortyFive["staff.care-auxiliaries"] == Rational(21, 2))
        #expect(fortyFive["staff.psychologist"] == Rational(3, 4))
        let forty = try minima("sicily.rehab-residential", capacity: 40)
        #expect(forty["staff.care-auxiliaries"] == Rational(28, 3) && forty["staff.general-services"] == Rational(16, 3))
        let twenty = try minima("sicily.rehab-day", capacity: 20)
        #expect(twenty["staff.medical-specialists"] == 11 && twenty["staff.rehabilitation-therapists"] == 3)
        #expect(twenty["staff.psychologist"] == Rational(1, 2) && twenty["staff.care-auxiliaries"] == 2)
        // 0.5 psychologist is 18 h at 36 and 19 h at 38.
        let line = try #require(try StaffingCalculator.requirement(for: standard("sicily.rehab-day"), capacity: 20, parameters: .init(fullTimeHours: 38))
            .lines.first { $0.requirement.target.id == "psychologist" })
        #expect(line.hoursPerWeek == 19)
    }

    // MARK: - 6.1.4

    @Test func psychiatricResidenceAt10Is214Hours() throws {
        let table = try minima("sicily.psychiatric-residence-24h", capacity: 10)
        #expect(table == ["staff.social-worker": 36, "staff.psychologist": 16, "staff.nurse": 18, "staff.educator": 36,
                          "staff.psychiatric-rehab-technician": 36, "staff.oss": 72])
        #expect(try tableHours("sicily.psychiatric-residence-24h", capacity: 10) == 214)
        #expect(try tableHours("sicily.psychiatric-residence-24h", capacity: 10, fullTime: 38) == 214)
    }

    @Test func psychiatricResidenceAt5IsExactlyHalf() throws {
        let five = try minima("sicily.psychiatric-residence-24h", capacity: 5)
        #expect(five == ["staff.social-worker": 18, "staff.psychologist": 8, "staff.nurse": 9, "staff.educator": 18,
                         "staff.psychiatric-rehab-technician": 18, "staff.oss": 36])
        #expect(try tableHours("sicily.psychiatric-residence-24h", capacity: 5) == 107)
        #expect(try tableHours("sicily.psychiatric-residence-24h", capacity: 7) == Rational(749, 5))  // 149.8
        #expect(try minima("sicily.psychiatric-residence-24h", capacity: 3)["staff.nurse"] == Rational(27, 5))  // 5.4
    }

    func psychiatricRoster(users: Int) -> Roster {
        let hours: [(StaffRole, Rational)] = [(.socialWorker, 36), (.psychologist, 16), (.nurse, 18), (.educator, 36),
                                              (.psychiatricRehabTechnician, 36), (.oss, 72)]
        return Roster(members: hours.map { RosterMember(role: $0.0, hoursPerWeek: $0.1 * Rational(users, 10)) })
    }

    @Test func psychiatricResidenceMinimumCannotCoverTheClockBelow8Users() throws {
        let srp = try standard("sicily.psychiatric-residence-24h")
        let seven = try StaffingCalculator.check(psychiatricRoster(users: 7), against: srp, capacity: 7)
        #expect(seven.roles.allSatisfy { $0.isMet })
        #expect(seven.coverage.map(\.requirement.hoursPerWeek) == [168])
        #expect(!seven.coverage[0].isMet && !seven.isMet)
        #expect(try StaffingCalculator.check(psychiatricRoster(users: 8), against: srp, capacity: 8).isMet)
        let ten = try StaffingCalculator.check(psychiatricRoster(users: 10), against: srp, capacity: 10)
        #expect(ten.isMet && ten.coverage[0].presentHoursPerWeek == 214)
        // A psychotherapist counts for "Psicologo/psicoterapeuta".
        var roster = psychiatricRoster(users: 10)
        roster.members[1].role = .psychotherapist
        #expect(try StaffingCalculator.check(roster, against: srp, capacity: 10).isMet)
        roster.members[1].role = .psychiatrist
        #expect(try !StaffingCalculator.check(roster, against: srp, capacity: 10).isMet)
    }

    @Test func groupApartmentIs36HoursAtEveryCapacity() throws {
        for users in 1...4 {
            #expect(try minima("sicily.psychiatric-group-apartment", capacity: users)
                    == ["staff.social-worker": 14, "staff.psychiatric-rehab-technician": 8, "staff.oss": 14])
        }
        let apartment = try standard("sicily.psychiatric-group-apartment")
        let roster = Roster(members: [RosterMember(role: .socialWorker, hoursPerWeek: 14), RosterMember(role: .psychiatricRehabTechnician, hoursPerWeek: 8),
                                      RosterMember(role: .adb, hoursPerWeek: 14)])  // an OSA, recorded as adb
        #expect(try StaffingCalculator.check(roster, against: apartment, capacity: 4).isMet)
        let answer = try StaffingCalculator.largestCapacity(for: roster, standard: apartment)
        #expect(answer.capacity == 4 && answer.reachedUpperLimit)
        let short = Roster(members: Array(roster.members.dropLast()) + [RosterMember(role: .oss, hoursPerWeek: 13)])
        let check = try StaffingCalculator.check(short, against: apartment, capacity: 2)
        #expect(!check.isMet && check.coverage[0].presentHoursPerWeek == 35)
    }

    // MARK: - 6.4

    @Test func receptionTableAndConditionalPsychologist() throws {
        let plain = try minima("sicily.addiction-reception", capacity: 8)
        #expect(plain == ["staff.physician": 3, "staff.nurse": 9, "staff.qualified-operators": 3, "staff.generic-operator": 30,
                          "staff.administrative": 15, "staff.supervision": 1,
                          "general.minimum-staff": 2, "general.full-time-per-10-users": Rational(4, 5), "general.programme-manager": 36])
        #expect(try minima("sicily.addiction-reception", capacity: 1)["staff.qualified-operators"] == 3)
        let withPsychologist = try minima("sicily.addiction-reception", capacity: 8, conditions: [C.noPsychologistAmongQualifiedOperators])
        #expect(withPsychologist["staff.psychologist"] == 4)
        // 3 + 9 + 3 FT + 30 + 15 + 1: 166 h at 36, 172 h at 38; the psychologist adds 4.
        #expect(try tableHours("sicily.addiction-reception", capacity: 8) == 166)
        #expect(try tableHours("sicily.addiction-reception", capacity: 8, fullTime: 38) == 172)
        #expect(try tableHours("sicily.addiction-reception", capacity: 8, conditions: [C.noPsychologistAmongQualifiedOperators]) == 170)
    }

    @Test func therapeuticServicesAt15AndAbove() throws {
        let both: Set<StaffingCondition> = [C.noPsychologistAmongQualifiedOperators, C.noVocationalTrainingAgreement]
        let day = try minima("sicily.addiction-day", capacity: 15, conditions: both)
        #expect(day["staff.qualified-operators"] == 2 && day["staff.generic-operator"] == 1 && day["staff.workshop-instructor"] == 15)
        #expect(day["staff.psychologist"] == 8 && day["staff.supervision"] == 1 && day["staff.administrative"] == 10)
        let residential = try minima("sicily.addiction-residential", capacity: 15, conditions: both)
        #expect(residential["staff.qualified-operators"] == 3 && residential["staff.generic-operators"] == 2)
        #expect(residential["staff.workshop-instructor"] == 19 && residential["general.full-time-per-10-users"] == Rational(3, 2))
        // Without the conditions the instructor and the psychologist are not required.
        let plain = try minima("sicily.addiction-residential", capacity: 15)
        #expect(plain["staff.workshop-instructor"] == nil && plain["staff.psychologist"] == nil && plain.count == residential.count - 2)
        // 3 + 9 + 5 FT + 19 + 10 + 8 + 1 = 230 h at 36.
        #expect(try tableHours("sicily.addiction-residential", capacity: 15, conditions: both) == 230)
        // Below the reference the table stays; above it grows in proportion (L1690-L1691).
        #expect(try minima("sicily.addiction-residential", capacity: 6, conditions: both) == residential.merging(["general.full-time-per-10-users": Rational(3, 5)]) { $1 })
        let twenty = try minima("sicily.addiction-residential", capacity: 20, conditions: both)
        #expect(twenty["staff.qualified-operators"] == 4 && twenty["staff.nurse"] == 12 && twenty["staff.workshop-instructor"] == Rational(76, 3))
        #expect(twenty["general.programme-manager"] == 36)
    }

    @Test func pedagogicComorbidityAndAlcohol() throws {
        let both: Set<StaffingCondition> = [C.noPsychologistAmongQualifiedOperators, C.noVocationalTrainingAgreement]
        let pedagogic = try minima("sicily.addiction-pedagogic", capacity: 10, conditions: both)
        #expect(pedagogic["staff.pedagogist"] == 19 && pedagogic["staff.social-worker"] == 38 && pedagogic["staff.qualified-operators"] == 3)
        // 3 + 19 + 38 + 5 FT + 19 + 10 + 8 + 1 = 278 h at 36, 288 at 38.
        #expect(try tableHours("sicily.addiction-pedagogic", capacity: 10, conditions: both) == 278)
        #expect(try tableHours("sicily.addiction-pedagogic", capacity: 10, fullTime: 38, conditions: both) == 288)
        let comorbidity = try minima("sicily.addiction-comorbidity", capacity: 12, conditions: both)
        #expect(comorbidity == ["staff.site-manager": 1, "staff.qualified-operators": 4, "staff.generic-operators": 2, "staff.psychotherapist": 18,
                                "staff.psychiatrist": 15, "staff.nurse": 36, "staff.administrative": 10, "staff.instructor-or-animator": 24,
                                "general.minimum-staff": 2, "general.full-time-per-10-users": Rational(6, 5), "general.programme-manager": 36])
        // 7 FT + 93 h of specialists, nurse and instructor + 10 h administrative: 355 at 36, 369 at 38.
        #expect(try tableHours("sicily.addiction-comorbidity", capacity: 12) == 355)
        #expect(try tableHours("sicily.addiction-comorbidity", capacity: 12, fullTime: 38) == 369)
        let alcohol = try minima("sicily.addiction-alcohol", capacity: 15, conditions: both)
        #expect(alcohol["staff.manager"] == 1 && alcohol["staff.qualified-operators"] == 4 && alcohol["staff.psychologist"] == 8)
        #expect(alcohol["staff.instructor-or-animator"] == 18 && alcohol["staff.nurse"] == 14)
        #expect(try minima("sicily.addiction-alcohol", capacity: 7) == minima("sicily.addiction-alcohol", capacity: 15).merging(["general.full-time-per-10-users": Rational(7, 10)]) { $1 })
        let twoModules = try minima("sicily.addiction-alcohol", capacity: 16)
        #expect(twoModules["staff.qualified-operators"] == 8 && twoModules["staff.manager"] == 2 && twoModules["staff.nurse"] == 28)
        #expect(try minima("sicily.addiction-alcohol", capacity: 30)["staff.qualified-operators"] == 8)
        #expect(try minima("sicily.addiction-alcohol", capacity: 31)["staff.qualified-operators"] == 12)
    }

    @Test func coverageWindowsAreTheSeeds() throws {
        let expected: [String: [Int]] = [
            "sicily.long-term-care": [], "sicily.dementia-day-centre": [60], "sicily.rehab-residential": [], "sicily.rehab-day": [40],
            "sicily.psychiatric-residence-24h": [168], "sicily.psychiatric-group-apartment": [36],
            "sicily.addiction-reception": [168], "sicily.addiction-day": [40], "sicily.addiction-residential": [168],
            "sicily.addiction-pedagogic": [], "sicily.addiction-comorbidity": [168], "sicily.addiction-alcohol": [168],
        ]
        for standard in SicilyStaffingStandards.all {
            #expect(standard.coverage.map(\.hoursPerWeek) == expected[standard.id], "\(standard.id)")
            for coverage in standard.coverage {
                #expect(!coverage.target.roles.contains(.administrative), "\(coverage.rule)")
            }
        }
    }

    @Test(arguments: [
        ("sicily.dementia-day-centre", 21, 1...20), ("sicily.dementia-day-centre", 0, 1...20),
        ("sicily.rehab-residential", 19, 20...60), ("sicily.rehab-residential", 61, 20...60),
        ("sicily.rehab-day", 41, 20...40), ("sicily.rehab-day", 19, 20...40),
        ("sicily.psychiatric-residence-24h", 11, 1...10), ("sicily.psychiatric-group-apartment", 5, 1...4),
        ("sicily.addiction-reception", 9, 1...8), ("sicily.addiction-comorbidity", 13, 1...12),
    ])
    func capacitiesOutsideTheLimitsAreRefusedWithTheirSource(id: String, capacity: Int, limits: ClosedRange<Int>) throws {
        let standard = try standard(id)
        #expect(standard.capacityLimits == limits)
        let citation = try #require(standard.limitsCitation)
        #expect(throws: StaffingError.capacityOutOfRange(standard: id, capacity: capacity, limits: limits, citation: citation)) {
            try StaffingCalculator.requirement(for: standard, capacity: capacity)
        }
        #expect(throws: Never.self) { try StaffingCalculator.requirement(for: standard, capacity: limits.upperBound) }
        #expect(throws: Never.self) { try StaffingCalculator.requirement(for: standard, capacity: limits.lowerBound) }
    }

    @Test func standardsWithoutLimitsAcceptLargeCapacities() throws {
        for id in ["sicily.long-term-care", "sicily.addiction-day", "sicily.addiction-residential", "sicily.addiction-pedagogic", "sicily.addiction-alcohol"] {
            #expect(try standard(id).capacityLimits == nil, "\(id)")
            #expect(throws: Never.self) { try StaffingCalculator.requirement(for: standard(id), capacity: 90) }
        }
    }

    // MARK: - Share caps

    /// The reception's minimum on the roster (202 h at 36: the table without psychologist plus the programme manager).
    func receptionRoster(extra: [RosterMember] = []) -> Roster {
        Roster(members: [
            RosterMember(role: .physician, hoursPerWeek: 3, contract: .freelance), RosterMember(role: .nurse, hoursPerWeek: 9),
            RosterMember(role: .qualifiedOperator, hoursPerWeek: 36), RosterMember(role: .qualifiedOperator, hoursPerWeek: 36),
            RosterMember(role: .qualifiedOperator, hoursPerWeek: 36), RosterMember(role: .genericOperator, hoursPerWeek: 30),
            RosterMember(role: .administrative, hoursPerWeek: 15), RosterMember(role: .psychotherapist, hoursPerWeek: 1, contract: .consultant),
            RosterMember(role: .coordinator, hoursPerWeek: 36),
        ] + extra)
    }

    func trainees(_ count: Int, hours: Rational = 18) -> [RosterMember] {
        (0..<count).map { _ in RosterMember(role: .genericOperator, hoursPerWeek: hours, contract: .trainee) }
    }

    func volunteers(_ count: Int, hours: Rational = 18) -> [RosterMember] {
        (0..<count).map { _ in RosterMember(role: .genericOperator, hoursPerWeek: hours, contract: .volunteer) }
    }

    func caps(_ roster: Roster, nonProfit: Bool = true, id: String = "sicily.addiction-reception", capacity: Int = 8) throws -> (trainees: ShareCapCheck, volunteers: ShareCapCheck, check: StaffingCheck) {
        let check = try StaffingCalculator.check(roster, against: standard(id), capacity: capacity,
                                                 parameters: .init(conditions: nonProfit ? [C.nonProfitOperator] : []))
        let trainees = try #require(check.shareCaps.first { $0.cap.contract == .trainee })
        let volunteers = try #require(check.shareCaps.first { $0.cap.contract == .volunteer })
        return (trainees, volunteers, check)
    }

    @Test func traineesAtMostAQuarterOfTheMinimumStaff() throws {
        // Minimum staff 166 h: at most 41.5 trainee hours.
        let two = try caps(receptionRoster(extra: trainees(2)))
        #expect(two.trainees.baseHoursPerWeek == 166 && two.trainees.maximumHoursPerWeek == Rational(83, 2))
        #expect(two.trainees.isMet && two.check.isMet && two.trainees.share == Rational(36, 166))
        let three = try caps(receptionRoster(extra: trainees(3)))
        #expect(!three.trainees.isMet && !three.check.isMet)
        #expect(three.check.roles.allSatisfy { $0.isMet } && three.check.coverage.allSatisfy { $0.isMet })
        // Under 18 h a week a trainee does not qualify.
        let short = try caps(receptionRoster(extra: trainees(1, hours: 12)))
        #expect(short.trainees.membersBelowMinimumHours == 1 && !short.trainees.isMet)
        // Only non-profit bodies may use trainees.
        let forProfit = try caps(receptionRoster(extra: trainees(1)), nonProfit: false)
        #expect(!forProfit.trainees.permitted && forProfit.trainees.maximumHoursPerWeek == 0 && !forProfit.trainees.isMet)
        #expect(try caps(receptionRoster(), nonProfit: false).check.isMet)
        // The base grows with the table: the residential table without conditions is 203 h at 15 places, 406 h at 30.
        let residential = try caps(receptionRoster(), id: "sicily.addiction-residential", capacity: 30)
        #expect(residential.trainees.baseHoursPerWeek == 406 && residential.trainees.maximumHoursPerWeek == Rational(203, 2))
        // Trainees never count towards the minima.
        let replaced = Roster(members: receptionRoster().members.filter { $0.role != .genericOperator } + trainees(1, hours: 30))
        #expect(try caps(replaced).check.roles.contains { !$0.isMet })
    }

    @Test func volunteersAtMostAQuarterOfTheWholeStaff() throws {
        // 202 paid hours; 2 volunteers (36 h) are 36/238 ≤ 25 %; 4 (72 h) are 72/274 > 25 % though ≤ 50 %.
        let two = try caps(receptionRoster(extra: volunteers(2)))
        #expect(two.volunteers.baseHoursPerWeek == 238 && two.volunteers.isMet && two.check.isMet)
        let four = try caps(receptionRoster(extra: volunteers(4)))
        #expect(four.volunteers.share == Rational(72, 274) && four.volunteers.share < Rational(1, 2))
        #expect(!four.volunteers.isMet && !four.check.isMet)
        let cap = four.volunteers.cap
        #expect(cap.maximumShare == Rational(1, 4) && cap.base == .wholeRoster && cap.minimumHoursPerMember == 18)
        #expect(cap.decision?.contains("L1668") == true && cap.decision?.contains("L1686") == true)
        #expect(!(try caps(receptionRoster(extra: volunteers(1)), nonProfit: false)).volunteers.isMet)
        #expect(!(try caps(receptionRoster(extra: volunteers(1, hours: 10)))).volunteers.isMet)
        // Volunteers do not count towards the minima or the coverage.
        let check = try caps(receptionRoster(extra: volunteers(2))).check
        let present = check.coverage[0].presentHoursPerWeek
        #expect(present == Rational(186), "\(present.numerator)/\(present.denominator)")  // 202 paid hours less administrative 15 and supervisor 1
    }

    @Test func shareCapsBelongToThe64StandardsOnly() throws {
        for standard in SicilyStaffingStandards.all {
            let expected = standard.id.hasPrefix("sicily.addiction-") ? [ContractType.trainee, .volunteer] : []
            #expect(standard.shareCaps.map(\.contract) == expected, "\(standard.id)")
            for cap in standard.shareCaps {
                #expect(cap.permittedOnlyWhen == C.nonProfitOperator && cap.maximumShare == Rational(1, 4))
                if case .minimumStaff(let rules) = cap.base {
                    #expect(rules == Set(standard.requirements.map(\.rule).filter { $0.rawValue.contains(".staff.") }), "\(cap.rule)")
                }
            }
        }
        // A roster without trainees or volunteers meets the caps of a standard without any.
        let check = try StaffingCalculator.check(psychiatricRoster(users: 10), against: standard("sicily.psychiatric-residence-24h"), capacity: 10)
        #expect(check.shareCaps.isEmpty)
    }

    @Test func largestCapacityOfARehabDayRoster() throws {
        // The minimum at 30 places (3/4 of the 40-place table) at 36 h.
        let roster = Roster(members: [
            RosterMember(role: .physiatrist, hoursPerWeek: Rational(33, 2)), RosterMember(role: .psychologist, hoursPerWeek: 27),
            RosterMember(role: .socialWorker, hoursPerWeek: 27), RosterMember(role: .oss, hoursPerWeek: 108),
            RosterMember(role: .physiotherapist, hoursPerWeek: 162), RosterMember(role: .administrative, hoursPerWeek: 27),
            RosterMember(role: .nurse, hoursPerWeek: 27), RosterMember(role: .cook, hoursPerWeek: 27), RosterMember(role: .auxiliary, hoursPerWeek: 54),
        ])
        let answer = try StaffingCalculator.largestCapacity(for: roster, standard: standard("sicily.rehab-day"))
        #expect(answer.capacity == 30 && !answer.reachedUpperLimit)
        #expect(answer.limitingRequirement != nil)
    }

    // MARK: - Citations

    /// Seed 004 (``TestResources``; empty when it is not found, and the tests reading it are skipped).
    static let seedLines = TestResources.seedLines(Seed.structuresSicily.fileName)

    func cited(_ citation: Citation) -> String? {
        guard citation.seed == .structuresSicily, citation.firstLine >= 1, citation.firstLine <= citation.lastLine,
              citation.lastLine <= Self.seedLines.count else { return nil }
        return Self.seedLines[(citation.firstLine - 1)...(citation.lastLine - 1)].joined(separator: "\n").lowercased()
    }

    /// Keywords the cited lines must contain, by rule suffix.
    static let keywords: [String: [String]] = [
        "staff.social-worker": ["assistente sociale"], "staff.nurse": ["infermier"], "staff.rehabilitation-therapist": ["terapista", "riabilitazione"],
        "staff.rehabilitation-therapists": ["terapisti della riabilitazione"], "staff.educator": ["educatore"], "staff.oss": ["osa ad esaurimento"],
        "staff.cook": ["cuoco"], "staff.administrative": ["amministrativ"], "staff.auxiliaries": ["ausiliari"], "staff.auxiliary": ["ausiliare"],
        "staff.occupational-therapist": ["terapista occupazionale"], "staff.medical-specialists": ["medico", "specialista"],
        "staff.psychologist": ["psicolog"], "staff.care-auxiliaries": ["ausiliari socio-sanitari specializzati"],
        "staff.general-services": ["servizi generali", "cucina"], "staff.maintenance-worker": ["manutenzione"],
        "staff.psychiatric-rehab-technician": ["tecnico della riabilitazione psichiatrica"], "staff.physician": ["medico"],
        "staff.qualified-operators": ["operatori qualificati", "tempo"], "staff.generic-operator": ["operatore generico"],
        "staff.generic-operators": ["operatori generici"], "staff.workshop-instructor": ["istruttore", "ergoterapic"],
        "staff.supervision": ["supervisione", "quindicinale"], "staff.pedagogist": ["pedagogista"], "staff.site-manager": ["responsabile di sede"],
        "staff.manager": ["responsabile", "tempo pieno"], "staff.psychotherapist": ["psicoterapeuta"], "staff.psychiatrist": ["psichiatra"],
        "staff.instructor-or-animator": ["istruttore", "animatore"],
        "general.minimum-staff": ["due unità"], "general.full-time-per-10-users": ["tempo pieno", "10 utenti"],
        "general.programme-manager": ["responsabile di programma", "36 ore"],
        "coverage.24h": ["24 ore"], "share.trainees": ["formazione", "25%", "18 ore"], "share.volunteers": ["volontario", "50%", "25%", "18 ore"],
    ]

    static let openingKeywords: [String: [String]] = [
        "sicily.dementia-day-centre": ["sei giorni", "18,30"], "sicily.rehab-day": ["8 ore", "5 giorni"],
        "sicily.psychiatric-group-apartment": ["6 ore al giorno", "6 giorni"], "sicily.addiction-day": ["5 giorni", "8 ore"],
    ]

    static let limitKeywords: [String: [String]] = [
        "sicily.dementia-day-centre": ["20 posti"], "sicily.rehab-residential": ["20 posti letto", "60 posti"],
        "sicily.rehab-day": ["20 posti letto", "40 posti"], "sicily.psychiatric-residence-24h": ["10 utenti"],
        "sicily.psychiatric-group-apartment": ["4 utenti"], "sicily.addiction-reception": ["otto posti"], "sicily.addiction-comorbidity": ["12 posti"],
    ]

    static let standardKeywords: [String: String] = [
        "sicily.long-term-care": "lungo assistenza", "sicily.dementia-day-centre": "semiresidenziale per anziani",
        "sicily.rehab-residential": "struttura residenziale", "sicily.rehab-day": "struttura semiresidenziale",
        "sicily.psychiatric-residence-24h": "6.1.4.1", "sicily.psychiatric-group-apartment": "6.1.4.2",
        "sicily.addiction-reception": "servizi di accoglienza", "sicily.addiction-day": "servizio semiresidenziale terapeutico",
        "sicily.addiction-residential": "servizio residenziale terapeutico", "sicily.addiction-pedagogic": "pedagogico-riabilitativi",
        "sicily.addiction-comorbidity": "comorbilità", "sicily.addiction-alcohol": "alcolisti",
    ]

    @Test(.requiresSeeds) func theSeedIsReadable() throws {
        try #require(Self.seedLines.count == 3483)  // 3482 newlines, the last line ("75") without one
        #expect(Self.seedLines[539] == "12")  // L540: the page number left out of 4.2's table
    }

    @Test(.requiresSeeds, arguments: ids)
    func everyCitationPointsAtTheRightText(id: String) throws {
        let standard = try standard(id)
        func check(_ citation: Citation, _ keywords: [String], _ what: String) {
            guard let text = cited(citation) else {
                Issue.record("\(what) cites \(citation), outside seed 004")
                return
            }
            #expect(!keywords.isEmpty, "\(what) has no keyword")
            for keyword in keywords {
                #expect(text.contains(keyword.lowercased()), "\(what) cites \(citation), which does not mention \"\(keyword)\"")
            }
        }
        for requirement in standard.requirements {
            let key = suffix(requirement.rule, of: id)
            check(requirement.citation, Self.keywords[key] ?? [], requirement.rule.rawValue)
        }
        for coverage in standard.coverage {
            let key = suffix(coverage.rule, of: id)
            check(coverage.citation, key == "coverage.opening" ? Self.openingKeywords[id] ?? [] : Self.keywords[key] ?? [], coverage.rule.rawValue)
        }
        for cap in standard.shareCaps {
            check(cap.citation, Self.keywords[suffix(cap.rule, of: id)] ?? [], cap.rule.rawValue)
        }
        if let limits = standard.limitsCitation {
            check(limits, Self.limitKeywords[id] ?? [], "\(id) limits")
        }
        check(standard.citation, [Self.standardKeywords[id] ?? "?"], id)
        // Each note shares at least two long words with the lines it cites.
        for note in standard.notes {
            guard let text = cited(note.citation) else {
                Issue.record("\(id) note cites \(note.citation), outside seed 004")
                continue
            }
            let words = Set(note.text.italian.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 7 })
            let shared = words.filter { text.contains($0) }
            #expect(shared.count >= 2, "\(id) note \"\(note.text.english.prefix(40))…\" cites \(note.citation) sharing \(shared.sorted())")
        }
    }
}

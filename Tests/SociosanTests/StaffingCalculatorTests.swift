import Testing
@testable import Sociosan

@Suite("Staffing calculator")
struct StaffingCalculatorTests {
    let spoi = StaffingCatalogue.standard("er.spoi")!

    func minimum(_ needs: StaffingRequirement, _ target: String) -> Rational? {
        needs.lines.first { $0.requirement.target.id == target }?.minimum
    }

    // Worked examples, seed 002 L255-L256, L260-L261, L266-L267.
    @Test func spoiWorkedExamples() throws {
        let fifteen = try StaffingCalculator.requirement(for: spoi, capacity: 15)
        #expect(minimum(fifteen, "non-medical-care-staff") == 11)
        #expect(fifteen.lines.first { $0.requirement.target.id == "non-medical-care-staff" }?.exact == Rational(45, 4))
        #expect(minimum(fifteen, "nurse") == 6)
        #expect(minimum(fifteen, "medical-staff") == 2)
        #expect(fifteen.lines.first { $0.requirement.target.id == "medical-staff" }?.exact == Rational(39, 20))
        let twelve = try StaffingCalculator.requirement(for: spoi, capacity: 12)
        #expect(minimum(twelve, "non-medical-care-staff") == 9)
        #expect(minimum(twelve, "nurse") == 6)
    }

    @Test func hoursAndFTEFollowTheFullTimeParameter() throws {
        let needs = try StaffingCalculator.requirement(for: spoi, capacity: 15, parameters: .init(fullTimeHours: 38))
        let line = try #require(needs.lines.first { $0.requirement.target.id == "non-medical-care-staff" })
        #expect(line.hoursPerWeek == 418)
        #expect(line.fullTimeEquivalents == 11)
        #expect(throws: StaffingError.invalidFullTimeHours(0)) {
            try StaffingCalculator.requirement(for: spoi, capacity: 15, parameters: .init(fullTimeHours: 0))
        }
    }

    @Test func capacityOutsideTheLimitsNamesTheLimitAndItsSource() {
        #expect(throws: StaffingError.capacityOutOfRange(standard: "er.spoi", capacity: 91, limits: 1...90,
                                                         citation: Citation(.psychiatricStructuresER, lines: 119...120))) {
            try StaffingCalculator.requirement(for: spoi, capacity: 91)
        }
        #expect(throws: StaffingError.unknownStandard("x", known: StaffingCatalogue.ids)) { try StaffingCatalogue.require("x") }
    }

    func roster(nurses: Int, oss: Int, psychiatrists: Int) -> Roster {
        Roster(members:
            (0..<nurses).map { _ in RosterMember(role: .nurse, hoursPerWeek: 36) }
            + (0..<oss).map { _ in RosterMember(role: .oss, hoursPerWeek: 36) }
            + (0..<psychiatrists).map { _ in RosterMember(role: .psychiatrist, hoursPerWeek: 36) }
            + [RosterMember(role: .guardPhysician, hoursPerWeek: 168)])
    }

    @Test func rosterCheckReportsShortfallPerRole() throws {
        let check = try StaffingCalculator.check(roster(nurses: 5, oss: 5, psychiatrists: 2), against: spoi, capacity: 15)
        #expect(!check.isMet)
        let short = check.roles.filter { !$0.isMet }.map { ($0.line.requirement.target.id, $0.difference) }
        #expect(short.map(\.0) == ["non-medical-care-staff", "nurse"])
        #expect(short.map(\.1) == [-1, -1])
        #expect(check.coverage.allSatisfy { $0.isMet })
        let volunteers = Roster(members: roster(nurses: 6, oss: 5, psychiatrists: 2).members + [RosterMember(role: .oss, hoursPerWeek: 36, contract: .volunteer)])
        #expect(try StaffingCalculator.check(volunteers, against: spoi, capacity: 16).roles.first!.isMet == false)
    }

    @Test func largestCapacityIsTheLargestMetAndNamesTheLimit() throws {
        let team = roster(nurses: 6, oss: 5, psychiatrists: 2)
        let answer = try StaffingCalculator.largestCapacity(for: team, standard: spoi)
        #expect(answer.capacity == 15)  // 11 non-medical carry up to 15 beds (16 → 12)
        #expect(answer.limitingRequirement?.target.id == "non-medical-care-staff")
        // The answer is the largest N that meets the requirement (property checked by brute force).
        for oss in 0...12 {
            for psychiatrists in 0...4 {
                let candidate = roster(nurses: 6, oss: oss, psychiatrists: psychiatrists)
                let met = try (1...90).filter { try StaffingCalculator.check(candidate, against: spoi, capacity: $0).isMet }
                #expect(try StaffingCalculator.largestCapacity(for: candidate, standard: spoi).capacity == met.max())
            }
        }
    }

    @Test func requirementsAreMonotoneInCapacity() throws {
        for standard in StaffingCatalogue.standards {
            let limits = standard.capacityLimits ?? 1...200
            var previous: [String: Rational] = [:]
            for capacity in limits.prefix(200) {
                for line in try StaffingCalculator.requirement(for: standard, capacity: capacity).lines {
                    if let before = previous[line.requirement.rule.rawValue + line.requirement.target.id] {
                        #expect(!(line.minimum < before), "\(standard.id) \(line.requirement.target.id) at \(capacity)")
                    }
                    previous[line.requirement.rule.rawValue + line.requirement.target.id] = line.minimum
                }
            }
        }
    }

    @Test func rationalArithmeticIsExact() {
        #expect(Rational(13, 100) * 15 == Rational(39, 20))
        #expect(Rational(6, -4) == Rational(-3, 2))
        #expect((Rational(1, 3) + Rational(1, 6)) == Rational(1, 2))
        #expect(Rational(45, 4).rounded(.halfUp) == 11 && Rational(21, 2).rounded(.halfUp) == 11 && Rational(45, 4).rounded(.up) == 12)
        #expect(Rational(1) / .zero == .zero)
        #expect(Rational(39, 20).hundredths == 195)
    }
}

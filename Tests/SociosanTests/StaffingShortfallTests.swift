import Testing
@testable import Sociosan

/// What a roster lacks, in what order its failures are named, what a capacity answer says
/// about the next capacity, and which capacities and conditions a standard admits: the
/// arithmetic the command line used to do itself.
@Suite("Shortfalls, failure order and capacity answers")
struct StaffingShortfallTests {
    let spoi = StaffingCatalogue.standard("er.spoi")!
    let reception = StaffingCatalogue.standard("sicily.addiction-reception")!
    let apartment = StaffingCatalogue.standard("sicily.minors-apartment")!

    func people(_ role: StaffRole, _ count: Int, hours: Rational = 36, _ contract: ContractType = .employee) -> [RosterMember] {
        (0..<count).map { _ in RosterMember(role: role, hoursPerWeek: hours, contract: contract) }
    }

    /// An SPOI team; `guardHours` of the on-duty physician (168 covers the week).
    func spoiTeam(nurses: Int, oss: Int, psychiatrists: Int, guardHours: Rational = 168) -> Roster {
        Roster(members: people(.nurse, nurses) + people(.oss, oss) + people(.psychiatrist, psychiatrists)
               + people(.guardPhysician, 1, hours: guardHours))
    }

    func role(_ check: StaffingCheck, _ target: String) throws -> RoleCheck {
        try #require(check.roles.first { $0.line.requirement.target.id == target })
    }

    // MARK: Shortfalls

    @Test("a requirement line: the difference in its unit and in hours, and the hours to add")
    func roleShortfall() throws {
        // 15 beds need 11 non-medical carers (396 h) of whom 6 nurses (216 h), seed 002 L253-L261.
        let check = try StaffingCalculator.check(spoiTeam(nurses: 5, oss: 5, psychiatrists: 2), against: spoi, capacity: 15)
        let carers = try role(check, "non-medical-care-staff")
        #expect(carers.difference == -1)
        #expect(carers.differenceHoursPerWeek == -36)
        #expect(carers.shortfallHoursPerWeek == 36)
        let nurses = try role(check, "nurse")
        #expect((nurses.line.hoursPerWeek, nurses.presentHoursPerWeek, nurses.shortfallHoursPerWeek) == (216, 180, 36))
        // A surplus is a positive difference and a negative shortfall.
        let doctors = try role(check, "medical-staff")
        #expect(doctors.isMet && doctors.differenceHoursPerWeek == 0)
        let rich = try StaffingCalculator.check(spoiTeam(nurses: 8, oss: 5, psychiatrists: 2), against: spoi, capacity: 15)
        #expect(try role(rich, "nurse").differenceHoursPerWeek == 72)
        #expect(try role(rich, "nurse").shortfallHoursPerWeek == -72)
    }

    @Test("a coverage: required hours as a fraction, the difference and the hours to add")
    func coverageShortfall() throws {
        let check = try StaffingCalculator.check(spoiTeam(nurses: 6, oss: 5, psychiatrists: 2, guardHours: 120), against: spoi, capacity: 15)
        let night = try #require(check.coverage.first { $0.requirement.target.id == "guard-physician" })
        #expect(!night.isMet)
        #expect(night.requiredHoursPerWeek == 168)
        #expect(night.differenceHoursPerWeek == -48)
        #expect(night.shortfallHoursPerWeek == 48)
        let nurses = try #require(check.coverage.first { $0.requirement.target.id == "nurse" })
        #expect(nurses.isMet && nurses.differenceHoursPerWeek == 216 - 168)
    }

    // MARK: Failure order

    /// A reception roster of trainees only: requirement lines, the 24-hour presence and the
    /// trainee cap all fail.
    func receptionOfTrainees() throws -> StaffingCheck {
        let roster = Roster(members: people(.genericOperator, 5, hours: 36, .trainee))
        return try StaffingCalculator.check(roster, against: reception, capacity: 8,
                                            parameters: .init(conditions: [SicilyStaffingStandards.Condition.nonProfitOperator]))
    }

    @Test("failures come as the standard orders them: lines, then coverage, then share caps")
    func failureOrder() throws {
        let check = try receptionOfTrainees()
        let failures = check.failures
        let kinds = failures.map { failure -> String in
            switch failure {
            case .role: return "role"
            case .coverage: return "coverage"
            case .shareCap: return "share-cap"
            }
        }
        #expect(kinds.contains("role") && kinds.contains("coverage") && kinds.contains("share-cap"))
        #expect(kinds == kinds.sorted { ["role", "coverage", "share-cap"].firstIndex(of: $0)! < ["role", "coverage", "share-cap"].firstIndex(of: $1)! })
        let failingLines = check.roles.filter { !$0.isMet }.map(\.line.requirement.rule)
        #expect(Array(failures.prefix(failingLines.count).map(\.rule)) == failingLines)
        #expect(failures.last?.rule == check.shareCaps.first { !$0.isMet }?.cap.rule)

        let summary = try #require(check.failureSummary)
        #expect(summary.first == failures.first && summary.count == failures.count)
        let met = try StaffingCalculator.check(spoiTeam(nurses: 6, oss: 5, psychiatrists: 2), against: spoi, capacity: 15)
        #expect(met.failures.isEmpty && met.failureSummary == nil)
    }

    @Test("the limiting line is moved first; a line that does not fail changes nothing")
    func limitingFirst() throws {
        let check = try receptionOfTrainees()
        let failures = check.failures
        guard case .role(let third) = failures[2] else { Issue.record("the third failure is not a line"); return }
        let reordered = check.failures(limitingFirst: third.line.requirement)
        #expect(reordered.first == failures[2])
        #expect(Array(reordered.dropFirst()) == Array(failures[..<2] + failures[3...]))
        #expect(check.failures(limitingFirst: nil) == failures)
        let met = try StaffingCalculator.check(spoiTeam(nurses: 6, oss: 5, psychiatrists: 2), against: spoi, capacity: 15)
        #expect(check.failures(limitingFirst: met.roles[0].line.requirement) == failures)
    }

    // MARK: Capacity answers

    @Test("a capacity answer carries the check at the next capacity and what fails there")
    func capacityAnswerNext() throws {
        let answer = try StaffingCalculator.largestCapacity(for: spoiTeam(nurses: 6, oss: 5, psychiatrists: 2), standard: spoi)
        #expect(answer.standard == spoi)
        #expect(answer.capacity == 15 && answer.checkedCapacity == 16)
        let limiting = try #require(answer.limitingFailure)
        guard case .role(let carers) = limiting else { Issue.record("the limit is not a line"); return }
        // 16 beds need 12 carers (432 h); the team has 11 (396 h).
        #expect(carers.line.requirement.target.id == "non-medical-care-staff")
        #expect(carers.shortfallHoursPerWeek == 36)
        #expect(answer.failures.first == limiting)
        #expect(answer.failures == answer.check?.failures(limitingFirst: answer.limitingRequirement))
    }

    @Test("at the upper limit there is no next check; below the smallest capacity the check is at the smallest")
    func capacityAnswerEnds() throws {
        let large = try StaffingCalculator.largestCapacity(for: spoiTeam(nurses: 60, oss: 60, psychiatrists: 20), standard: spoi)
        #expect(large.reachedUpperLimit && large.capacity == 90)
        #expect(large.check == nil && large.checkedCapacity == nil && large.failures.isEmpty && large.limitingFailure == nil)

        let none = try StaffingCalculator.largestCapacity(for: Roster(members: []), standard: spoi)
        #expect(none.capacity == nil && none.checkedCapacity == 1)
        #expect(none.limitingFailure != nil && none.failures.count == none.check?.failures.count)

        // Only the guard physician's presence fails: no capacity helps, so nothing limits it.
        let unguarded = try StaffingCalculator.largestCapacity(for: spoiTeam(nurses: 6, oss: 5, psychiatrists: 2, guardHours: 0), standard: spoi)
        #expect(unguarded.capacity == nil && unguarded.limitingRequirement == nil && unguarded.limitingFailure == nil)
        #expect(unguarded.failures.map(\.rule) == [spoi.coverage.first { $0.target.id == "guard-physician" }!.rule])
    }

    @Test("the answer's check is the calculator's check at the capacity after the answer, for every standard")
    func capacityAnswerAgreesWithTheCalculator() throws {
        let rosters = [
            Roster(members: []),
            Roster(members: StaffRole.allCases.flatMap { people($0, 1) }),
            Roster(members: StaffRole.allCases.flatMap { people($0, 3, hours: 40) }),
        ]
        for standard in StaffingCatalogue.standards {
            for roster in rosters {
                let answer = try StaffingCalculator.largestCapacity(for: roster, standard: standard)
                guard !answer.reachedUpperLimit else {
                    #expect(answer.check == nil)
                    continue
                }
                let next = answer.capacity.map { $0 + 1 } ?? standard.capacityLimits?.lowerBound ?? 1
                let expected = try StaffingCalculator.check(roster, against: standard, capacity: next)
                #expect(answer.check == expected, "\(standard.id)")
                #expect(answer.limitingRequirement == expected.roles.first { !$0.isMet }?.line.requirement, "\(standard.id)")
            }
        }
    }

    // MARK: Limits and conditions

    @Test("a capacity outside the type's limits is found once, by the capacity rule alone")
    func capacityLimits() throws {
        let id = try StructureID("spoi-bo-1")
        let outside = StaffedStructure(id: id, type: "er.spoi", capacity: 120)
        #expect(!outside.isCapacityWithinLimits)
        let findings = StaffingRules.capacityFindings(of: outside)
        #expect(findings.map(\.ruleID) == [StaffingRules.capacityLimits.id])
        #expect(findings.first?.path.description == "/capacity")
        #expect(findings.first?.citation == spoi.limitsCitation)
        #expect(findings == StaffingRules.ruleSet.evaluate(outside).filter { $0.ruleID == StaffingRules.capacityLimits.id })

        let inside = StaffedStructure(id: id, type: "er.spoi", capacity: 90)
        #expect(inside.isCapacityWithinLimits && StaffingRules.capacityFindings(of: inside).isEmpty)
        #expect(StaffedStructure(id: id, type: "no.such-type", capacity: 5_000).isCapacityWithinLimits)
    }

    @Test("conditions: those of the lines, those of the caps, the declared ones no line uses, the lines kept off")
    func conditions() throws {
        #expect(apartment.requirementConditions.map(\.rawValue) == ["hosts-immigrants", "hosts-minors", "minors-under-penal-measure"])
        #expect(spoi.requirementConditions.isEmpty && spoi.conditions.isEmpty)
        let nonProfit = SicilyStaffingStandards.Condition.nonProfitOperator
        #expect(reception.conditions.contains(nonProfit) && !reception.requirementConditions.contains(nonProfit))

        let parameters = StaffingParameters(conditions: ["zz-typo", "hosts-minors", "a-typo"])
        #expect(parameters.conditions(unusedBy: apartment).map(\.rawValue) == ["a-typo", "zz-typo"])
        #expect(StaffingParameters(conditions: [nonProfit]).conditions(unusedBy: reception) == [nonProfit])

        let needs = try StaffingCalculator.requirement(for: apartment, capacity: 5, parameters: parameters)
        #expect(needs.inactiveRequirements.compactMap(\.condition?.rawValue).sorted() == ["hosts-immigrants", "minors-under-penal-measure"])
        #expect(needs.inactiveRequirements == apartment.requirements.filter { $0.condition != nil && $0.condition != "hosts-minors" })
        #expect(needs.lines.contains { $0.requirement.condition == "hosts-minors" })
    }
}

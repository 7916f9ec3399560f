import Testing
@testable import Sociosan

@Suite("Network tally")
struct NetworkTallyTests {
    let spoi = StaffingCatalogue.standard("er.spoi")!

    func team(nurses: Int, oss: Int, psychiatrists: Int, guardHours: Rational = 168, hours: Rational = 36) -> Roster {
        Roster(members:
            (0..<nurses).map { _ in RosterMember(role: .nurse, hoursPerWeek: hours) }
            + (0..<oss).map { _ in RosterMember(role: .oss, hoursPerWeek: hours) }
            + (0..<psychiatrists).map { _ in RosterMember(role: .psychiatrist, hoursPerWeek: hours) }
            + (guardHours > .zero ? [RosterMember(role: .guardPhysician, hoursPerWeek: guardHours)] : []))
    }

    func structure(_ id: String, _ type: String, _ capacity: Int, _ province: Province?, roster: Roster? = nil,
                   parameters: StaffingParameters = .init()) throws -> StaffedStructure {
        StaffedStructure(id: try StructureID(id), type: type, capacity: capacity, province: province, parameters: parameters, roster: roster)
    }

    func role(_ tally: NetworkTally, _ id: String) -> NetworkTally.Totals? {
        tally.byRole.first { $0.id == id }?.totals
    }

    func exact(_ amount: NetworkTally.Amount) -> Rational? { amount.exact }

    // SPOI at 15 beds, by hand (seed 002 L251-L272): 11 non-medical (396 h), of whom 6 nurses
    // (216 h); 2 medical (72 h); nurses, support workers and the guard physician around the
    // clock (168 h each). The 6 nurses and the 168 support-worker hours fit inside the 396
    // non-medical hours (216 + 168 = 384), so the structure needs 396 + 72 + 168 = 636 h.
    // At 12 beds: 9 non-medical (324 h) but 216 + 168 = 384 h of nurses and support workers,
    // so 384 + 72 + 168 = 624 h.
    @Test func totalsByHand() throws {
        var tally = NetworkTally()
        let residence = try #require(StaffingCatalogue.standard("sicily.psychiatric-residence-24h"))
        let residenceNeeds = try StaffingCalculator.requirement(for: residence, capacity: 10)

        guard case .required = tally.add(try structure("spoi-bo-1", "er.spoi", 15, .bologna)) else {
            Issue.record("a structure without roster is only required"); return
        }
        guard case .met = tally.add(try structure("spoi-bo-2", "er.spoi", 12, .bologna, roster: team(nurses: 6, oss: 5, psychiatrists: 2))) else {
            Issue.record("6 nurses, 5 OSS, 2 psychiatrists and a guard physician meet SPOI at 12 beds"); return
        }
        let failing = tally.add(try structure("spoi-mo-1", "er.spoi", 15, .modena, roster: team(nurses: 5, oss: 5, psychiatrists: 2)))
        guard case .failing(_, let first, let failures) = failing else {
            Issue.record("5 nurses are short at 15 beds"); return
        }
        #expect(first.rule == "er.spoi.staff.non-medical-minimum")
        #expect(failures == 2)
        tally.add(try structure("res-pa-1", "sicily.psychiatric-residence-24h", 10, .palermo))
        guard case .rejected(.capacityOutOfRange(_, 95, 1...90, _)) = tally.add(try structure("spoi-x", "er.spoi", 95, nil)) else {
            Issue.record("95 beds are over the SPOI limit"); return
        }
        guard case .rejected(.unknownStandard("xx.none", _)) = tally.add(try structure("x", "xx.none", 3, nil)) else {
            Issue.record("an unknown type is rejected"); return
        }

        #expect(tally.structures == 4)
        #expect(tally.withRoster == 2)
        #expect(tally.failing == 1)
        #expect(tally.rejected == 2)

        // Seed 004 worked example: 214 h a week in the six roles at 10 users.
        let residenceHours = residenceNeeds.lines.reduce(Rational.zero) { $0 + $1.hoursPerWeek }
        #expect(residenceHours == 214)
        #expect(exact(tally.total.hoursPerWeek) == Rational(636 + 624 + 636) + residenceHours)
        #expect(exact(tally.total.fullTimeEquivalents) == (Rational(636 + 624 + 636) + residenceHours) / 36)
        #expect(exact(tally.total.shortfallHoursPerWeek) == 36)  // one more nurse fixes both lines

        let bologna = try #require(tally.byProvince.first { $0.province == .bologna }?.totals)
        #expect(bologna.structures == 2 && bologna.withRoster == 1 && bologna.failing == 0)
        #expect(exact(bologna.hoursPerWeek) == 1260)
        let modena = try #require(tally.byProvince.first { $0.province == .modena }?.totals)
        #expect(exact(modena.hoursPerWeek) == 636 && modena.failing == 1 && exact(modena.shortfallHoursPerWeek) == 36)
        #expect(tally.byProvince.map(\.province) == [.bologna, .modena, .palermo])

        let spoiTotals = try #require(tally.byType.first { $0.type == "er.spoi" }?.totals)
        #expect(spoiTotals.structures == 3 && exact(spoiTotals.hoursPerWeek) == 1896)
        #expect(tally.byType.map(\.type) == ["er.spoi", "sicily.psychiatric-residence-24h"])

        // Per role: the largest hours a line asks of the target, summed over structures.
        #expect(exact(role(tally, "non-medical-care-staff")!.hoursPerWeek) == Rational(396 + 324 + 396))
        let residenceNurse = residenceNeeds.lines.filter { $0.requirement.target.id == "nurse" }.map(\.hoursPerWeek).max() ?? .zero
        let nurse = try #require(role(tally, "nurse"))
        #expect(exact(nurse.hoursPerWeek) == 216 * 3 + residenceNurse)
        #expect(nurse.withRoster == 2 && nurse.failing == 1 && exact(nurse.shortfallHoursPerWeek) == 36)
        #expect(exact(role(tally, "medical-staff")!.hoursPerWeek) == Rational(72 * 3))
        #expect(exact(role(tally, "guard-physician")!.hoursPerWeek) == Rational(168 * 3))
        #expect(role(tally, "guard-physician")!.failing == 0)
        #expect(tally.byRole.map(\.id) == tally.byRole.map(\.id).sorted())
    }

    @Test func fullTimeEquivalentsUseEachStructuresFullTimeHours() throws {
        var tally = NetworkTally()
        tally.add(try structure("a", "er.spoi", 15, .bologna))
        tally.add(try structure("b", "er.spoi", 15, .bologna, parameters: .init(fullTimeHours: 38)))
        // At 38 hours a post is 38 h: 11 non-medical posts are 418 h, 2 medical 76 h.
        let at38 = try StaffingCalculator.requirement(for: spoi, capacity: 15, parameters: .init(fullTimeHours: 38))
        let nonMedical38 = at38.lines[0].hoursPerWeek, medical38 = at38.lines[2].hoursPerWeek
        #expect(nonMedical38 == 418 && medical38 == 76)
        let combined38 = nonMedical38 + medical38 + 168
        #expect(tally.total.hoursPerWeek.exact == 636 + combined38)
        #expect(tally.total.fullTimeEquivalents.exact == Rational(636, 36) + combined38 / 38)
        #expect(tally.total.fullTimeEquivalents.hundredths == 3509)  // 636/36 + 662/38 = 17.67 + 17.42
    }

    /// With no one on the roster, everything needed is missing; with a roster that meets the
    /// standard, nothing is; and a structure is failing exactly when hours are missing
    /// (SPOI has no share caps).
    @Test func shortfallIsZeroExactlyWhenTheRosterMeetsTheStandard() throws {
        for capacity in [1, 8, 12, 15, 16, 40, 90] {
            var empty = NetworkTally()
            empty.add(try structure("e", "er.spoi", capacity, nil, roster: Roster(members: [])))
            #expect(empty.total.shortfallHoursPerWeek.exact == empty.total.hoursPerWeek.exact, "\(capacity)")
            #expect(empty.failing == 1)
            for nurses in [4, 6, 9] {
                for oss in [3, 5, 8, 20] {
                    for guardHours in [Rational(0), 168] {
                        let roster = team(nurses: nurses, oss: oss, psychiatrists: 2 + capacity / 10, guardHours: guardHours)
                        var tally = NetworkTally()
                        tally.add(try structure("s", "er.spoi", capacity, nil, roster: roster))
                        let check = try StaffingCalculator.check(roster, against: spoi, capacity: capacity)
                        let missing = tally.total.shortfallHoursPerWeek.exact ?? -1
                        #expect((missing > .zero) == !check.isMet, "\(capacity) \(nurses) \(oss) \(guardHours)")
                        #expect((tally.failing == 1) == !check.isMet)
                        // The shortfall is at least the largest single gap and at most their sum.
                        let gaps = check.roles.map { $0.line.hoursPerWeek - $0.presentHoursPerWeek }
                            + check.coverage.map { Rational($0.requirement.hoursPerWeek) - $0.presentHoursPerWeek }
                        let positive = gaps.filter { .zero < $0 }
                        #expect(!(missing < (positive.max() ?? .zero)))
                        #expect(!(positive.reduce(.zero, +) < missing))
                    }
                }
            }
        }
    }

    @Test func combinedNeedIsBetweenTheLargestLineAndTheSumOfLines() throws {
        for standard in StaffingCatalogue.standards {
            #expect(NetworkTally.isNested(standard), "\(standard.id): role groups overlap without nesting; totals become upper bounds")
            let limits = standard.capacityLimits ?? 1...60
            for capacity in Set([limits.lowerBound, (limits.lowerBound + limits.upperBound) / 2, limits.upperBound]) {
                let conditions = Set(standard.requirements.compactMap(\.condition))
                var tally = NetworkTally()
                tally.add(try structure("s", standard.id, capacity, nil, parameters: .init(conditions: conditions)))
                let needs = try StaffingCalculator.requirement(for: standard, capacity: capacity, parameters: .init(conditions: conditions))
                let hours = needs.lines.map(\.hoursPerWeek) + standard.coverage.map { Rational($0.hoursPerWeek) }
                let combined = try #require(tally.total.hoursPerWeek.exact)
                #expect(!(combined < (hours.max() ?? .zero)), "\(standard.id) \(capacity)")
                #expect(!(hours.reduce(.zero, +) < combined), "\(standard.id) \(capacity)")
                #expect(tally.structures == 1 && tally.rejected == 0)
            }
        }
    }

    @Test func amountsStayExactAndFallBackWhenTheyCannotBe() {
        var amount = NetworkTally.Amount()
        for _ in 0..<3 { amount.add(Rational(1, 3)) }
        #expect(amount.exact == 1)
        amount.add(Rational(45, 4))
        #expect(amount.exact == Rational(49, 4) && amount.hundredths == 1225)

        // Denominators of many different primes overflow 64-bit fractions: the sum goes on in
        // floating point instead of trapping.
        var mixed = NetworkTally.Amount()
        var expected = 0.0
        for prime in [3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79] {
            mixed.add(Rational(1000, prime))
            expected += 1000 / Double(prime)
        }
        #expect(mixed.exact == nil)
        #expect(abs(mixed.approximate - expected) < 1e-6)
        #expect(mixed.hundredths == Int((expected * 100).rounded()))
    }
    /// Structures without a roster repeat: their contributions are kept (a bounded cache).
    /// The totals are the same with and without it, and so are the outcomes.
    @Test func cachedContributionsGiveTheSameTotals() throws {
        var cached = NetworkTally()
        var uncached = NetworkTally()
        uncached.cacheLimit = 0
        var small = NetworkTally()
        small.cacheLimit = 3
        let types = ["er.spoi", "sicily.psychiatric-residence-24h", "sicily.home-education", "sicily.minors-apartment", "er.rti"]
        let provinces: [Province?] = [.bologna, .palermo, nil]
        for index in 0..<600 {
            let type = types[index % types.count]
            let limits = StaffingCatalogue.standard(type)!.capacityLimits ?? 1...30
            let capacity = limits.lowerBound + (index / types.count) % min(limits.count, 6)
            let parameters = StaffingParameters(fullTimeHours: index % 7 == 0 ? 38 : 36,
                                                conditions: index % 11 == 0 ? ["hosts-minors"] : [])
            let roster = index % 13 == 0 ? team(nurses: 6, oss: 5, psychiatrists: 2) : nil
            let item = try structure("s-\(index)", type, capacity, provinces[index % provinces.count], roster: roster, parameters: parameters)
            let outcome = cached.add(item)
            #expect(outcome == uncached.add(item))
            #expect(outcome == small.add(item))
        }
        #expect(cached.total == uncached.total && small.total == uncached.total)
        #expect(cached.byRole == uncached.byRole && small.byRole == uncached.byRole)
        #expect(cached.byProvince == uncached.byProvince && cached.byType == uncached.byType)
        #expect(cached.withRoster > 0 && cached.structures == 600)
    }
}

/// How a person is engaged. Trainees and volunteers never count towards minima (Sicily 7.5
/// L2883-L2885: "extra to the staff complement"); standards with share caps check them apart.
public enum ContractType: String, Sendable, Hashable, CaseIterable {
    case employee
    case freelance
    case consultant
    case trainee
    case volunteer

    public var countsTowardsMinima: Bool { self != .trainee && self != .volunteer }
}

/// One person on a roster.
public struct RosterMember: Sendable, Hashable {
    public var role: StaffRole
    public var hoursPerWeek: Rational
    public var contract: ContractType

    public init(role: StaffRole, hoursPerWeek: Rational, contract: ContractType = .employee) {
        self.role = role
        self.hoursPerWeek = hoursPerWeek
        self.contract = contract
    }
}

/// The people who work in a structure.
public struct Roster: Sendable, Hashable {
    public var members: [RosterMember]

    public init(members: [RosterMember]) { self.members = members }

    /// Weekly hours of the members in `roles` that count towards minima.
    public func countedHours(of roles: Set<StaffRole>) -> Rational {
        members.reduce(Rational.zero) { total, member in
            roles.contains(member.role) && member.contract.countsTowardsMinima ? total + member.hoursPerWeek : total
        }
    }

    /// The weekly hours counted towards minima of each role, by the role's ordinal: one pass
    /// over the members serves every line of a check (``hours(of:in:)``).
    func countedHoursByRole() -> [Rational] {
        var hours = [Rational](repeating: .zero, count: Self.roleCount)
        for member in members where member.contract.countsTowardsMinima {
            let index = Int(member.role.ordinal)
            hours[index] = hours[index] + member.hoursPerWeek
        }
        return hours
    }

    private static let roleCount = StaffRole.allCases.count

    /// The hours of `roles` from ``countedHoursByRole()``: the same sum as
    /// ``countedHours(of:)`` (rationals add exactly, in any order), without a set lookup per member.
    static func hours(of roles: Set<StaffRole>, in byRole: [Rational]) -> Rational {
        roles.reduce(Rational.zero) { $0 + byRole[Int($1.ordinal)] }
    }
}

/// A requirement line against a roster.
///
/// ```swift
/// let nurses = check.roles.first { $0.line.requirement.target.id == "nurse" }!
/// nurses.difference              // -1: one nurse short, in the line's own unit
/// nurses.shortfallHoursPerWeek   // 36: the staff-hours a week to add
/// ```
public struct RoleCheck: Sendable, Hashable {
    public let line: RequirementLine
    /// What the roster provides, in the requirement's unit.
    public let present: Rational
    public let presentHoursPerWeek: Rational
    /// Present minus minimum, in the requirement's unit (negative: shortfall).
    public var difference: Rational { present - line.minimum }
    /// Present minus required staff-hours a week (negative: shortfall, positive: surplus).
    public var differenceHoursPerWeek: Rational { presentHoursPerWeek - line.hoursPerWeek }
    /// Required minus present staff-hours a week: the hours to add to meet the line
    /// (negative when the roster has more than it needs).
    public var shortfallHoursPerWeek: Rational { line.hoursPerWeek - presentHoursPerWeek }
    public var isMet: Bool { !(present < line.minimum) }
}

/// A coverage requirement against a roster.
///
/// ```swift
/// let night = check.coverage[0]
/// (night.requiredHoursPerWeek, night.presentHoursPerWeek, night.shortfallHoursPerWeek)   // (168, 120, 48)
/// ```
public struct CoverageCheck: Sendable, Hashable {
    public let requirement: CoverageRequirement
    public let presentHoursPerWeek: Rational
    /// The staff-hours a week the window needs (``CoverageRequirement/hoursPerWeek``), as a fraction.
    public var requiredHoursPerWeek: Rational { Rational(requirement.hoursPerWeek) }
    /// Present minus required staff-hours a week (negative: shortfall, positive: surplus).
    public var differenceHoursPerWeek: Rational { presentHoursPerWeek - requiredHoursPerWeek }
    /// Required minus present staff-hours a week: the hours to add to cover the window
    /// (negative when the roster has more than it needs).
    public var shortfallHoursPerWeek: Rational { requiredHoursPerWeek - presentHoursPerWeek }
    public var isMet: Bool { !(presentHoursPerWeek < requiredHoursPerWeek) }
}

/// The verdict on a roster.
public struct StaffingCheck: Sendable, Hashable {
    public let requirement: StaffingRequirement
    public let roles: [RoleCheck]
    public let coverage: [CoverageCheck]
    /// The standard's share caps on trainees and volunteers (``ShareCap``).
    public internal(set) var shareCaps: [ShareCapCheck] = []
    public var isMet: Bool { roles.allSatisfy(\.isMet) && coverage.allSatisfy(\.isMet) && shareCaps.allSatisfy(\.isMet) }
}

/// The largest capacity a roster carries, and what fails beyond it.
///
/// ```swift
/// let answer = try StaffingCalculator.largestCapacity(for: roster, standard: spoi)
/// answer.capacity                      // 15
/// answer.checkedCapacity               // 16: the capacity whose check follows
/// answer.failures.map(\.rule)          // what fails at 16, the limiting line first
/// ```
public struct CapacityAnswer: Sendable, Hashable {
    /// The standard the roster was measured against.
    public let standard: StaffingStandard
    /// `nil` when the roster does not meet the standard even at the smallest capacity.
    public let capacity: Int?
    /// The requirement that stops the next capacity (or the smallest one), when any does:
    /// the first requirement line the roster fails there. `nil` when only coverage or a
    /// share cap fails, which no smaller capacity would help.
    public let limitingRequirement: RoleRequirement?
    /// The largest capacity the standard admits was reached: the roster is not the limit.
    public let reachedUpperLimit: Bool
    /// The roster checked at the capacity after ``capacity`` (or at the smallest one when
    /// there is no capacity): what stops it. `nil` when ``reachedUpperLimit``.
    public let check: StaffingCheck?

    /// The capacity of ``check``: the first one the roster does not carry.
    public var checkedCapacity: Int? { check?.requirement.capacity }

    /// What fails at ``checkedCapacity``, the limiting requirement first, then the other
    /// requirement lines, coverage and share caps in the standard's order.
    public var failures: [StaffingCheck.Failure] {
        check?.failures(limitingFirst: limitingRequirement) ?? []
    }

    /// The failure of ``limitingRequirement`` at ``checkedCapacity``, when there is one.
    public var limitingFailure: StaffingCheck.Failure? {
        guard limitingRequirement != nil, let first = failures.first, case .role = first else { return nil }
        return first
    }
}

extension StaffingCalculator {
    /// Checks `roster` against what `standard` needs at `capacity`.
    ///
    /// ```swift
    /// let check = try StaffingCalculator.check(roster, against: spoi, capacity: 15)
    /// check.roles.filter { !$0.isMet }.map { ($0.line.requirement.target.id, $0.difference) }
    /// ```
    public static func check(
        _ roster: Roster, against standard: StaffingStandard, capacity: Int, parameters: StaffingParameters = .init()
    ) throws(StaffingError) -> StaffingCheck {
        let needs = try requirement(for: standard, capacity: capacity, parameters: parameters)
        // Each line's and coverage's hours are summed from the roster's hours by role: asking
        // each line's role set about every member hashed a role per member and line.
        let byRole = roster.countedHoursByRole()
        let roles = needs.lines.map { line -> RoleCheck in
            let hours = Roster.hours(of: line.requirement.target.roles, in: byRole)
            return RoleCheck(
                line: line,
                present: amount(fromHoursPerWeek: hours, unit: line.requirement.unit, standard: standard, parameters: parameters),
                presentHoursPerWeek: hours)
        }
        let coverage = standard.coverage.map {
            CoverageCheck(requirement: $0, presentHoursPerWeek: Roster.hours(of: $0.target.roles, in: byRole))
        }
        return StaffingCheck(requirement: needs, roles: roles, coverage: coverage,
                             shareCaps: standard.shareCaps.map { $0.check(roster, against: needs) })
    }

    /// The largest capacity whose requirement `roster` meets, found by bisection (every law
    /// is monotone in capacity), the requirement that limits it, and the check at the
    /// capacity after it (or at the smallest one) that says what fails there.
    ///
    /// Without limits in the standard the search stops at `searchLimit`.
    ///
    /// ```swift
    /// let answer = try StaffingCalculator.largestCapacity(for: roster, standard: spoi)
    /// answer.capacity                          // 15
    /// answer.limitingRequirement?.target.id    // "non-medical-care-staff"
    /// ```
    public static func largestCapacity(
        for roster: Roster, standard: StaffingStandard, parameters: StaffingParameters = .init(), searchLimit: Int = 100_000
    ) throws(StaffingError) -> CapacityAnswer {
        let limits = standard.capacityLimits ?? 1...searchLimit
        func checked(_ capacity: Int) throws(StaffingError) -> StaffingCheck {
            try check(roster, against: standard, capacity: capacity, parameters: parameters)
        }
        // The first failing line of a check limits the capacity; when only coverage or a cap
        // fails, no capacity helps and nothing is named.
        func limiting(_ check: StaffingCheck) -> RoleRequirement? { check.roles.first { !$0.isMet }?.line.requirement }

        let lowest = try checked(limits.lowerBound)
        guard lowest.isMet else {
            return CapacityAnswer(standard: standard, capacity: nil, limitingRequirement: limiting(lowest),
                                  reachedUpperLimit: false, check: lowest)
        }
        var low = limits.lowerBound, high = limits.upperBound
        var atHigh = try checked(high)
        if atHigh.isMet {
            return CapacityAnswer(standard: standard, capacity: high, limitingRequirement: nil, reachedUpperLimit: true, check: nil)
        }
        // Invariant: low is met, high is not, and atHigh is the check at high.
        while high - low > 1 {
            let middle = low + (high - low) / 2
            let atMiddle = try checked(middle)
            if atMiddle.isMet { low = middle } else { (high, atHigh) = (middle, atMiddle) }
        }
        return CapacityAnswer(standard: standard, capacity: low, limitingRequirement: limiting(atHigh),
                              reachedUpperLimit: false, check: atHigh)
    }
}

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
}

/// A requirement line against a roster.
public struct RoleCheck: Sendable, Hashable {
    public let line: RequirementLine
    /// What the roster provides, in the requirement's unit.
    public let present: Rational
    public let presentHoursPerWeek: Rational
    /// Present minus minimum, in the requirement's unit (negative: shortfall).
    public var difference: Rational { present - line.minimum }
    public var isMet: Bool { !(present < line.minimum) }
}

/// A coverage requirement against a roster.
public struct CoverageCheck: Sendable, Hashable {
    public let requirement: CoverageRequirement
    public let presentHoursPerWeek: Rational
    public var isMet: Bool { !(presentHoursPerWeek < Rational(requirement.hoursPerWeek)) }
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

/// The largest capacity a roster carries.
public struct CapacityAnswer: Sendable, Hashable {
    /// `nil` when the roster does not meet the standard even at the smallest capacity.
    public let capacity: Int?
    /// The requirement that stops the next capacity (or the smallest one), when any does.
    public let limitingRequirement: RoleRequirement?
    /// The largest capacity the standard admits was reached: the roster is not the limit.
    public let reachedUpperLimit: Bool
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
        let roles = needs.lines.map { line -> RoleCheck in
            let hours = roster.countedHours(of: line.requirement.target.roles)
            return RoleCheck(
                line: line,
                present: amount(fromHoursPerWeek: hours, unit: line.requirement.unit, standard: standard, parameters: parameters),
                presentHoursPerWeek: hours)
        }
        let coverage = standard.coverage.map {
            CoverageCheck(requirement: $0, presentHoursPerWeek: roster.countedHours(of: $0.target.roles))
        }
        return StaffingCheck(requirement: needs, roles: roles, coverage: coverage,
                             shareCaps: standard.shareCaps.map { $0.check(roster, against: needs) })
    }

    /// The largest capacity whose requirement `roster` meets, found by bisection (every law
    /// is monotone in capacity), and the requirement that limits it.
    ///
    /// Without limits in the standard the search stops at `searchLimit`.
    public static func largestCapacity(
        for roster: Roster, standard: StaffingStandard, parameters: StaffingParameters = .init(), searchLimit: Int = 100_000
    ) throws(StaffingError) -> CapacityAnswer {
        let limits = standard.capacityLimits ?? 1...searchLimit
        func failing(_ capacity: Int) throws(StaffingError) -> RoleRequirement?? {
            let result = try check(roster, against: standard, capacity: capacity, parameters: parameters)
            if result.isMet { return .some(nil) }
            if let role = result.roles.first(where: { !$0.isMet }) { return .some(role.line.requirement) }
            return nil  // coverage fails: no capacity helps
        }
        let atLowest = try failing(limits.lowerBound)
        guard case .some(nil) = atLowest else {
            return CapacityAnswer(capacity: nil, limitingRequirement: atLowest ?? nil, reachedUpperLimit: false)
        }
        var low = limits.lowerBound, high = limits.upperBound
        if case .some(nil) = try failing(high) {
            return CapacityAnswer(capacity: high, limitingRequirement: nil, reachedUpperLimit: true)
        }
        // Invariant: low is met, high is not.
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if case .some(nil) = try failing(middle) { low = middle } else { high = middle }
        }
        return CapacityAnswer(capacity: low, limitingRequirement: (try failing(high)) ?? nil, reachedUpperLimit: false)
    }
}

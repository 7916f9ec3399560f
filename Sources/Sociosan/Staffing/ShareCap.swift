/// A limit on the share of a structure's staff that people on one kind of contract may make up
/// (Sicily 6.4: trainees at most 25 % of the minimum staff, volunteers at most 25 % of the
/// site's whole staff, both only in non-profit bodies and for at least 18 hours a week each).
///
/// Shares are measured in staff-hours a week: the minimum staff mixes full-time posts and hours,
/// and hours are the calculator's common measure. Trainees and volunteers still never count
/// towards the minima (``ContractType/countsTowardsMinima``); the cap is checked apart.
///
/// ```swift
/// let reception = StaffingCatalogue.standard("sicily.addiction-reception")!
/// let check = try StaffingCalculator.check(roster, against: reception, capacity: 8,
///                                          parameters: .init(conditions: [SicilyStaffingStandards.Condition.nonProfitOperator]))
/// check.shareCaps.map { ($0.cap.contract, $0.presentHoursPerWeek, $0.maximumHoursPerWeek, $0.isMet) }
/// ```
public struct ShareCap: Sendable, Hashable {
    /// What the share is a share of.
    public enum Base: Sendable, Hashable {
        /// The minimum staff of the standard at the capacity: the staff-hours a week of the
        /// requirement lines with these rule ids that apply (*dotazione minima*).
        case minimumStaff(rules: Set<RuleID>)
        /// Everyone on the roster, whatever their contract, the capped people included
        /// (*dotazione organica complessiva della sede operativa*).
        case wholeRoster
    }

    /// The rule id that reports a breach (`sicily.addiction-reception.share.trainees`).
    public let rule: RuleID
    /// Whose hours are capped.
    public let contract: ContractType
    /// The largest admitted share of the base (1/4).
    public let maximumShare: Rational
    public let base: Base
    /// Each capped person must work at least this many hours a week (18 in 6.4).
    public let minimumHoursPerMember: Rational?
    /// The contract is admitted only when this condition is declared (6.4: non-profit bodies);
    /// otherwise the admitted share is zero.
    public let permittedOnlyWhen: StaffingCondition?
    public let citation: Citation
    /// The reading taken where the seed is ambiguous.
    public let decision: String?

    public init(
        rule: RuleID, contract: ContractType, maximumShare: Rational, base: Base, minimumHoursPerMember: Rational? = nil,
        permittedOnlyWhen: StaffingCondition? = nil, citation: Citation, decision: String? = nil
    ) {
        self.rule = rule
        self.contract = contract
        self.maximumShare = maximumShare
        self.base = base
        self.minimumHoursPerMember = minimumHoursPerMember
        self.permittedOnlyWhen = permittedOnlyWhen
        self.citation = citation
        self.decision = decision
    }

    /// Checks `roster` against the cap, for the requirement `needs` worked out for it.
    public func check(_ roster: Roster, against needs: StaffingRequirement) -> ShareCapCheck {
        let capped = roster.members.filter { $0.contract == contract }
        let present = capped.reduce(Rational.zero) { $0 + $1.hoursPerWeek }
        let baseHours: Rational
        switch base {
        case .minimumStaff(let rules):
            baseHours = needs.lines.reduce(Rational.zero) { rules.contains($1.requirement.rule) ? $0 + $1.hoursPerWeek : $0 }
        case .wholeRoster:
            baseHours = roster.members.reduce(Rational.zero) { $0 + $1.hoursPerWeek }
        }
        let permitted = permittedOnlyWhen.map { needs.parameters.conditions.contains($0) } ?? true
        let below = minimumHoursPerMember.map { minimum in capped.filter { $0.hoursPerWeek < minimum }.count } ?? 0
        return ShareCapCheck(
            cap: self, permitted: permitted, presentHoursPerWeek: present, baseHoursPerWeek: baseHours,
            maximumHoursPerWeek: permitted ? maximumShare * baseHours : .zero, membersBelowMinimumHours: below)
    }
}

/// A share cap against a roster.
public struct ShareCapCheck: Sendable, Hashable {
    public let cap: ShareCap
    /// Whether the contract is admitted at all (the cap's condition is declared, or it has none).
    public let permitted: Bool
    /// Weekly hours of the members on the capped contract.
    public let presentHoursPerWeek: Rational
    /// Weekly hours of the base the share is taken of.
    public let baseHoursPerWeek: Rational
    /// The most hours the capped members may work: the share of the base, or 0 when not permitted.
    public let maximumHoursPerWeek: Rational
    /// Capped members working fewer hours a week than the cap's minimum per person.
    public let membersBelowMinimumHours: Int

    /// The capped hours as a share of the base (0 when the base is empty).
    public var share: Rational { presentHoursPerWeek / baseHoursPerWeek }
    public var isMet: Bool { !(maximumHoursPerWeek < presentHoursPerWeek) && membersBelowMinimumHours == 0 }
}

/// What a structure type's capacity counts.
public enum CapacityUnit: String, Sendable, Hashable, CaseIterable {
    case beds
    case places
    case users
    case families

    public var label: LocalizedText {
        switch self {
        case .beds: return LocalizedText(it: "posti letto", en: "beds")
        case .places: return LocalizedText(it: "posti", en: "places")
        case .users: return LocalizedText(it: "utenti", en: "users")
        case .families: return LocalizedText(it: "nuclei familiari", en: "families")
        }
    }
}

/// The unit a requirement is stated in by its regulation.
public enum StaffingUnit: String, Sendable, Hashable, CaseIterable {
    /// Staff units in the establishment (*unità*, *figure*), read as full-time posts.
    case persons
    /// Explicit full-time equivalents (*a tempo pieno*).
    case fullTimeEquivalents = "fte"
    case hoursPerWeek = "hours-per-week"
    case hoursPerDay = "hours-per-day"
    /// Posts staffed around the clock: each needs 168 hours a week.
    case postsAroundTheClock = "posts-24h"
    /// Posts staffed over the opening window of a day service.
    case postsOverOpening = "posts-opening"
}

/// Whom a requirement counts: one role, or a group of roles the seed names together.
public struct StaffTarget: Sendable, Hashable {
    /// Stable id: the role's raw value, or the group's id (`non-medical-care-staff`).
    public let id: String
    public let label: LocalizedText
    public let roles: Set<StaffRole>

    public static func role(_ role: StaffRole) -> StaffTarget {
        StaffTarget(id: role.rawValue, label: role.label, roles: [role])
    }

    public static func group(_ id: String, _ label: LocalizedText, _ roles: Set<StaffRole>) -> StaffTarget {
        StaffTarget(id: id, label: label, roles: roles)
    }

    public init(id: String, label: LocalizedText, roles: Set<StaffRole>) {
        self.id = id
        self.label = label
        self.roles = roles
    }
}

/// How a requirement grows with capacity N. Every law is exact; rounding comes after.
public enum ScalingLaw: Sendable, Hashable {
    /// The same amount whatever the capacity (a fixed team, 7.5).
    case fixed(Rational)
    /// A share of capacity (SPOI: 75 % and 13 % of beds).
    case shareOfCapacity(Rational)
    /// An amount per reference module of `moduleSize` (Sicily 4.1: per nucleus of 20); partial
    /// modules count in proportion or as a whole module.
    case perModule(amount: Rational, moduleSize: Int, partialModules: PartialModules)
    /// The amount given for a reference capacity, scaled in proportion (5.1.1: N/60 and N/40;
    /// 6.1.4.1: n/10).
    case proportionalToReference(amount: Rational, reference: Int)
    /// `amount` for every `users` users (7.3: 1 educator per 4 users).
    case perUsers(amount: Rational, users: Int)

    public enum PartialModules: String, Sendable, Hashable {
        case proportional
        case wholeModules = "whole-modules"
    }

    /// The exact amount at capacity `capacity`.
    public func amount(at capacity: Int) -> Rational {
        switch self {
        case .fixed(let amount):
            return amount
        case .shareOfCapacity(let share):
            return share * capacity
        case .perModule(let amount, let size, let partial):
            switch partial {
            case .proportional: return amount * Rational(capacity, size)
            case .wholeModules: return amount * RoundingRule.up.round(numerator: capacity, denominator: size)
            }
        case .proportionalToReference(let amount, let reference):
            return amount * Rational(capacity, reference)
        case .perUsers(let amount, let users):
            return amount * Rational(capacity, users)
        }
    }

    /// Whether the amount never decreases as capacity grows (true of every law here).
    public var isMonotone: Bool { true }
}

/// A circumstance that adds a requirement (7.4: minors under a penal measure).
///
/// Ids are kebab-case English phrases without a region or family prefix (`hosts-minors`,
/// `non-profit-operator`): a condition is a fact about the structure, and a standard that does
/// not use it ignores it. An id written before a rename is still accepted and read as today's
/// (``formerIDs``), so files written then keep their meaning.
///
/// ```swift
/// StaffingCondition(rawValue: "sicily.addiction.non-profit-operator").rawValue  // "non-profit-operator"
/// ```
public struct StaffingCondition: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    /// The condition `rawValue` names; a former id becomes the current one.
    public init(rawValue: String) {
        // Only the former ids hold a '.', so the common case skips the lookup.
        if rawValue.utf8.contains(UInt8(ascii: ".")), let current = Self.formerIDs[rawValue] {
            self.rawValue = current
        } else {
            self.rawValue = rawValue
        }
    }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// Ids that were renamed to follow the one scheme, former → current. Input in the former
    /// spelling is read as the current id; output always uses the current one.
    public static let formerIDs: [String: String] = [
        "sicily.addiction.no-psychologist-among-qualified-operators": "no-psychologist-among-qualified-operators",
        "sicily.addiction.no-vocational-training-agreement": "no-vocational-training-agreement",
        "sicily.addiction.non-profit-operator": "non-profit-operator",
    ]
}

/// One line of a staffing standard: who, in what unit, how it scales, how it rounds, and
/// on what authority.
public struct RoleRequirement: Sendable, Hashable {
    /// The rule id that reports a shortfall (`er.spoi.staff.non-medical-minimum`).
    public let rule: RuleID
    public let target: StaffTarget
    public let unit: StaffingUnit
    public let law: ScalingLaw
    /// A minimum in the requirement's own unit, whatever the capacity (SPOI: 6 nurses).
    public let floor: Rational?
    public let rounding: RoundingRule
    /// The requirement applies only when this condition is declared.
    public let condition: StaffingCondition?
    public let citation: Citation
    /// The reading taken where the seed is ambiguous.
    public let decision: String?

    public init(
        rule: RuleID, target: StaffTarget, unit: StaffingUnit, law: ScalingLaw, floor: Rational? = nil,
        rounding: RoundingRule, condition: StaffingCondition? = nil, citation: Citation, decision: String? = nil
    ) {
        self.rule = rule
        self.target = target
        self.unit = unit
        self.law = law
        self.floor = floor
        self.rounding = rounding
        self.condition = condition
        self.citation = citation
        self.decision = decision
    }
}

/// Coverage beside the minima: presence over time rather than numbers in the establishment.
public struct CoverageRequirement: Sendable, Hashable {
    public enum Window: Sendable, Hashable {
        /// Around the clock: 168 staff-hours a week per post.
        case roundTheClock
        /// A day service's opening hours a week.
        case opening(hoursPerWeek: Int)

        public var hoursPerWeekPerPost: Int {
            switch self {
            case .roundTheClock: return 168
            case .opening(let hours): return hours
            }
        }
    }

    public let rule: RuleID
    /// The on-site care roles whose hours count.
    public let target: StaffTarget
    public let window: Window
    /// Posts kept at the same time.
    public let posts: Int
    public let citation: Citation

    public init(rule: RuleID, target: StaffTarget, window: Window, posts: Int = 1, citation: Citation) {
        self.rule = rule
        self.target = target
        self.window = window
        self.posts = posts
        self.citation = citation
    }

    /// Staff-hours a week the coverage needs.
    public var hoursPerWeek: Int { window.hoursPerWeekPerPost * posts }
}

/// A note attached to a standard: a decision, or the statement that the seed gives no number.
public struct StandardNote: Sendable, Hashable {
    public let text: LocalizedText
    public let citation: Citation

    public init(_ text: LocalizedText, citation: Citation) {
        self.text = text
        self.citation = citation
    }
}

/// A structure type's staffing standard, as data.
///
/// ```swift
/// let spoi = StaffingCatalogue.standard("er.spoi")!
/// let needs = try StaffingCalculator.requirement(for: spoi, capacity: 15)
/// needs.lines.first { $0.requirement.target.id == "non-medical-care-staff" }?.minimum  // 11
/// ```
public struct StaffingStandard: Sendable, Hashable, Identifiable {
    /// Stable id (`er.spoi`, `sicily.long-term-care`).
    public let id: String
    public let title: LocalizedText
    public let capacityUnit: CapacityUnit
    /// The capacities the regulation admits, when it sets any, and where it says so.
    public let capacityLimits: ClosedRange<Int>?
    public let limitsCitation: Citation?
    public let requirements: [RoleRequirement]
    public let coverage: [CoverageRequirement]
    public let notes: [StandardNote]
    /// The text of the whole standard.
    public let citation: Citation
    /// Days a week the service works, to turn hours a day into hours a week.
    public let daysPerWeek: Int
    /// Limits on the share of trainees or volunteers (Sicily 6.4), checked apart from the minima.
    public let shareCaps: [ShareCap]

    public init(
        id: String, title: LocalizedText, capacityUnit: CapacityUnit, capacityLimits: ClosedRange<Int>?,
        limitsCitation: Citation?, requirements: [RoleRequirement], coverage: [CoverageRequirement] = [],
        notes: [StandardNote] = [], citation: Citation, daysPerWeek: Int = 7, shareCaps: [ShareCap] = []
    ) {
        self.id = id
        self.title = title
        self.capacityUnit = capacityUnit
        self.capacityLimits = capacityLimits
        self.limitsCitation = limitsCitation
        self.requirements = requirements
        self.coverage = coverage
        self.notes = notes
        self.citation = citation
        self.daysPerWeek = daysPerWeek
        self.shareCaps = shareCaps
    }
}

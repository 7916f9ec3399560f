/// Parameters of a staffing calculation.
public struct StaffingParameters: Sendable, Hashable {
    /// Weekly hours of one full-time post. The seeds never define "tempo pieno"; 36 is their
    /// most common figure (Sicily Appendix C), and contracts differ, so it is a parameter.
    public var fullTimeHours: Rational
    /// Declared circumstances that switch conditional requirements on.
    public var conditions: Set<StaffingCondition>

    public init(fullTimeHours: Rational = 36, conditions: Set<StaffingCondition> = []) {
        self.fullTimeHours = fullTimeHours
        self.conditions = conditions
    }
}

/// One requirement worked out for a capacity.
public struct RequirementLine: Sendable, Hashable {
    public let requirement: RoleRequirement
    /// The law's value before rounding and floor.
    public let exact: Rational
    /// The minimum in the requirement's own unit, after rounding and floor.
    public let minimum: Rational
    /// The minimum as staff-hours a week.
    public let hoursPerWeek: Rational
    /// The minimum as full-time equivalents.
    public let fullTimeEquivalents: Rational
}

/// What a structure of a given type and capacity needs.
public struct StaffingRequirement: Sendable, Hashable {
    public let standard: StaffingStandard
    public let capacity: Int
    public let parameters: StaffingParameters
    public let lines: [RequirementLine]
}

/// Why a calculation cannot be made.
public enum StaffingError: Error, Sendable, Hashable {
    /// No standard has this id.
    case unknownStandard(String, known: [String])
    /// The capacity is outside what the regulation admits for the type.
    case capacityOutOfRange(standard: String, capacity: Int, limits: ClosedRange<Int>, citation: Citation?)
    /// Full-time hours must be positive.
    case invalidFullTimeHours(Rational)

    public var message: LocalizedText {
        switch self {
        case .unknownStandard(let id, let known):
            return LocalizedText(it: "tipologia \"\(id)\" sconosciuta; tipologie: \(known.joined(separator: ", "))",
                                 en: "unknown structure type \"\(id)\"; types: \(known.joined(separator: ", "))")
        case .capacityOutOfRange(let id, let capacity, let limits, let citation):
            let source = citation.map { " (\($0))" } ?? ""
            return LocalizedText(
                it: "capacità \(capacity) fuori dai limiti di \(id): da \(limits.lowerBound) a \(limits.upperBound)\(source)",
                en: "capacity \(capacity) is outside the limits of \(id): \(limits.lowerBound) to \(limits.upperBound)\(source)")
        case .invalidFullTimeHours(let hours):
            return LocalizedText(it: "le ore di un tempo pieno devono essere positive (trovato \(hours))",
                                 en: "full-time hours must be positive (found \(hours))")
        }
    }
}

/// The calculator over staffing standards: requirement, roster check, largest capacity.
///
/// ```swift
/// let spoi = StaffingCatalogue.standard("er.spoi")!
/// let needs = try StaffingCalculator.requirement(for: spoi, capacity: 12)
/// for line in needs.lines { print(line.requirement.target.id, line.minimum, line.hoursPerWeek) }
/// ```
public enum StaffingCalculator {
    /// The minimum staff of `standard` at `capacity`.
    public static func requirement(
        for standard: StaffingStandard, capacity: Int, parameters: StaffingParameters = .init()
    ) throws(StaffingError) -> StaffingRequirement {
        guard parameters.fullTimeHours > .zero else { throw .invalidFullTimeHours(parameters.fullTimeHours) }
        if let limits = standard.capacityLimits, !limits.contains(capacity) {
            throw .capacityOutOfRange(standard: standard.id, capacity: capacity, limits: limits, citation: standard.limitsCitation)
        }
        if standard.capacityLimits == nil, capacity < 0 {
            throw .capacityOutOfRange(standard: standard.id, capacity: capacity, limits: 0...Int.max, citation: nil)
        }
        let lines = standard.requirements.compactMap { requirement -> RequirementLine? in
            if let condition = requirement.condition, !parameters.conditions.contains(condition) { return nil }
            return line(requirement, standard: standard, capacity: capacity, parameters: parameters)
        }
        return StaffingRequirement(standard: standard, capacity: capacity, parameters: parameters, lines: lines)
    }

    static func line(_ requirement: RoleRequirement, standard: StaffingStandard, capacity: Int, parameters: StaffingParameters) -> RequirementLine {
        let exact = requirement.law.amount(at: capacity)
        var minimum = exact.rounded(requirement.rounding)
        if let floor = requirement.floor, minimum < floor { minimum = floor }
        let hours = hoursPerWeek(minimum, unit: requirement.unit, standard: standard, parameters: parameters)
        return RequirementLine(
            requirement: requirement, exact: exact, minimum: minimum, hoursPerWeek: hours,
            fullTimeEquivalents: hours / parameters.fullTimeHours)
    }

    /// Converts an amount in `unit` to staff-hours a week.
    public static func hoursPerWeek(_ amount: Rational, unit: StaffingUnit, standard: StaffingStandard, parameters: StaffingParameters) -> Rational {
        switch unit {
        case .persons, .fullTimeEquivalents: return amount * parameters.fullTimeHours
        case .hoursPerWeek: return amount
        case .hoursPerDay: return amount * standard.daysPerWeek
        case .postsAroundTheClock: return amount * 168
        case .postsOverOpening:
            let opening = standard.coverage.first.map { $0.window.hoursPerWeekPerPost } ?? 0
            return amount * opening
        }
    }

    /// Converts staff-hours a week back to `unit`.
    public static func amount(fromHoursPerWeek hours: Rational, unit: StaffingUnit, standard: StaffingStandard, parameters: StaffingParameters) -> Rational {
        let perUnit = hoursPerWeek(1, unit: unit, standard: standard, parameters: parameters)
        return hours / perUnit
    }
}

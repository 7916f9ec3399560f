/// A number of staff units in hundredths, so that sums and comparisons with regulatory
/// minima are exact (0.13 × 15 beds is 1.95, not 1.9500000000000002).
///
/// One unit is one full-time post in the establishment (*in organico*); part-time staff are
/// fractions (`0.5`). JSON carries at most two decimals.
///
/// ```swift
/// let units = StaffUnits(hundredths: 550)  // 5.5 units
/// units + StaffUnits(whole: 6) >= StaffUnits(whole: 11)  // true
/// ```
public struct StaffUnits: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }
    public init(whole: Int) { self.hundredths = whole * 100 }

    public static let zero = StaffUnits(hundredths: 0)
    public static func + (lhs: StaffUnits, rhs: StaffUnits) -> StaffUnits { StaffUnits(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: StaffUnits, rhs: StaffUnits) -> StaffUnits { StaffUnits(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func < (lhs: StaffUnits, rhs: StaffUnits) -> Bool { lhs.hundredths < rhs.hundredths }

    /// As a message argument (decimal comma in Italian).
    public var argument: MessageArgument { .fixed(hundredths, scale: 2) }

    public var description: String { FixedPoint.format(hundredths, scale: 2, separator: ".") }
}

/// How a regulatory ratio becomes a whole number of staff.
public enum RoundingRule: String, Sendable, Hashable, CaseIterable {
    /// To the nearest whole number, halves upwards (11.5 → 12, 11.25 → 11).
    case halfUp = "half-up"
    /// Upwards to the next whole number (11.25 → 12).
    case up
    /// Downwards (11.75 → 11).
    case down
    /// No rounding.
    case exact

    /// Rounds the non-negative fraction `numerator / denominator` with integer arithmetic.
    ///
    /// ```swift
    /// RoundingRule.halfUp.round(numerator: 75 * 15, denominator: 100)  // 11 (11.25)
    /// RoundingRule.halfUp.round(numerator: 13 * 15, denominator: 100)  // 2  (1.95)
    /// ```
    public func round(numerator: Int, denominator: Int) -> Int {
        // Capacities are never negative; should one arrive, round its magnitude symmetrically
        // rather than trap.
        guard denominator != 0 else { return 0 }
        if (numerator < 0) != (denominator < 0) {
            return -round(numerator: abs(numerator), denominator: abs(denominator))
        }
        let numerator = abs(numerator), denominator = abs(denominator)
        switch self {
        case .halfUp: return (2 * numerator + denominator) / (2 * denominator)
        case .up: return (numerator + denominator - 1) / denominator
        case .down, .exact: return numerator / denominator
        }
    }
}

/// An exact fraction, so that staffing arithmetic never drifts (0.13 × 15 is exactly 39/20).
///
/// Always kept in lowest terms with a positive denominator.
///
/// ```swift
/// let share = Rational(75, 100)           // 3/4
/// share * Rational(15)                    // 45/4 = 11.25
/// (share * 15).rounded(.halfUp)           // 11
/// ```
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "a fraction needs a non-zero denominator")
        let sign = denominator < 0 ? -1 : 1
        let divisor = Rational.gcd(abs(numerator), abs(denominator))
        self.numerator = sign * numerator / max(divisor, 1)
        self.denominator = sign * denominator / max(divisor, 1)
    }

    public init(integerLiteral value: Int) { self.init(value) }

    public static let zero = Rational(0)

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.denominator - rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    public static func * (lhs: Rational, rhs: Int) -> Rational { lhs * Rational(rhs) }

    /// Division; dividing by zero gives zero rather than trapping (a capacity of 0 needs nothing).
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        guard rhs.numerator != 0 else { return .zero }
        return Rational(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    /// Rounded to a whole number by `rule` (`.exact` keeps the fraction).
    public func rounded(_ rule: RoundingRule) -> Rational {
        rule == .exact ? self : Rational(rule.round(numerator: numerator, denominator: denominator))
    }

    /// The value in hundredths, rounded half up (for display and for JSON numbers).
    public var hundredths: Int { RoundingRule.halfUp.round(numerator: numerator * 100, denominator: denominator) }

    public var isWhole: Bool { denominator == 1 }

    /// As a message argument with at most two decimals.
    public var argument: MessageArgument { isWhole ? .integer(numerator) : .fixed(hundredths, scale: 2) }

    public var description: String { isWhole ? String(numerator) : "\(numerator)/\(denominator)" }
}

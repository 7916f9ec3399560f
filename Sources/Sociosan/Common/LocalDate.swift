/// An ISO 8601 calendar date (`YYYY-MM-DD`) with no time and no time zone.
///
/// Regulations speak of calendar days ("permesso di costruzione antecedente alla data del
/// 30 giugno 2009"), so dates are plain proleptic-Gregorian days, validated for real: month
/// lengths and leap years are checked, and a date that does not exist cannot be built.
///
/// ```swift
/// let cutoff = LocalDate(year: 2009, month: 6, day: 30)!
/// let permit = try LocalDate(iso8601: "2008-11-03")
/// permit < cutoff  // true
/// ```
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Builds a date, or returns `nil` when it does not exist (for example 2023-02-29).
    /// Years run from 1 to 9999, the range ISO 8601 writes with four digits.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ten ASCII characters); anything else throws.
    public init(iso8601 text: String) throws(LocalDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .malformed(text)
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            throw .malformed(text)
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            throw .nonexistent(text)
        }
        self = date
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Days since 1970-01-01 (negative before it); exact for every representable date.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil, integer-only.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after this one (before it when negative), or `nil` outside 1...9999.
    public func adding(days: Int) -> LocalDate? {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// `months` calendar months later (earlier when negative), the day kept or brought back to
    /// the month's last day: 2024-01-31 plus one month is 2024-02-29.
    ///
    /// ```swift
    /// LocalDate(year: 2024, month: 11, day: 30)!.adding(months: 3)  // 2025-02-28
    /// ```
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return LocalDate(year: newYear, month: newMonth, day: min(day, LocalDate.daysInMonth(year: newYear, month: newMonth))) ?? self
    }

    /// The inverse of ``daysSinceEpoch``.
    public init?(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// Why a text is not an ISO 8601 calendar date.
public enum LocalDateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not of the form `YYYY-MM-DD`.
    case malformed(String)
    /// Well formed, but no such day exists (for example `2023-02-29`).
    case nonexistent(String)

    public var description: String {
        switch self {
        case .malformed(let text): return "\"\(text)\" is not a date of the form YYYY-MM-DD"
        case .nonexistent(let text): return "\"\(text)\" is not a real calendar date"
        }
    }
}

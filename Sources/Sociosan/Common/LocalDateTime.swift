/// A time of day to the minute (`HH:MM`, 00:00 to 23:59), with no time zone.
///
/// Activity data record the wall-clock time of the structure (Italian local time); the seed
/// counts access delays in hours ("entro 24 ore", L924), so minutes are precise enough.
///
/// ```swift
/// let noon = LocalTime(hour: 12, minute: 0)!
/// try LocalTime(iso8601: "07:30").minutesSinceMidnight  // 450
/// ```
public struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Builds a time, or returns `nil` outside 00:00...23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses exactly `HH:MM` (five ASCII characters); anything else throws.
    public init(iso8601 text: String) throws(LocalDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              let hour = LocalTime.twoDigits(bytes[0], bytes[1]),
              let minute = LocalTime.twoDigits(bytes[3], bytes[4]) else { throw .malformed(text) }
        guard let time = LocalTime(hour: hour, minute: minute) else { throw .nonexistent(text) }
        self = time
    }

    static func twoDigits(_ high: UInt8, _ low: UInt8) -> Int? {
        let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
        guard (zero...nine).contains(high), (zero...nine).contains(low) else { return nil }
        return Int(high - zero) * 10 + Int(low - zero)
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
}

/// A calendar date and a time of day to the minute (`YYYY-MM-DDTHH:MM`), with no time zone.
///
/// Differences are plain wall-clock differences: a daylight-saving change inside an interval
/// is not corrected, an hour at most, which no rule of the seed is fine enough to notice.
///
/// ```swift
/// let request = try LocalDateTime(iso8601: "2025-03-01T22:15")
/// let admission = try LocalDateTime(iso8601: "2025-03-02T09:00")
/// request.minutes(until: admission)  // 645
/// ```
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let date: LocalDate
    public let time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM` (sixteen ASCII characters); anything else throws.
    public init(iso8601 text: String) throws(LocalDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[10] == UInt8(ascii: "T") else { throw .malformed(text) }
        let datePart = String(decoding: bytes[0..<10], as: UTF8.self)
        let timePart = String(decoding: bytes[11..<16], as: UTF8.self)
        do {
            self.init(date: try LocalDate(iso8601: datePart), time: try LocalTime(iso8601: timePart))
        } catch .malformed {
            throw .malformed(text)
        } catch {
            throw .nonexistent(text)
        }
    }

    /// Minutes since 1970-01-01T00:00.
    public var minutesSinceEpoch: Int { date.daysSinceEpoch * 1440 + time.minutesSinceMidnight }

    /// Whole minutes from `self` to `other` (positive when `other` is later).
    public func minutes(until other: LocalDateTime) -> Int { other.minutesSinceEpoch - minutesSinceEpoch }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }

    /// `YYYY-MM-DDTHH:MM`.
    public var description: String { date.description + "T" + time.description }
}

extension LocalDate {
    /// Parses `YYYY-MM-DD` straight from UTF-8 bytes, without making a `String` (for readers of
    /// many lines); `nil` for anything else, including a day that does not exist.
    public static func parse(utf8 bytes: UnsafeRawBufferPointer) -> LocalDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let c = LocalTime.twoDigits(bytes[0], bytes[1]), let y = LocalTime.twoDigits(bytes[2], bytes[3]),
              let month = LocalTime.twoDigits(bytes[5], bytes[6]), let day = LocalTime.twoDigits(bytes[8], bytes[9])
        else { return nil }
        return LocalDate(year: c * 100 + y, month: month, day: day)
    }
}

extension LocalDateTime {
    /// Parses `YYYY-MM-DDTHH:MM` straight from UTF-8 bytes; `nil` for anything else.
    public static func parse(utf8 bytes: UnsafeRawBufferPointer) -> LocalDateTime? {
        guard bytes.count == 16, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              let date = LocalDate.parse(utf8: UnsafeRawBufferPointer(rebasing: bytes[0..<10])),
              let hour = LocalTime.twoDigits(bytes[11], bytes[12]), let minute = LocalTime.twoDigits(bytes[14], bytes[15]),
              let time = LocalTime(hour: hour, minute: minute)
        else { return nil }
        return LocalDateTime(date: date, time: time)
    }
}

/// When an SPOI admission falls "durante le ore notturne, i giorni prefestivi e festivi"
/// (L281-L282), the times at which access comes through the emergency department or an SPDC.
///
/// Decision: the seed defines none of these times. The reading taken is the one of
/// hospital rosters: night runs from 20:00 to 08:00; a holiday (*festivo*) is a Sunday or a
/// national holiday of the Italian calendar (1 and 6 January, Easter Monday, 25 April, 1 May,
/// 2 June, 15 August, 1 November, 8, 25 and 26 December; Easter Sunday is a Sunday); a
/// pre-holiday (*prefestivo*) is a Saturday or the day before a holiday, from 14:00, when the
/// territorial services of the DSM-DP close. Local patron saints' days are not known to the
/// code and are not counted.
///
/// ```swift
/// OutOfHours.isOutOfHours(try LocalDateTime(iso8601: "2025-04-21T10:00"))  // true: Easter Monday
/// OutOfHours.isOutOfHours(try LocalDateTime(iso8601: "2025-04-22T10:00"))  // false
/// ```
public enum OutOfHours {
    /// Night starts at 20:00 ...
    public static let nightStart = LocalTime(hour: 20, minute: 0)!
    /// ... and ends at 08:00.
    public static let nightEnd = LocalTime(hour: 8, minute: 0)!
    /// A pre-holiday counts from 14:00.
    public static let preHolidayStart = LocalTime(hour: 14, minute: 0)!

    public static func isOutOfHours(_ moment: LocalDateTime) -> Bool {
        if moment.time >= nightStart || moment.time < nightEnd { return true }
        if isHoliday(moment.date) { return true }
        if let next = moment.date.adding(days: 1), isHoliday(next), moment.time >= preHolidayStart { return true }
        return false
    }

    /// A Sunday or a national holiday.
    public static func isHoliday(_ date: LocalDate) -> Bool {
        weekday(date) == 7 || isNationalHoliday(date)
    }

    /// The national holidays of the Italian calendar (law 260/1949 and its amendments).
    public static func isNationalHoliday(_ date: LocalDate) -> Bool {
        switch (date.month, date.day) {
        case (1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26):
            return true
        default:
            return easter(date.year).adding(days: 1) == date
        }
    }

    /// ISO weekday: 1 Monday ... 7 Sunday.
    public static func weekday(_ date: LocalDate) -> Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (date.daysSinceEpoch % 7 + 7) % 7
        return (offset + 3) % 7 + 1
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).
    public static func easter(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }
}

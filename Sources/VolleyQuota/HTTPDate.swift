import VolleyCore

/// HTTP-date (RFC 9110 §5.6.7) to epoch seconds, without Foundation.
///
/// Servers must send IMF-fixdate, but recipients must also accept the two obsolete forms, and
/// `Retry-After` and `Date` arrive from old servers too:
///
///     Sun, 06 Nov 1994 08:49:37 GMT    IMF-fixdate
///     Sunday, 06-Nov-94 08:49:37 GMT   RFC 850 (two-digit year)
///     Sun Nov  6 08:49:37 1994         asctime
public enum HTTPDate {
    /// The instant a date names, or nil when it is none of the three forms or names no real day.
    /// `now` resolves RFC 850's two-digit year: RFC 9110 reads a year more than 50 years ahead
    /// as the most recent past year with those digits.
    public static func parse(_ text: String, now: EpochSeconds) -> EpochSeconds? {
        let fields = text.trimmingWhitespace().split(separator: " ", omittingEmptySubsequences: false)
        if fields.count == 6, let day = fields[0].withoutTrailingComma, shortDays.contains(String(day)),
            fields[1].count == 2, fields[3].count == 4, fields[5] == "GMT"
        {
            return instant(year: fields[3], month: fields[2], day: fields[1], time: fields[4])
        }
        if fields.count == 4, let day = fields[0].withoutTrailingComma, longDays.contains(String(day)),
            fields[3] == "GMT"
        {
            let date = fields[1].split(separator: "-", omittingEmptySubsequences: false)
            guard date.count == 3, date[0].count == 2, date[2].count == 2, let yy = Int(asciiDigits: date[2]) else { return nil }
            return instant(year: fullYear(twoDigits: yy, now: now), month: date[1], day: date[0], time: fields[2])
        }
        // asctime pads a one-digit day with a space, so empty fields are only that padding.
        let words = fields.filter { !$0.isEmpty }
        if words.count == 5, shortDays.contains(String(words[0])), (1...2).contains(words[2].count), words[4].count == 4 {
            return instant(year: words[4], month: words[1], day: words[2], time: words[3])
        }
        return nil
    }

    static let shortDays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let longDays: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func instant(year: Substring, month: Substring, day: Substring, time: Substring) -> EpochSeconds? {
        guard let year = Int(asciiDigits: year) else { return nil }
        return instant(year: year, month: month, day: day, time: time)
    }

    private static func instant(year: Int, month: Substring, day: Substring, time: Substring) -> EpochSeconds? {
        guard let monthIndex = months.firstIndex(of: String(month)), let day = Int(asciiDigits: day) else { return nil }
        let month = monthIndex + 1
        guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        let clock = time.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
            let hour = Int(asciiDigits: clock[0]), let minute = Int(asciiDigits: clock[1]), let second = Int(asciiDigits: clock[2]),
            hour < 24, minute < 60, second <= 60  // 60: a leap second, which HTTP-date allows
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        return EpochSeconds(days * 86_400 + hour * 3600 + minute * 60 + second)
    }

    private static func fullYear(twoDigits yy: Int, now: EpochSeconds) -> Int {
        let current = year(of: now)
        var year = current - current % 100 + yy
        if year > current + 50 { year -= 100 }
        return year
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian year an instant falls in (the inverse of `daysSinceEpoch`, year only).
    static func year(of instant: EpochSeconds) -> Int {
        let z = Int((instant / 86_400).rounded(.down)) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0 = March … 11 = February
        return yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0)
    }
}

extension Substring {
    fileprivate var withoutTrailingComma: Substring? {
        last == "," ? dropLast() : nil
    }
}

extension Int {
    /// ASCII digits only: `Int("+5")` and `Int("-5")` would accept a sign the grammars forbid.
    init?(asciiDigits digits: Substring) {
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(digits) else {
            return nil
        }
        self = value
    }
}

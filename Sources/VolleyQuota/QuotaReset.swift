import VolleyCore

/// When a quota refills, read from a reset value in any of the forms servers use.
struct QuotaReset: Sendable, Hashable {
    /// How the value was read, for tests and for anyone wondering why a wait is what it is.
    enum Form: Sendable, Hashable {
        case epochMilliseconds, epochSeconds, delaySeconds, duration, httpDate
    }

    var delay: Duration
    var form: Form

    /// Whether the delay was measured against the response's `Date` rather than the local clock.
    var usedServerDate: Bool

    /// Reads `1700000000123` (epoch ms, at least 10^12), `1700000000` (epoch s, at least 10^9),
    /// `30` or `0.5` (a delay in seconds), `6m0s` or `120ms` (a duration), or an HTTP-date.
    ///
    /// An instant is measured against `serverDate` (the response's `Date`) when there is one:
    /// both come from the server's clock, so the difference survives a skewed local clock.
    /// An instant already past means "now" (a zero delay). Negative numbers are malformed.
    init?(_ text: String, now: EpochSeconds, serverDate: EpochSeconds?) {
        let text = text.trimmingWhitespace()
        if let number = Double(decimalText: text) {
            guard number >= 0 else { return nil }
            switch number {
            case 1e12...: self.init(instant: number / 1000, form: .epochMilliseconds, now: now, serverDate: serverDate)
            case 1e9...: self.init(instant: number, form: .epochSeconds, now: now, serverDate: serverDate)
            default: self.init(delay: Duration(secondsRoundingUp: number), form: .delaySeconds, usedServerDate: false)
            }
        } else if Double(text) == nil, let duration = Duration(parsing: text) {
            // `Double` screens out `1e9`, `inf` and hex, which `Duration(parsing:)` would take as seconds.
            self.init(delay: duration, form: .duration, usedServerDate: false)
        } else if let date = HTTPDate.parse(text, now: now) {
            self.init(instant: date, form: .httpDate, now: now, serverDate: serverDate)
        } else {
            return nil
        }
    }

    init(instant: EpochSeconds, form: Form, now: EpochSeconds, serverDate: EpochSeconds?) {
        self.init(
            delay: Duration(secondsRoundingUp: instant - (serverDate ?? now)), form: form,
            usedServerDate: serverDate != nil)
    }

    init(delay: Duration, form: Form, usedServerDate: Bool) {
        self.delay = delay
        self.form = form
        self.usedServerDate = usedServerDate
    }
}

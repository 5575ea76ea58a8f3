import VolleyCore

/// `Retry-After` (RFC 9110 §10.2.3) and the millisecond variant some APIs add (`retry-after-ms`).
enum RetryAfterHeader {
    struct Reading: Sendable, Hashable {
        var delay: Duration
        var source: String
        var usedServerDate: Bool
    }

    /// `retry-after-ms` wins when valid: servers that send it send `Retry-After` too, rounded to
    /// whole seconds. `Retry-After` is delay-seconds or an HTTP-date; a date is measured against
    /// the response's `Date` when there is one, and a past date means "now". Decimal seconds are
    /// accepted though RFC 9110 allows digits only; anything else is ignored.
    static func read(_ headers: [HTTPHeader], now: EpochSeconds, serverDate: EpochSeconds?) -> Reading? {
        if let text = headers.value(of: "retry-after-ms"), let ms = Double(decimalText: text), ms >= 0 {
            return Reading(delay: Duration(secondsRoundingUp: ms / 1000), source: "retry-after-ms", usedServerDate: false)
        }
        guard let text = headers.value(of: "retry-after") else { return nil }
        if let seconds = Double(decimalText: text) {
            guard seconds >= 0 else { return nil }
            return Reading(delay: Duration(secondsRoundingUp: seconds), source: "retry-after", usedServerDate: false)
        }
        guard let date = HTTPDate.parse(text, now: now) else { return nil }
        return Reading(
            delay: Duration(secondsRoundingUp: date - (serverDate ?? now)), source: "retry-after",
            usedServerDate: serverDate != nil)
    }
}

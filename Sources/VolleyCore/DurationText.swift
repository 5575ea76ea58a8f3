/// Every way Volley writes a duration for people, in one place, so the console, the reports and
/// the messages cannot drift apart. The formats differ where what they are read for differs: a
/// wait (`850ms`), a quota window (`0.25s`), a response time (`0.8 ms`), a latency table
/// (`0.42`), an exact timing (`12.345`). Machine formats (JSON numbers, JUnit's `time`) are not
/// text for people and stay with the report that writes them.
public enum DurationText {
    /// `850ms`, `2.5s`, `1m30s`: short, for waits, timeouts and elapsed time.
    public static func short(_ duration: Duration) -> String {
        let ms = duration.milliseconds
        if ms < 1000 { return "\(Int(ms.rounded()))ms" }
        let s = ms / 1000
        if s < 60 { return s.rounded() == s ? "\(Int(s))s" : oneDecimal(s) + "s" }
        let whole = Int(s.rounded())
        return "\(whole / 60)m\(whole % 60)s"
    }

    /// `0.25s`, `0.8s`, `2s`, `120s`, `1h0m`: seconds up to ten minutes, because quota windows and
    /// the maximum retry wait are thought of in seconds (two decimals under 10 s, one above); longer
    /// waits in hours and minutes; a few milliseconds as `4ms` rather than a misleading `0s`.
    public static func quota(_ duration: Duration) -> String {
        let s = duration.fractionalSeconds
        if s > 0 && s < 0.005 { return "\(Int((s * 1000).rounded(.up)))ms" }
        if s < 600 {
            var hundredths = Int((s * 100).rounded())
            if s >= 10 { hundredths = (hundredths + 5) / 10 * 10 }
            let (whole, fraction) = hundredths.quotientAndRemainder(dividingBy: 100)
            if fraction == 0 { return "\(whole)s" }
            if fraction % 10 == 0 { return "\(whole).\(fraction / 10)s" }
            return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)s"
        }
        let minutes = Int((s / 60).rounded())
        return minutes < 60 ? "\(minutes)m" : "\(minutes / 60)h\(minutes % 60)m"
    }

    /// `0.8 ms`, `12 ms`, `1530 ms`: a response time on the console, whole milliseconds once
    /// they are large enough to read.
    public static func milliseconds(_ ms: Double) -> String {
        if ms < 10 {
            let tenths = Int((ms * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) ms"
        }
        return "\(Int(ms.rounded())) ms"
    }

    /// `12.345`: whole microseconds as milliseconds with three decimals, which is exactly a
    /// microsecond, so nothing is lost or invented.
    public static func exactMilliseconds(_ microseconds: Int64) -> String {
        decimal(microseconds, scale: 1000, places: 3)
    }

    /// `0.42`, `12.3`, `1530`: microseconds as milliseconds for tables and charts, two decimals
    /// under 1 ms, one under 100 ms, then whole.
    public static func tableMilliseconds(_ microseconds: Int64) -> String {
        if microseconds == 0 { return "0" }
        if microseconds < 1_000 { return decimal((microseconds + 5) / 10, scale: 100, places: 2) }
        if microseconds < 100_000 { return decimal((microseconds + 50) / 100, scale: 10, places: 1) }
        return "\((microseconds + 500) / 1000)"
    }

    /// One decimal, without Foundation: `2.5`.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    private static func decimal(_ value: Int64, scale: Int64, places: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = magnitude / UInt64(scale)
        let fraction = String(magnitude % UInt64(scale))
        return sign + "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}

extension Duration {
    /// `DurationText.short`: what messages and reports say about waits and timeouts.
    public var humanText: String { DurationText.short(self) }

    /// `DurationText.quota`: what quota and retry wording says about windows and resets.
    public var quotaText: String { DurationText.quota(self) }
}

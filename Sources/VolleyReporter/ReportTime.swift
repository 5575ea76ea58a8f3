/// How reports write durations. Timings are whole microseconds; reports show milliseconds with
/// three decimals (`12.345`), which is exactly a microsecond, so nothing is lost or invented.
enum ReportTime {
    static func microseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000 + (attoseconds + 500_000_000_000) / 1_000_000_000_000
    }

    /// Milliseconds as a number, for JSON: `12.345`.
    static func milliseconds(_ microseconds: Int64) -> Double {
        Double(microseconds) / 1000
    }

    /// `12.345`: milliseconds with three decimals, as text.
    static func millisecondsText(_ microseconds: Int64) -> String {
        decimal(microseconds, scale: 1000, places: 3)
    }

    /// `0.012`: seconds with three decimals, as JUnit's `time` wants.
    static func secondsText(_ microseconds: Int64) -> String {
        let milliseconds = (microseconds + 500) / 1000
        return decimal(milliseconds, scale: 1000, places: 3)
    }

    /// `0.42`, `12.3`, `1530`: two decimals under 1 ms, one under 100 ms, then whole, for tables.
    static func displayMilliseconds(_ microseconds: Int64) -> String {
        if microseconds == 0 { return "0" }
        if microseconds < 1_000 { return decimal((microseconds + 5) / 10, scale: 100, places: 2) }
        if microseconds < 100_000 { return decimal((microseconds + 50) / 100, scale: 10, places: 1) }
        return "\((microseconds + 500) / 1000)"
    }

    private static func decimal(_ value: Int64, scale: Int64, places: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = magnitude / UInt64(scale)
        let fraction = String(magnitude % UInt64(scale))
        return sign + "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}

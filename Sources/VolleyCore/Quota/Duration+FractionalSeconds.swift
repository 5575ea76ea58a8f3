extension Duration {
    /// The duration as fractional seconds, for arithmetic with `EpochSeconds`.
    public var fractionalSeconds: Double {
        let (whole, atto) = components
        return Double(whole) + Double(atto) / 1e18
    }

    /// A duration from fractional seconds, rounded up to the next nanosecond so a wait built from
    /// it is never shorter than the wait computed. Negative and NaN inputs become zero; anything
    /// beyond `longestWait` (a header of twenty nines, a reset in the year 9999) becomes
    /// `longestWait`, which still exceeds every cap, instead of overflowing.
    public init(secondsRoundingUp value: Double) {
        guard value > 0 else {
            self = .zero
            return
        }
        let seconds = min(value, Self.longestWait.fractionalSeconds)
        self = .nanoseconds(Int64((seconds * 1e9).rounded(.up)))
    }

    /// About 31.7 years: longer than any quota window, far inside `Int64` nanoseconds.
    public static let longestWait = Duration.seconds(1_000_000_000)

    /// `0.25s`, `0.8s`, `2s`, `120s`, `1h0m`: seconds up to ten minutes, because quota windows and
    /// `--max-retry-wait` are thought of in seconds (two decimals under 10 s, one above); longer
    /// waits in hours and minutes; a few milliseconds as `4ms` rather than a misleading `0s`.
    public var quotaText: String {
        let s = fractionalSeconds
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
}

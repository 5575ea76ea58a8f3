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
}

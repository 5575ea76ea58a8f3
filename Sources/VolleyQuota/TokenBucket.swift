import VolleyCore

/// A client-side token bucket: holds up to `capacity` tokens, refills continuously at the rate,
/// and every request takes one.
///
/// With capacity `c` and rate `r`/s, a bucket that has been idle sends `c` requests at once, then
/// one every `1/r` seconds. So over any span `T` it sends at most `c + r·T` requests: 5/s starting
/// full sends 20 requests by 3.0 s (5 at once, then 15 at 0.2 s spacing), and up to 9 in its first
/// second. Pass `capacity: 1` for even spacing with no burst at all.
///
/// Stored as the "theoretical arrival time" of the next request (GCRA, the same bucket kept as
/// one number) in whole nanoseconds, so waits add up exactly instead of drifting by float error.
/// The interval between requests is rounded up to a nanosecond: the bucket errs slow, never fast.
public struct TokenBucket: Sendable, Hashable {
    public private(set) var rate: RateSpec
    public private(set) var capacity: Int
    private var intervalNanoseconds: Int64
    /// When the bucket is next refilled to one token after all reservations so far; nil = full.
    private var theoreticalArrival: Int64?

    /// `capacity` defaults to the rate per second rounded up, at least 1 (5/s → 5, 100/m → 2, 1000/h → 1).
    public init(rate: RateSpec, capacity: Int? = nil) {
        self.rate = rate
        self.capacity = 1
        self.intervalNanoseconds = 1
        self.theoreticalArrival = nil
        setRate(rate, capacity: capacity)
    }

    /// Changes the rate, keeping the reservations already made.
    public mutating func setRate(_ rate: RateSpec, capacity: Int? = nil) {
        self.rate = rate
        // Clamped so absurd rates (`1000000000000/s`, `0.0000000001/h`) cannot overflow an Int64.
        let perSecond = min(max(rate.perSecond, 1e-6), 1e9)
        self.capacity = min(max(1, capacity ?? Int(perSecond.rounded(.up))), 1_000_000_000)
        self.intervalNanoseconds = max(1, Int64((1e9 / perSecond).rounded(.up)))
    }

    /// Takes a token for a request about to be sent, and says how long to wait before sending it:
    /// zero when a token is there now. Each call reserves a token, so calls made before the earlier
    /// waits have passed queue up behind them.
    public mutating func reserve(now: EpochSeconds) -> Duration {
        let nowNanoseconds = Self.nanoseconds(now)
        let arrival = max(theoreticalArrival ?? nowNanoseconds, nowNanoseconds)
        let sendAt = max(nowNanoseconds, Self.saturatingSum(arrival, -burstTolerance))
        theoreticalArrival = Self.saturatingSum(arrival, intervalNanoseconds)
        return .nanoseconds(Self.saturatingSum(sendAt, -nowNanoseconds))
    }

    /// Records when a reserved request really went out. A send that left later than its
    /// reservation assumed (a stalled process, a sleep that overslept) pushes the next token back,
    /// so two sends are never closer than the even spacing allows, whatever happened in between.
    public mutating func noteSend(at now: EpochSeconds) {
        let next = Self.saturatingSum(Self.saturatingSum(Self.nanoseconds(now), intervalNanoseconds), -burstTolerance)
        theoreticalArrival = max(theoreticalArrival ?? next, next)
    }

    /// Tokens in the bucket at `now`: `capacity` when full, below zero when reservations are queued.
    public func availableTokens(at now: EpochSeconds) -> Double {
        guard let theoreticalArrival else { return Double(capacity) }
        let spare = Double(Self.nanoseconds(now)) + Double(burstTolerance) + Double(intervalNanoseconds)
            - Double(theoreticalArrival)
        return min(Double(capacity), spare / Double(intervalNanoseconds))
    }

    /// How far ahead of its even spacing a request may go: the burst the full bucket allows.
    private var burstTolerance: Int64 {
        let (product, overflow) = Int64(capacity - 1).multipliedReportingOverflow(by: intervalNanoseconds)
        return overflow ? .max : product
    }

    private static func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : sum
    }

    /// Whole nanoseconds, clamped to about ±290 years around 1970 so a wild clock cannot trap.
    private static func nanoseconds(_ seconds: EpochSeconds) -> Int64 {
        guard !seconds.isNaN else { return 0 }
        return Int64((min(max(seconds, -9e9), 9e9) * 1e9).rounded())
    }
}

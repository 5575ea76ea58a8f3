/// Why a request is held before it is sent: one per cause, in the order the waits apply.
public enum PacingReason: Sendable, Hashable {
    /// The limit's last response said nothing remains; the wait runs to its reset (read from
    /// `header`), or to `cappedAt` (the max retry wait) when the reset is further off than that.
    case quotaReset(QuotaKey, header: String?, resetsIn: Duration, cappedAt: Duration?)
    /// A token from the limit's bucket at `rate`, set at `origin` (the run's rate, or a
    /// collection's `rate:`). `wholeHost`: the run's rate caps the host across its named limits.
    case tokenBucket(QuotaKey, rate: RateSpec, origin: SettingOrigin, wholeHost: Bool)
}

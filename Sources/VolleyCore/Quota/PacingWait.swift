/// How long to hold a request before sending it, and why (as values; `RetryWording` words them).
public struct PacingWait: Sendable, Hashable {
    /// The whole wait: `quotaDelay`, then `rateDelay`.
    public var delay: Duration { quotaDelay + rateDelay }
    /// Waiting for the host's quota to reset (already capped at the max retry wait).
    public var quotaDelay: Duration
    /// Waiting for a token from the host's bucket (the run's rate, or `rate:`). Never capped.
    public var rateDelay: Duration
    /// What the server's reset asked for, when the cap cut `quotaDelay` short.
    public var requestedQuotaDelay: Duration?
    /// What caused the wait; empty when there is none.
    public var reasons: [PacingReason]

    public init(
        quotaDelay: Duration = .zero, rateDelay: Duration = .zero, requestedQuotaDelay: Duration? = nil,
        reasons: [PacingReason] = []
    ) {
        self.quotaDelay = quotaDelay
        self.rateDelay = rateDelay
        self.requestedQuotaDelay = requestedQuotaDelay
        self.reasons = reasons
    }

    /// True when the server's reset is further off than the max retry wait, so the request goes
    /// out before the quota has refilled.
    public var isCapped: Bool { requestedQuotaDelay != nil }
}

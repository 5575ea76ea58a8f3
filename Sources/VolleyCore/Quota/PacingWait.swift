/// How long to hold a request before sending it, and why.
public struct PacingWait: Sendable, Hashable {
    /// The whole wait: `quotaDelay`, then `rateDelay`.
    public var delay: Duration { quotaDelay + rateDelay }
    /// Waiting for the host's quota to reset (already capped at `--max-retry-wait`).
    public var quotaDelay: Duration
    /// Waiting for a token from the host's bucket (`--rate`, `rate:`). Never capped.
    public var rateDelay: Duration
    /// What the server's reset asked for, when the cap cut `quotaDelay` short.
    public var requestedQuotaDelay: Duration?
    /// For the console; nil when there is no wait.
    public var message: String?

    public init(
        quotaDelay: Duration = .zero, rateDelay: Duration = .zero, requestedQuotaDelay: Duration? = nil,
        message: String? = nil
    ) {
        self.quotaDelay = quotaDelay
        self.rateDelay = rateDelay
        self.requestedQuotaDelay = requestedQuotaDelay
        self.message = message
    }

    /// True when the server's reset is further off than `--max-retry-wait`, so the request goes
    /// out before the quota has refilled.
    public var isCapped: Bool { requestedQuotaDelay != nil }
}

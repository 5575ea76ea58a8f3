/// What one response's headers say about the caller's quota, whichever header style the server
/// uses. Every field is optional: servers send any subset. `QuotaHeaderParser` builds it.
public struct QuotaState: Sendable, Hashable {
    /// A prepaid balance (`x-credits-remaining: 9973`), separate from the per-window rate limit.
    public struct Credits: Sendable, Hashable {
        public var remaining: Double
        /// The header it came from, lowercased.
        public var header: String

        public init(remaining: Double, header: String) {
            self.remaining = remaining
            self.header = header
        }
    }

    /// The policy the numbers describe: a RateLimit policy name (`burst`), a header suffix
    /// (`second`, `requests`), or GitHub's `x-ratelimit-resource`.
    public var policy: String?
    public var limit: Int?
    public var remaining: Int?
    public var used: Int?
    /// How long until the quota refills, measured when the headers were read.
    public var resetDelay: Duration?
    /// When the quota refills, on the local clock (`now` + `resetDelay`): a server epoch is first
    /// converted to a delay against the server's own `Date`, so local clock skew does not matter.
    public var resetAt: EpochSeconds?
    /// The length of the quota window, when the server says it (`w=60`, a `-minute` suffix).
    public var window: Duration?
    /// `Retry-After` or `retry-after-ms`.
    public var retryAfter: Duration?
    public var credits: Credits?
    /// The lowercased names of the headers this state was read from, in the order they were used.
    public var sources: [String]

    public init(
        policy: String? = nil, limit: Int? = nil, remaining: Int? = nil, used: Int? = nil,
        resetDelay: Duration? = nil, resetAt: EpochSeconds? = nil, window: Duration? = nil,
        retryAfter: Duration? = nil, credits: Credits? = nil, sources: [String] = []
    ) {
        self.policy = policy
        self.limit = limit
        self.remaining = remaining
        self.used = used
        self.resetDelay = resetDelay
        self.resetAt = resetAt
        self.window = window
        self.retryAfter = retryAfter
        self.credits = credits
        self.sources = sources
    }

    /// The name of the limit these numbers belong to, when the server names one of several:
    /// an IETF `RateLimit`/`RateLimit-Policy` policy, or GitHub's `x-ratelimit-resource`. A
    /// header suffix (`-second`) names a window of the same limit, not a limit of its own.
    public var limitName: String? {
        guard let policy, !policy.isEmpty else { return nil }
        let named = sources.contains { $0 == "ratelimit" || $0 == "ratelimit-policy" || $0.hasSuffix("ratelimit-resource") }
        return named ? policy : nil
    }

    /// True when the headers carried nothing quota-related.
    public var isEmpty: Bool { sources.isEmpty }

    /// The server says no request is left in the current window.
    public var isExhausted: Bool { (remaining ?? 1) <= 0 }

    /// How long the server asks the client to hold off: `Retry-After` first (it is an explicit
    /// instruction), else the reset when the quota is spent. Nil when it asks for nothing.
    public var serverWait: Duration? {
        retryAfter ?? (isExhausted ? resetDelay : nil)
    }

    /// `quota 17/18 · resets 0.8s · credits 9973`, for the console. Empty when nothing is known.
    public var text: String {
        var parts: [String] = []
        var quota: String?
        switch (remaining, limit) {
        case let (remaining?, limit?): quota = "quota \(remaining)/\(limit)"
        case let (remaining?, nil): quota = "quota \(remaining) left"
        case let (nil, limit?): quota = "quota limit \(limit)"
        case (nil, nil): quota = nil
        }
        if var quota {
            if let window { quota += " per \(window.quotaText)" }
            if let policy { quota += " (\(policy))" }
            parts.append(quota)
        }
        if let resetDelay { parts.append("resets \(resetDelay.quotaText)") }
        if let retryAfter { parts.append("retry after \(retryAfter.quotaText)") }
        if let credits { parts.append("credits \(Self.number(credits.remaining))") }
        return parts.joined(separator: " · ")
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int64(value))" : DurationText.oneDecimal(value)
    }
}

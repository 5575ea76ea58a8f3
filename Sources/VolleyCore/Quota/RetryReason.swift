/// What about an attempt called for a retry.
public enum RetryTrigger: Sendable, Hashable {
    case status(Int)
    case connectionReset
    case timeoutBeforeResponse
    /// The response began (status and headers), then broke off after `bodyBytes` bytes of body.
    case cutOffAfterHeaders(bodyBytes: Int)
    /// The response began, then the timeout fired after `bodyBytes` bytes of body.
    case timeoutAfterHeaders(bodyBytes: Int)
}

/// Where the length of a retry's wait came from.
public enum RetryWaitSource: Sendable, Hashable {
    /// `Retry-After` (or `retry-after-ms`).
    case retryAfterHeader
    /// The rate-limit reset the response carried; `header` is the one it was read from, when known.
    case rateLimitReset(header: String?)
    /// No server word: exponential backoff with jitter.
    case backoff
}

/// Why a request is sent again: `429 Too Many Requests: retry 1 of 2 in 1s (Retry-After)`.
public struct RetryReason: Sendable, Hashable {
    public var trigger: RetryTrigger
    /// This retry's number (1 is the first retry) and how many the policy allows.
    public var retry: Int
    public var of: Int
    public var delay: Duration
    public var source: RetryWaitSource

    public init(trigger: RetryTrigger, retry: Int, of: Int, delay: Duration, source: RetryWaitSource) {
        self.trigger = trigger
        self.retry = retry
        self.of = of
        self.delay = delay
        self.source = source
    }
}

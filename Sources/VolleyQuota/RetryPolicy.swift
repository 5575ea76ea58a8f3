import VolleyCore

/// When and how long to wait before sending a request again: the retry count, statuses, max
/// wait and time budget. A pure function of its inputs, returning a value (`RetryDecision`) that
/// `RetryWording` words; the run loop owns the clock.
public struct RetryPolicy: Sendable, Hashable {
    /// 408 Request Timeout, 429 Too Many Requests, 502, 503, 504: the server (or a proxy) did not
    /// process the request and may next time. 400, 401, 402, 403, 404, 409 and 422 are never on
    /// this list: the same request would fail the same way.
    public static let defaultRetryableStatuses: Set<Int> = [408, 429, 502, 503, 504]

    /// RFC 9110 §9.2.2: methods whose repetition has the same effect as one request.
    public static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]

    /// Retries after the first attempt (`--retry`).
    public var maxRetries: Int
    public var retryableStatuses: Set<Int>
    /// The longest single wait (`--max-retry-wait`): a server asking for more fails the request at once.
    public var maxWait: Duration
    /// The budget for all attempts of one request, counted from the first send (`--retry-max-time`).
    public var maxTotalTime: Duration
    public var backoffBase: Duration
    public var backoffCap: Duration
    /// Where the count, statuses and limits came from, quoted when retrying stops.
    public var origins = Origins()

    public init(
        maxRetries: Int = 2, retryableStatuses: Set<Int> = defaultRetryableStatuses,
        maxWait: Duration = .seconds(60), maxTotalTime: Duration = .seconds(120),
        backoffBase: Duration = .milliseconds(500), backoffCap: Duration = .seconds(30)
    ) {
        self.maxRetries = maxRetries
        self.retryableStatuses = retryableStatuses
        self.maxWait = maxWait
        self.maxTotalTime = maxTotalTime
        self.backoffBase = backoffBase
        self.backoffCap = backoffCap
    }

    /// Decides after attempt number `attempt` (1 is the first send) of a request.
    ///
    /// - Parameters:
    ///   - idempotent: the request's or folder's `idempotent:`; nil leaves it to the method.
    ///     `true` lets a POST retry like a GET; `false` makes even a GET retry only when a
    ///     non-idempotent method would.
    ///   - elapsed: time since the first attempt was sent.
    ///   - jitter: a number in `0..<1` scaling the backoff (full jitter); unused when the server
    ///     says how long to wait.
    public func decide(
        method: String, idempotent: Bool?, attempt: Int, elapsed: Duration, outcome: AttemptOutcome, jitter: Double
    ) -> RetryDecision {
        let isIdempotent = idempotent ?? Self.idempotentMethods.contains(method.uppercased())
        let trigger: RetryTrigger
        var serverWait: (delay: Duration, source: RetryWaitSource)?
        switch outcome {
        case .response(let status, let quota):
            guard retryableStatuses.contains(status) else { return .done }
            trigger = .status(status)
            let rejectedUnprocessed = status == 429 || status == 503
            if let retryAfter = quota.retryAfter {
                serverWait = (retryAfter, .retryAfterHeader)
            } else if let reset = quota.resetDelay, status == 429 || quota.isExhausted {
                serverWait = (reset, .rateLimitReset(header: quota.sources.first))
            }
            // A 429 or 503 carrying Retry-After is the server saying it did not act on the
            // request, so even a POST may be sent again.
            if !isIdempotent && !(rejectedUnprocessed && quota.retryAfter != nil) {
                return .giveUp(because: .notIdempotent(trigger, method: method.uppercased()))
            }
        case .transportFailure(let kind):
            switch kind {
            case .other: return .done
            case .connectionReset: trigger = .connectionReset
            case .timeoutBeforeResponse: trigger = .timeoutBeforeResponse
            case .cutOffAfterHeaders(let bytes): trigger = .cutOffAfterHeaders(bodyBytes: bytes)
            case .timeoutAfterHeaders(let bytes): trigger = .timeoutAfterHeaders(bodyBytes: bytes)
            }
            // The server may have acted on the request before the connection died.
            if !isIdempotent { return .giveUp(because: .notIdempotent(trigger, method: method.uppercased())) }
        }

        let retry = attempt  // this would be retry number `attempt` (1-based)
        guard retry <= maxRetries else {
            return .giveUp(because: .retriesUsedUp(trigger, attempts: attempt, limit: maxRetries, origin: origins.count))
        }

        let delay: Duration
        let source: RetryWaitSource
        if let serverWait {
            guard serverWait.delay <= maxWait else {
                return .giveUp(because: .serverWaitTooLong(
                    trigger, asked: serverWait.delay, limit: maxWait, origin: origins.maxWait))
            }
            (delay, source) = serverWait
        } else {
            delay = backoff(retry: retry, jitter: jitter)
            source = .backoff
        }

        guard elapsed + delay <= maxTotalTime else {
            return .giveUp(because: .timeBudget(
                trigger, wait: delay, budget: maxTotalTime, origin: origins.maxTotalTime, spent: elapsed))
        }
        return .retry(after: delay, because: RetryReason(trigger: trigger, retry: retry, of: maxRetries, delay: delay, source: source))
    }

    /// `decide` with the jitter drawn from `generator`.
    public func decide(
        method: String, idempotent: Bool?, attempt: Int, elapsed: Duration, outcome: AttemptOutcome,
        using generator: inout some RandomNumberGenerator
    ) -> RetryDecision {
        decide(
            method: method, idempotent: idempotent, attempt: attempt, elapsed: elapsed, outcome: outcome,
            jitter: Double.random(in: 0..<1, using: &generator))
    }

    /// The most a backoff wait before retry `retry` (1-based) may be:
    /// `min(backoffCap, maxWait, backoffBase × 2^(retry-1))`. The cap on a single wait applies
    /// to guesses as well as to servers' demands.
    public func backoffCeiling(retry: Int) -> Duration {
        let doubled = backoffBase * (1 << min(max(retry - 1, 0), 30))
        return min(doubled, backoffCap, maxWait)
    }

    /// Full jitter (AWS "Exponential Backoff and Jitter"): uniform in `[0, ceiling)`, so clients
    /// that failed together spread out instead of retrying in lockstep.
    public func backoff(retry: Int, jitter: Double) -> Duration {
        let ceiling = backoffCeiling(retry: retry)
        let fraction = min(max(jitter, 0), 1)
        let (seconds, attoseconds) = ceiling.components
        let nanoseconds = Double(seconds) * 1e9 + Double(attoseconds / 1_000_000_000)
        return .nanoseconds(Int64((nanoseconds * fraction).rounded(.down)))
    }
}

/// The words for retry decisions, in one place: the attempt lines, notes, failures and run stops
/// all read them from here. Settings are spelled by `names`, which the front end supplies.
public struct RetryWording: Sendable, Hashable {
    public var names: SettingNames

    public init(names: SettingNames = .plain) {
        self.names = names
    }

    /// `429 Too Many Requests: retry 1 of 2 in 1s (Retry-After)`.
    public func text(_ reason: RetryReason) -> String {
        "\(text(reason.trigger)): retry \(reason.retry) of \(reason.of) in \(reason.delay.quotaText) (\(text(reason.source)))"
    }

    /// `retry 1 of 2, Retry-After`: for a line that follows the attempt which called for it and
    /// gives the wait already, so neither the trigger nor the delay is said twice.
    public func shortText(_ reason: RetryReason) -> String {
        "retry \(reason.retry) of \(reason.of), \(text(reason.source))"
    }

    func text(_ source: RetryWaitSource) -> String {
        switch source {
        case .retryAfterHeader: "Retry-After"
        case .rateLimitReset: "rate-limit reset"
        case .backoff: "backoff"
        }
    }

    /// `503 Service Unavailable after 3 attempts: retry count 2 (default of --retry)`.
    public func text(_ reason: GiveUpReason) -> String {
        let what = text(reason.trigger)
        switch reason {
        case .notIdempotent(.status, let method):
            return "\(what): \(method) is not idempotent, so it is retried only after "
                + "429 or 503 with Retry-After (set idempotent: true to allow)"
        case .notIdempotent(.cutOffAfterHeaders, let method), .notIdempotent(.timeoutAfterHeaders, let method):
            return "\(what): the server had begun its answer, so it acted on the \(method), which is not idempotent: "
                + "not sent again (set idempotent: true to allow)"
        case .notIdempotent(_, let method):
            return "\(what): \(method) is not idempotent, so it is not retried "
                + "after a connection failure (set idempotent: true to allow)"
        case .retriesUsedUp(_, let attempts, let limit, let origin):
            let count = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
            return "\(what) after \(count): retry count \(limit) (\(origin.text(naming: names)))"
        case .serverWaitTooLong(_, let asked, let limit, let origin):
            return "\(what): server asked to wait \(asked.quotaText), "
                + "more than max wait \(limit.quotaText) (\(origin.text(naming: names)))"
        case .timeBudget(_, let wait, let budget, let origin, let spent):
            return "\(what): waiting \(wait.quotaText) more would pass the retry time budget "
                + "\(budget.quotaText) (\(origin.text(naming: names))); \(spent.quotaText) spent"
        }
    }

    /// The give-up as a result's note says it: `gave up after 3 attempts: 503 Service Unavailable;
    /// retry count 2 (--retry)` once retries were made, else `not retried: …` and the reason.
    public func note(_ reason: GiveUpReason) -> String {
        if case .retriesUsedUp(let trigger, let attempts, let limit, let origin) = reason, attempts > 1 {
            return "gave up after \(attempts) attempts: \(text(trigger)); retry count \(limit) (\(origin.text(naming: names)))"
        }
        return "not retried: \(text(reason))"
    }

    /// The give-up after a failure that already says what went wrong (`connection lost: response
    /// body cut off after 5 bytes`): `gave up after 3 attempts (retry count 2, --retry)`, the
    /// trigger not said again; other reasons as `note` words them.
    public func failureSuffix(_ reason: GiveUpReason) -> String {
        if case .retriesUsedUp(_, let attempts, let limit, let origin) = reason, attempts > 1 {
            return "gave up after \(attempts) attempts (retry count \(limit), \(origin.text(naming: names)))"
        }
        return note(reason)
    }

    /// `429 Too Many Requests`, `connection reset`, `timed out before a response`.
    public func text(_ trigger: RetryTrigger) -> String {
        switch trigger {
        case .status(let status): Self.statusText(status)
        case .connectionReset: "connection reset"
        case .timeoutBeforeResponse: "timed out before a response"
        case .cutOffAfterHeaders(let bytes): "response body cut off after \(Self.bytes(bytes))"
        case .timeoutAfterHeaders(let bytes): "timed out after the headers arrived (\(Self.bytes(bytes)) of body)"
        }
    }

    /// The retry decision's words, or nil when there is nothing to say (`done`).
    public func text(_ decision: RetryDecision) -> String? {
        switch decision {
        case .retry(_, let reason): text(reason)
        case .giveUp(let reason): text(reason)
        case .done: nil
        }
    }

    /// `1 byte`, `512 bytes`.
    public static func bytes(_ count: Int) -> String { count == 1 ? "1 byte" : "\(count) bytes" }

    static func statusText(_ status: Int) -> String {
        let phrases = [
            408: "Request Timeout", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        return phrases[status].map { "\(status) \($0)" } ?? "\(status)"
    }
}

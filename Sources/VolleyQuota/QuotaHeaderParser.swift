import VolleyCore

/// Turns any response's headers into one `QuotaState`.
///
/// Each part of the state comes from the best form present:
/// 1. `retryAfter`: `retry-after-ms`, else `Retry-After`.
/// 2. limit, remaining, reset, window, policy: a valid `RateLimit` structured field (with
///    `RateLimit-Policy`) wins over
/// 3. the `RateLimit-*`, `X-RateLimit-*`, `X-Rate-Limit-*` families (in that order), which win over
///    a `RateLimit-Policy` on its own. Forms are never mixed: a lower form does not fill gaps in a
///    higher one, since two styles on one response may describe different windows. The exception
///    is the window, taken from `RateLimit-Policy` for a family reading whose limit it matches.
/// 4. `credits`: the first of `creditHeaders` present with a number.
///
/// Epoch resets and HTTP-dates are measured against the response's `Date`, when it has one.
public struct QuotaHeaderParser: Sendable, Hashable {
    /// Headers holding a prepaid balance, in priority order (matched case-insensitively).
    public var creditHeaders: [String]

    public init(creditHeaders: [String] = ["x-credits-remaining"]) {
        self.creditHeaders = creditHeaders
    }

    public func parse(_ headers: [HTTPHeader], now: EpochSeconds) -> QuotaState {
        var state = QuotaState()
        if headers.contains(where: { QuotaHeaderNames.mayCarryRateLimit($0.name) }) {
            readRateLimit(headers, now: now, into: &state)
        }
        for name in creditHeaders {
            if let text = headers.value(of: name), let remaining = Double(decimalText: text) {
                state.credits = .init(remaining: remaining, header: name.lowercased())
                state.sources.append(name.lowercased())
                break
            }
        }
        return state
    }

    /// Steps 1 to 3: only for a response with a header that may carry them (see `QuotaHeaderNames`).
    private func readRateLimit(_ headers: [HTTPHeader], now: EpochSeconds, into state: inout QuotaState) {
        let serverDate = headers.value(of: "date").flatMap { HTTPDate.parse($0, now: now) }
        var usedServerDate = false

        if let retryAfter = RetryAfterHeader.read(headers, now: now, serverDate: serverDate) {
            state.retryAfter = retryAfter.delay
            state.sources.append(retryAfter.source)
            usedServerDate = usedServerDate || retryAfter.usedServerDate
        }

        if let reading = rateLimit(headers, now: now, serverDate: serverDate) {
            state.policy = reading.policy
            state.limit = reading.limit
            state.remaining = reading.remaining
            state.used = reading.used
            state.window = reading.window
            if let reset = reading.reset {
                state.resetDelay = reset.delay
                state.resetAt = now + reset.delay.fractionalSeconds
                usedServerDate = usedServerDate || reset.usedServerDate
            }
            state.sources += reading.sources
        }

        if usedServerDate { state.sources.append("date") }
    }

    private func rateLimit(_ headers: [HTTPHeader], now: EpochSeconds, serverDate: EpochSeconds?) -> RateLimitReading? {
        let policies = RateLimitDraftFields.policies(headers)
        if let reading = RateLimitDraftFields.current(headers, policies: policies, now: now, serverDate: serverDate) {
            return reading
        }
        if var reading = RateLimitHeaderFamily.read(headers, now: now, serverDate: serverDate) {
            if reading.window == nil, let policy = policies.first(where: { $0.quota == reading.limit && $0.window != nil }) {
                reading.window = policy.window
                reading.sources.append("ratelimit-policy")
            }
            return reading
        }
        guard let policy = policies.first else { return nil }
        return RateLimitReading(
            policy: policy.name, limit: policy.quota, window: policy.window, sources: ["ratelimit-policy"])
    }
}

extension QuotaState {
    /// The quota state `headers` describe, read at `now`. See `QuotaHeaderParser`.
    public init(headers: [HTTPHeader], now: EpochSeconds, creditHeaders: [String] = ["x-credits-remaining"]) {
        self = QuotaHeaderParser(creditHeaders: creditHeaders).parse(headers, now: now)
    }
}

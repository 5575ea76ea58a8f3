import VolleyCore

/// The runner's only calls into the quota engine (pacer, header parser, credit ledger, retry
/// policy), one small function each, so that the engine's API can change in one place.
extension CollectionRunner {
    /// How long to wait before sending to `host` under `limit`, and why in words (nil for no
    /// wait). `after` is a retry delay the wait starts from.
    func pacingWait(host: String, limit: String?, rate: RateSpec?, from after: Duration = .zero) -> (delay: Duration, reason: String?) {
        let start = after == .zero ? WallClock.now() : WallClock.now() + after.milliseconds / 1000
        let pacing = pacer.reserve(host: host, limit: limit, now: start, rate: rate)
        return (pacing.delay, pacing.message)
    }

    /// Tells the pacer a request to `host` goes out now.
    func notePacedSend(host: String, limit: String?) {
        pacer.noteSend(host: host, limit: limit, at: WallClock.now())
    }

    /// Reads a response's quota headers into the pacer and the ledger. A limit the server names
    /// (`RateLimit-Policy`) replaces `limit`, and is remembered for this request's next sends.
    func readQuota(of response: ReceivedResponse, host: String, limit: inout String?, spec: RequestSpec) -> QuotaState {
        let quota = quotaParser.parse(response.headers, now: WallClock.now())
        if let named = quota.limitName {
            learnedLimits[spec.location] = named
            limit = named
        }
        pacer.record(quota, host: host, limit: limit)
        if let balance = quota.credits { credits.read(balance, host: host) }
        return quota
    }

    /// Whether to retry after an attempt, and after how long.
    func retryDecision(
        _ policy: RetryPolicy, request: TransportRequest, spec: RequestSpec, attempt: Int, elapsed: Duration,
        outcome: AttemptOutcome
    ) -> RetryDecision {
        policy.decide(
            method: request.method, idempotent: spec.idempotent, attempt: attempt, elapsed: elapsed,
            outcome: outcome, jitter: Double.random(in: 0..<1))
    }

    /// The stop of the whole run an attempt causes (a 402, a 429 with no retry left), if any.
    func runStop(after outcome: AttemptOutcome, decision: RetryDecision) -> RunStop? {
        RunStop.classify(outcome, decision: decision)
    }

    /// The run's retry policy with the request's inherited `retry:` settings on top, except
    /// where the command line set a field: see `RetryPolicy.applying`.
    func effectivePolicy(for spec: RequestSpec) -> RetryPolicy {
        options.retry.applying(spec.retry)
    }

    /// `--max-credits` (or the collection's `max_credits:`) checked before a request to its host.
    func budgetStop(before request: PlannedRequest, in collection: Collection, scopes: VariableScopes) -> RunStop? {
        let budget: (Double, String)? = options.maxCredits.map { ($0, "--max-credits") }
            ?? collection.maxCredits.map { ($0, "max_credits") }
        guard let (limit, source) = budget, !credits.accounts.isEmpty else { return nil }
        // The host is known only once the URL is filled; a URL that cannot be filled fails on its own later.
        let renderer = TemplateRenderer(scopes: scopes, failedCaptures: failedCaptures)
        let host = (try? renderer.render(request.spec.url)).map(URLHost.of) ?? ""
        return credits.budgetStop(limit, host: host, source: source)
    }
}

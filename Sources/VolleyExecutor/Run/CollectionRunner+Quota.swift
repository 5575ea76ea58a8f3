import VolleyCore
import VolleyQuota

/// The runner's only calls into the quota engine (pacer, header parser, credit ledger, retry
/// policy), one small function each, so that the engine's API can change in one place.
extension CollectionRunner {
    /// How long to wait before sending to `host` under `limit`, and why. `after` is a retry
    /// delay the wait starts from.
    func pacingWait(host: String, limit: String?, rate: RateSpec?, from after: Duration = .zero) -> PacingWait {
        quota.reserve(host: host, limit: limit, now: clock.epochNow() + after.fractionalSeconds, rate: rate)
    }

    /// Tells the pacer a request to `host` goes out now.
    func notePacedSend(host: String, limit: String?) {
        quota.noteSend(host: host, limit: limit, at: clock.epochNow())
    }

    /// Reads a response's quota headers into the pacer and the ledger. A limit the server names
    /// (`RateLimit-Policy`) replaces `limit`, and is remembered for this request's next sends.
    func readQuota(of response: ReceivedResponse, host: String, limit: inout String?, spec: RequestSpec) -> QuotaState {
        let reading = quotaParser.parse(response.headers, now: clock.epochNow())
        limit = quota.record(reading, host: host, limit: limit, requestAt: spec.location)
        return reading
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
        RunStop.classify(outcome, decision: decision, wording: wording)
    }

    /// The run's retry policy with the request's inherited `retry:` settings on top, except
    /// where the command line set a field: see `RetryPolicy.applying`.
    func effectivePolicy(for spec: RequestSpec) -> RetryPolicy {
        options.retry.applying(spec.retry)
    }

    /// The run's credit budget (or the collection's `max_credits:`) checked before a request to its host.
    func budgetStop(before request: PlannedRequest, in collection: Collection, scopes: VariableScopes) -> RunStop? {
        guard budget(of: collection) != nil, !quota.credits.accounts.isEmpty else { return nil }
        // The host is known only once the URL is filled; a URL that cannot be filled fails on its own later.
        let renderer = TemplateRenderer(scopes: scopes, failedCaptures: failedCaptures, names: options.settingNames)
        let host = (try? renderer.render(request.spec.url)).map(URLHost.of) ?? ""
        return budgetStop(beforeSendingTo: host, in: collection)
    }

    /// The same check before a request to `host` whose URL is known (a hook's sub-request).
    func budgetStop(beforeSendingTo host: String, in collection: Collection) -> RunStop? {
        let credits = quota.credits
        guard let (limit, origin) = budget(of: collection), !credits.accounts.isEmpty else { return nil }
        return credits.budgetStop(limit, host: host, origin: origin, names: options.settingNames)
    }

    private func budget(of collection: Collection) -> (Double, SettingOrigin)? {
        options.maxCredits.map { ($0, .commandLine(.maxCredits)) }
            ?? collection.maxCredits.map { ($0, .collection(key: "max_credits", at: nil)) }
    }
}

import Testing
import TestSupport

@testable import VolleyCore
@testable import VolleyQuota

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy()

    func decide(
        _ outcome: AttemptOutcome, method: String = "GET", idempotent: Bool? = nil, attempt: Int = 1,
        elapsed: Duration = .zero, jitter: Double = 0.5, policy: RetryPolicy? = nil
    ) -> RetryDecision {
        (policy ?? self.policy).decide(
            method: method, idempotent: idempotent, attempt: attempt, elapsed: elapsed, outcome: outcome, jitter: jitter)
    }

    static func status(_ code: Int, _ quota: QuotaState = QuotaState()) -> AttemptOutcome {
        .response(status: code, quota: quota)
    }

    static let retryAfter2s = QuotaState(retryAfter: .seconds(2), sources: ["retry-after"])

    /// The command line's spellings, as the `volley` front end hands them to the wording.
    static let flags = SettingNames([.retryCount: "--retry", .maxRetryWait: "--max-retry-wait", .retryTimeBudget: "--retry-max-time"])

    /// The decision in the front end's words.
    func worded(_ decision: RetryDecision) -> String? { RetryWording(names: Self.flags).text(decision) }

    // MARK: Which outcomes retry

    @Test(arguments: [408, 429, 502, 503, 504])
    func retriesRetryableStatusesWithBackoff(code: Int) {
        // First retry: ceiling 500 ms, jitter 0.5.
        let decision = decide(Self.status(code))
        #expect(decision.retryDelay == .milliseconds(250))
        #expect(worded(decision) == "\(RetryWording.statusText(code)): retry 1 of 2 in 0.25s (backoff)")
    }

    @Test(arguments: [200, 201, 204, 304, 400, 401, 402, 403, 404, 409, 422, 500])
    func leavesOtherStatusesAlone(code: Int) {
        #expect(decide(Self.status(code)) == .done)
        #expect(decide(Self.status(code, Self.retryAfter2s), method: "POST", idempotent: true) == .done)
    }

    @Test(arguments: [TransportFailureKind.connectionReset, .timeoutBeforeResponse])
    func retriesConnectionFailures(kind: TransportFailureKind) {
        guard case .retry(let after, _) = decide(.transportFailure(kind)) else {
            Issue.record("expected a retry")
            return
        }
        #expect(after == .milliseconds(250))
    }

    @Test func doesNotRetryOtherTransportFailures() {
        #expect(decide(.transportFailure(.other)) == .done)
    }

    @Test func honoursRetryOn() {
        let only503 = RetryPolicy(retryableStatuses: [503])
        #expect(decide(Self.status(429), policy: only503) == .done)
        let with500 = RetryPolicy(retryableStatuses: [500])
        #expect(decide(Self.status(500), policy: with500) != .done)
    }

    // MARK: Methods

    @Test(arguments: ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get"])
    func retriesIdempotentMethods(method: String) {
        #expect(decide(Self.status(502), method: method).isRetry)
        #expect(decide(.transportFailure(.connectionReset), method: method).isRetry)
    }

    @Test(arguments: ["POST", "PATCH", "post"])
    func retriesNonIdempotentMethodsOnlyAfter429Or503WithRetryAfter(method: String) {
        #expect(decide(Self.status(429, Self.retryAfter2s), method: method).retryDelay == .seconds(2))
        #expect(worded(decide(Self.status(429, Self.retryAfter2s), method: method)) == "429 Too Many Requests: retry 1 of 2 in 2s (Retry-After)")
        #expect(decide(Self.status(503, Self.retryAfter2s), method: method).isRetry)

        #expect(decide(Self.status(429), method: method).isGiveUp)
        #expect(decide(Self.status(503), method: method).isGiveUp)
        #expect(decide(Self.status(502, Self.retryAfter2s), method: method).isGiveUp)
        #expect(decide(Self.status(504), method: method).isGiveUp)
        #expect(decide(Self.status(408), method: method).isGiveUp)
        #expect(decide(.transportFailure(.connectionReset), method: method).isGiveUp)
        #expect(decide(.transportFailure(.timeoutBeforeResponse), method: method).isGiveUp)
        // A reset with remaining 0 is a hint, but not the Retry-After a POST needs.
        #expect(decide(Self.status(429, QuotaState(remaining: 0, resetDelay: .seconds(1))), method: method).isGiveUp)
    }

    @Test func explainsWhyAPostIsNotRetried() {
        #expect(worded(decide(Self.status(502), method: "POST")) == "502 Bad Gateway: POST is not idempotent, so it is retried only after 429 or 503 with Retry-After "
                + "(set idempotent: true to allow)")
    }

    @Test func idempotentTrueLetsAPostRetryLikeAGet() {
        #expect(decide(Self.status(502), method: "POST", idempotent: true).isRetry)
        #expect(decide(.transportFailure(.connectionReset), method: "POST", idempotent: true).isRetry)
    }

    @Test func idempotentFalseHoldsAGetToThePostRules() {
        #expect(decide(Self.status(502), method: "GET", idempotent: false).isGiveUp)
        #expect(decide(Self.status(429, Self.retryAfter2s), method: "GET", idempotent: false).isRetry)
    }

    // MARK: Counting

    @Test func stopsWhenRetriesRunOut() {
        #expect(decide(Self.status(503), attempt: 2).isRetry)
        #expect(worded(decide(Self.status(503), attempt: 3)) == "503 Service Unavailable after 3 attempts: retry count 2 (default of --retry)")
        #expect(worded(decide(Self.status(503), policy: RetryPolicy(maxRetries: 0))) == "503 Service Unavailable after 1 attempt: retry count 0 (default of --retry)")
    }

    @Test func numbersTheRetryInItsReason() {
        guard case .retry(_, let reason) = decide(Self.status(429, Self.retryAfter2s), attempt: 2) else {
            Issue.record("expected a retry")
            return
        }
        #expect(reason == RetryReason(trigger: .status(429), retry: 2, of: 2, delay: .seconds(2), source: .retryAfterHeader))
        #expect(RetryWording().text(reason) == "429 Too Many Requests: retry 2 of 2 in 2s (Retry-After)")
    }

    // MARK: Server waits

    @Test func waitsAsLongAsTheServerAsks() {
        let exactlyTheCap = QuotaState(retryAfter: .seconds(60))
        #expect(decide(Self.status(429, exactlyTheCap)).retryDelay == .seconds(60))
        #expect(worded(decide(Self.status(429, exactlyTheCap))) == "429 Too Many Requests: retry 1 of 2 in 60s (Retry-After)")
    }

    @Test func givesUpAtOnceWhenTheServerAsksForMoreThanTheCap() {
        let quota = QuotaState(retryAfter: .seconds(120))
        #expect(worded(decide(Self.status(429, quota))) == "429 Too Many Requests: server asked to wait 120s, more than max wait 60s (default of --max-retry-wait)")
        let cappedAt5 = RetryPolicy(maxWait: .seconds(5))
        #expect(decide(Self.status(503, QuotaState(retryAfter: .milliseconds(5001))), policy: cappedAt5).isGiveUp)
    }

    @Test func usesTheResetFor429WithoutRetryAfter() {
        let quota = QuotaState(resetDelay: .seconds(5))
        #expect(decide(Self.status(429, quota)).retryDelay == .seconds(5))
        #expect(worded(decide(Self.status(429, quota))) == "429 Too Many Requests: retry 1 of 2 in 5s (rate-limit reset)")
        #expect(decide(Self.status(429, QuotaState(resetDelay: .seconds(90)))).isGiveUp)
    }

    @Test func usesTheResetFor503OnlyWhenTheQuotaIsSpent() {
        #expect(decide(Self.status(503, QuotaState(remaining: 0, resetDelay: .seconds(5)))).retryDelay == .seconds(5))
        #expect(decide(Self.status(503, QuotaState(remaining: 3, resetDelay: .seconds(5)))).retryDelay == .milliseconds(250))
    }

    @Test func staysWithinTheRetryTimeBudget() {
        let quota = QuotaState(retryAfter: .seconds(5))
        #expect(decide(Self.status(429, quota), elapsed: .seconds(115)).isRetry)
        #expect(worded(decide(Self.status(429, quota), elapsed: .seconds(116))) == "429 Too Many Requests: waiting 5s more would pass the retry time budget 120s "
                + "(default of --retry-max-time); 116s spent")
        #expect(decide(.transportFailure(.connectionReset), elapsed: .seconds(121), jitter: 0).isGiveUp)
    }

    // MARK: Backoff

    @Test func doublesTheBackoffCeilingUpToTheCap() {
        let ceilings = (1...9).map { policy.backoffCeiling(retry: $0) }
        #expect(ceilings == [
            .milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(30),
            .seconds(30), .seconds(30),
        ])
        #expect(policy.backoffCeiling(retry: 200) == .seconds(30))
        #expect(RetryPolicy(maxWait: .seconds(5)).backoffCeiling(retry: 6) == .seconds(5))
    }

    @Test func jitterScalesTheCeiling() {
        #expect(policy.backoff(retry: 3, jitter: 0) == .zero)
        #expect(policy.backoff(retry: 3, jitter: 0.25) == .milliseconds(500))
        #expect(policy.backoff(retry: 3, jitter: 0.999_999_999) < .seconds(2))
        #expect(policy.backoff(retry: 3, jitter: 7) == .seconds(2))  // out-of-range jitter is clamped
    }

    /// Full jitter: uniform in [0, min(cap, base·2^(n-1))]. A thousand seeded draws per retry must
    /// all fall inside and must spread over the range (not sit at one end).
    @Test(arguments: 1...8)
    func fullJitterStaysWithinBounds(retry: Int) {
        let policy = RetryPolicy(maxRetries: 10, maxTotalTime: .seconds(10_000))
        let ceiling = min(Duration.milliseconds(500) * (1 << (retry - 1)), .seconds(30))
        var generator = SeededGenerator(seed: UInt64(retry))
        let delays = (0..<1000).compactMap {
            _ in policy.decide(method: "GET", idempotent: nil, attempt: retry, elapsed: .zero, outcome: Self.status(503), using: &generator).retryDelay
        }
        #expect(delays.count == 1000)
        #expect(delays.allSatisfy { $0 >= .zero && $0 <= ceiling })
        #expect(delays.max()! > ceiling * 0.95)
        #expect(delays.min()! < ceiling * 0.05)
    }

    @Test func theSameSeedGivesTheSameDelay() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        let first = policy.decide(method: "GET", idempotent: nil, attempt: 2, elapsed: .zero, outcome: Self.status(502), using: &a)
        let second = policy.decide(method: "GET", idempotent: nil, attempt: 2, elapsed: .zero, outcome: Self.status(502), using: &b)
        #expect(first == second)
        #expect(first.isRetry)
    }

    // MARK: Decisions are values

    @Test func aDecisionSaysWhatTriggeredItAndWhichLimitStoppedIt() {
        #expect(decide(Self.status(429, QuotaState(retryAfter: .seconds(120)))) == .giveUp(because: .serverWaitTooLong(
            .status(429), asked: .seconds(120), limit: .seconds(60), origin: .defaultOf(.maxRetryWait))))
        #expect(decide(Self.status(503), attempt: 3) == .giveUp(because: .retriesUsedUp(
            .status(503), attempts: 3, limit: 2, origin: .defaultOf(.retryCount))))
        #expect(decide(.transportFailure(.connectionReset), method: "POST") == .giveUp(because: .notIdempotent(
            .connectionReset, method: "POST")))
        let reset = QuotaState(remaining: 0, resetDelay: .seconds(5), sources: ["x-ratelimit-remaining", "x-ratelimit-reset"])
        #expect(decide(Self.status(429, reset)) == .retry(after: .seconds(5), because: RetryReason(
            trigger: .status(429), retry: 1, of: 2, delay: .seconds(5), source: .rateLimitReset(header: "x-ratelimit-remaining"))))
    }

    @Test func withoutAFrontEndSettingsAreNamedInWordsNotFlags() {
        let decision = decide(Self.status(503), attempt: 3)
        #expect(RetryWording().text(decision) == "503 Service Unavailable after 3 attempts: retry count 2 (default of the retry count)")
        #expect(RetryWording().text(decide(.transportFailure(.timeoutBeforeResponse), method: "POST"))
            == "timed out before a response: POST is not idempotent, so it is not retried after a connection failure "
            + "(set idempotent: true to allow)")
    }

    // MARK: Retry status lists

    @Test func parsesRetryOn() throws {
        #expect(try RetryPolicy.statuses(parsing: "429, 503,504") == [429, 503, 504])
    }

    @Test(arguments: [
        ("429,abc", #""abc" is not a status code like 503"#),
        ("99", "status 99 is not an HTTP status code (100 to 599)"),
        ("429,", #""" is not a status code like 503"#),
        ("402", "status 402 (out of credits) stops the run and is never retried"),
    ])
    func rejectsBadRetryOn(text: String, message: String) {
        #expect(throws: RetryOptionError(message)) { try RetryPolicy.statuses(parsing: text) }
    }
}

extension RetryDecision {
    var isRetry: Bool {
        if case .retry = self { return true }
        return false
    }

    var isGiveUp: Bool {
        if case .giveUp = self { return true }
        return false
    }

    var retryDelay: Duration? {
        if case .retry(let after, _) = self { return after }
        return nil
    }
}

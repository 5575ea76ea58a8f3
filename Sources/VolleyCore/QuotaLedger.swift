/// What a run learned about each rate limit (a host, or one named limit of a host): the last
/// state, how many retries it took and how long it waited; and, per host, the credits spent.
/// Fed one result at a time.
public struct QuotaLedger: Sendable {
    public struct LimitEntry: Sendable, Hashable {
        public var key: QuotaKey
        public var lastState: QuotaState?
        public var retries = 0
        public var waited: Duration = .zero
        /// Responses with status 429 met along the way, retried or not.
        public var tooManyRequests = 0
        /// The retries by what called for them (byte counts left out), in the order first met, so a
        /// summary does not count a cut-off body's retries as the limit's.
        public var retriesByTrigger: [RetryCount] = []

        public struct RetryCount: Sendable, Hashable {
            public var trigger: RetryTrigger
            public var count: Int
        }

        mutating func countRetry(after trigger: RetryTrigger) {
            let kind: RetryTrigger
            switch trigger {
            case .cutOffAfterHeaders: kind = .cutOffAfterHeaders(bodyBytes: 0)
            case .timeoutAfterHeaders: kind = .timeoutAfterHeaders(bodyBytes: 0)
            default: kind = trigger
            }
            if let index = retriesByTrigger.firstIndex(where: { $0.trigger == kind }) {
                retriesByTrigger[index].count += 1
            } else {
                retriesByTrigger.append(RetryCount(trigger: kind, count: 1))
            }
        }

        /// `api.example.com`, or `api.example.com (search)` for one of its named limits.
        public var label: String { key.limit.map { "\(key.host) (\($0))" } ?? key.host }
    }

    public private(set) var limits: [LimitEntry] = []
    public private(set) var credits = CreditLedger()

    public init() {}

    /// `host` stands in for a result that does not say which limit it counted against. The
    /// result's sub-requests count against their own limits, in the order they went out.
    public mutating func add(_ result: RequestResult, host: String) {
        for sub in result.subRequests where sub.phase == .before { add(sub) }
        add(result.attempts, waited: result.waited, key: result.quotaKey ?? QuotaKey(host: host, limit: nil))
        for sub in result.subRequests where sub.phase == .after { add(sub) }
    }

    private mutating func add(_ sub: SubRequestResult) {
        // Set once it was sent: one never sent has no attempts to count.
        guard let key = sub.quotaKey else { return }
        add(sub.attempts, waited: sub.waited, key: key)
    }

    private mutating func add(_ attempts: [AttemptRecord], waited: Duration, key: QuotaKey) {
        guard !attempts.isEmpty else { return }
        let index = limits.firstIndex { $0.key == key } ?? {
            limits.append(LimitEntry(key: key))
            return limits.count - 1
        }()
        var entry = limits[index]
        entry.retries += attempts.count - 1
        entry.waited += waited
        for attempt in attempts {
            if attempt.status == 429 { entry.tooManyRequests += 1 }
            if case .retry(let reason)? = attempt.waitCause { entry.countRetry(after: reason.trigger) }
            guard let quota = attempt.quota else { continue }
            entry.lastState = quota
            if let balance = quota.credits { credits.read(balance, host: key.host) }
        }
        limits[index] = entry
    }

    /// True when any limit said anything about quota, or any waiting or retrying happened.
    public var hasAnything: Bool {
        limits.contains { $0.lastState != nil || $0.retries > 0 || $0.waited > .zero }
    }
}

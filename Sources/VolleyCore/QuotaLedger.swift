/// What a run learned about each host's quota: the last state, the credits spent (first balance
/// minus last), how many retries it took and how long it waited. Fed one result at a time.
public struct QuotaLedger: Sendable {
    public struct HostEntry: Sendable, Hashable {
        public var host: String
        public var lastState: QuotaState?
        public var firstCredits: Double?
        public var lastCredits: Double?
        public var retries = 0
        public var waited: Duration = .zero
        /// Responses with status 429 met along the way, retried or not.
        public var tooManyRequests = 0

        /// Credits spent during the run, when the server reported a balance at least twice.
        public var creditsUsed: Double? {
            guard let first = firstCredits, let last = lastCredits else { return nil }
            return first - last
        }
    }

    public private(set) var hosts: [HostEntry] = []

    public init() {}

    public mutating func add(_ result: RequestResult, host: String) {
        guard !result.attempts.isEmpty else { return }
        let index = hosts.firstIndex { $0.host == host } ?? {
            hosts.append(HostEntry(host: host))
            return hosts.count - 1
        }()
        var entry = hosts[index]
        entry.retries += result.attempts.count - 1
        entry.waited += result.waited
        for attempt in result.attempts {
            if attempt.status == 429 { entry.tooManyRequests += 1 }
            guard let quota = attempt.quota else { continue }
            entry.lastState = quota
            if let credits = quota.credits?.remaining {
                if entry.firstCredits == nil { entry.firstCredits = credits }
                entry.lastCredits = credits
            }
        }
        hosts[index] = entry
    }

    /// True when any host said anything about quota, or any waiting or retrying happened.
    public var hasAnything: Bool {
        hosts.contains { $0.lastState != nil || $0.retries > 0 || $0.waited > .zero }
    }
}

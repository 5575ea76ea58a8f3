/// Per-host pacing for a run: answers "how long before the next request to this host may go?"
/// from the host's token bucket and the last quota state its responses reported.
///
/// Hosts are compared case-insensitively; the caller decides what a host is (a host, or host:port).
public struct Pacer: Sendable {
    /// The run's rate (`--rate`): for every host, in place of what a collection or folder says
    /// (the command line beats the collection, as it does for retries and timeouts).
    public var runRate: RateSpec?
    /// The longest wait for a quota reset (`--max-retry-wait`).
    public var maxWait: Duration
    private var buckets: [String: TokenBucket] = [:]
    private var quotas: [String: QuotaState] = [:]

    public init(runRate: RateSpec? = nil, maxWait: Duration = .seconds(60)) {
        self.runRate = runRate
        self.maxWait = maxWait
    }

    /// Remembers what a response from `host` said. A state with neither a remaining count nor a
    /// reset leaves the previous one in place: a response without quota headers (an error page
    /// from a proxy, say) does not mean the quota refilled.
    public mutating func record(_ quota: QuotaState, host: String) {
        guard quota.remaining != nil || quota.resetAt != nil else { return }
        quotas[host.lowercased()] = quota
    }

    public func lastQuota(host: String) -> QuotaState? {
        quotas[host.lowercased()]
    }

    /// Reserves the next request to `host` and says how long to wait before sending it.
    ///
    /// When the host's last state said remaining 0 with a known reset still ahead, the request
    /// waits for the reset (at most `maxWait`). Then it takes a token from the host's bucket,
    /// paced at `runRate` when the run has one, else at `rate` (the request's `rate:`).
    public mutating func reserve(host: String, now: EpochSeconds, rate: RateSpec? = nil) -> PacingWait {
        let key = host.lowercased()
        var wait = PacingWait()
        var reasons: [String] = []

        if let quota = quotas[key], quota.isExhausted, let resetAt = quota.resetAt, resetAt > now {
            let untilReset = Duration(secondsRoundingUp: resetAt - now)
            if untilReset > maxWait {
                wait.quotaDelay = maxWait
                wait.requestedQuotaDelay = untilReset
                reasons.append("\(host) quota resets in \(untilReset.quotaText); waiting only "
                    + "--max-retry-wait \(maxWait.quotaText)")
            } else {
                wait.quotaDelay = untilReset
                reasons.append("waiting \(untilReset.quotaText) for the \(host) quota to reset")
            }
        }

        if let rate = runRate ?? rate {
            // Evenly spaced (capacity 1), a little under the limit: servers enforce limits as
            // leaky buckets with millisecond clocks (nginx `limit_req` without burst), and a
            // request 199.9 ms after the last one under 5/s is refused there.
            let paced = RateSpec(rate.count * Self.spacingMargin, per: rate.unit)
            var bucket = buckets[key] ?? TokenBucket(rate: paced, capacity: 1)
            if bucket.rate != paced { bucket.setRate(paced, capacity: 1) }
            wait.rateDelay = bucket.reserve(now: now + wait.quotaDelay.fractionalSeconds)
            buckets[key] = bucket
            if wait.rateDelay > .zero {
                reasons.append("pacing \(host) to \(rate): waiting \(wait.rateDelay.quotaText)")
            }
        }

        wait.message = reasons.isEmpty ? nil : reasons.joined(separator: "; ")
        return wait
    }

    /// Pace at 95% of the stated rate: a loaded server stamps arrivals late or early by a few
    /// milliseconds, and a request that looks early to it is refused.
    static let spacingMargin = 0.95

    /// Call right before a request to `host` goes out, so pacing counts from the real send.
    public mutating func noteSend(host: String, at now: EpochSeconds) {
        let key = host.lowercased()
        buckets[key]?.noteSend(at: now)
    }
}

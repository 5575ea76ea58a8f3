import VolleyCore

/// Per-limit pacing for a run: answers "how long before the next request to this limit may go?"
/// from the limit's token bucket and the last quota state its responses reported.
///
/// A limit is a host and, optionally, the name of one of its limits (a `RateLimit-Policy` name
/// or a `quota_group:`); nil is the host's one limit. One API often limits its endpoints
/// separately (search 18/s, collect 54/s): a search that spent its quota must not hold up a
/// collect. Hosts are compared case-insensitively; the caller decides what a host is.
public struct Pacer: Sendable {
    /// The run's rate: for every host, in place of what a collection or folder says
    /// (the command line beats the collection, as it does for retries and timeouts).
    public var runRate: RateSpec?
    /// The longest wait for a quota reset (the max retry wait).
    public var maxWait: Duration
    private var buckets: [QuotaKey: TokenBucket] = [:]
    /// The run's rate caps a whole host, however many limits it has.
    private var hostBuckets: [String: TokenBucket] = [:]
    private var quotas: [QuotaKey: QuotaState] = [:]

    public init(runRate: RateSpec? = nil, maxWait: Duration = .seconds(60)) {
        self.runRate = runRate
        self.maxWait = maxWait
    }

    /// Remembers what a response from `host` said about `limit`. A state with neither a remaining
    /// count nor a reset leaves the previous one in place: a response without quota headers (an
    /// error page from a proxy, say) does not mean the quota refilled.
    public mutating func record(_ quota: QuotaState, host: String, limit: String? = nil) {
        guard quota.remaining != nil || quota.resetAt != nil else { return }
        quotas[QuotaKey(host: host, limit: limit)] = quota
    }

    public func lastQuota(host: String, limit: String? = nil) -> QuotaState? {
        quotas[QuotaKey(host: host, limit: limit)]
    }

    /// Reserves the next request to `host`'s `limit` and says how long to wait before sending it.
    ///
    /// When the limit's last state said remaining 0 with a known reset still ahead, the request
    /// waits for the reset (at most `maxWait`). Then it takes a token from the limit's bucket,
    /// paced at `runRate` when the run has one, else at `rate` (the request's `rate:`); `runRate`
    /// also caps the host as a whole across its limits.
    public mutating func reserve(host: String, limit: String? = nil, now: EpochSeconds, rate: RateSpec? = nil) -> PacingWait {
        // Most runs pace nothing and hear of no quota: no key to build, no table to look in.
        if quotas.isEmpty, rate == nil, runRate == nil { return PacingWait() }
        let key = QuotaKey(host: host, limit: limit)
        var wait = PacingWait()

        if let quota = quotas[key], quota.isExhausted, let resetAt = quota.resetAt, resetAt > now {
            let untilReset = Duration(secondsRoundingUp: resetAt - now)
            let capped = untilReset > maxWait
            wait.quotaDelay = capped ? maxWait : untilReset
            if capped { wait.requestedQuotaDelay = untilReset }
            let header = quota.sources.first { $0.contains("reset") || $0 == "ratelimit" }
            wait.reasons.append(.quotaReset(key, header: header, resetsIn: untilReset, cappedAt: capped ? maxWait : nil))
        }

        let sendFrom = now + wait.quotaDelay.fractionalSeconds
        if let rate = runRate ?? rate {
            wait.rateDelay = Self.take(from: &buckets[key], rate: rate, at: sendFrom)
            if wait.rateDelay > .zero {
                let origin: SettingOrigin = runRate != nil ? .commandLine(.rate) : .collection(key: "rate", at: nil)
                wait.reasons.append(.tokenBucket(key, rate: rate, origin: origin, wholeHost: false))
            }
        }
        if limit != nil, let runRate {
            let hostDelay = Self.take(from: &hostBuckets[key.host], rate: runRate, at: sendFrom)
            if hostDelay > wait.rateDelay {
                wait.rateDelay = hostDelay
                wait.reasons.append(.tokenBucket(key, rate: runRate, origin: .commandLine(.rate), wholeHost: true))
            }
        }
        return wait
    }

    /// Evenly spaced (capacity 1), a little under the limit: servers enforce limits as leaky
    /// buckets with millisecond clocks (nginx `limit_req` without burst), and a request 199.9 ms
    /// after the last one under 5/s is refused there.
    private static func take(from bucket: inout TokenBucket?, rate: RateSpec, at time: EpochSeconds) -> Duration {
        let paced = RateSpec(rate.count * spacingMargin, per: rate.unit)
        var current = bucket ?? TokenBucket(rate: paced, capacity: 1)
        if current.rate != paced { current.setRate(paced, capacity: 1) }
        let delay = current.reserve(now: time)
        bucket = current
        return delay
    }

    /// Pace at 95% of the stated rate: a loaded server stamps arrivals late or early by a few
    /// milliseconds, and a request that looks early to it is refused.
    static let spacingMargin = 0.95

    /// Call right before a request to `host`'s `limit` goes out, so pacing counts from the real send.
    public mutating func noteSend(host: String, limit: String? = nil, at now: EpochSeconds) {
        guard !buckets.isEmpty else { return }
        let key = QuotaKey(host: host, limit: limit)
        buckets[key]?.noteSend(at: now)
        if limit != nil { hostBuckets[key.host]?.noteSend(at: now) }
    }
}

import Testing

@testable import VolleyCore
@testable import VolleyQuota

@Suite struct PacerTests {
    let now: EpochSeconds = 1_700_000_000

    /// The wait in the console's words, with the command line's spellings.
    func worded(_ wait: PacingWait) -> String? {
        RetryWording(names: SettingNames([.maxRetryWait: "--max-retry-wait", .rate: "--rate"])).text(wait)
    }

    func exhausted(resetIn seconds: Double) -> QuotaState {
        QuotaState(limit: 18, remaining: 0, resetDelay: .milliseconds(Int64(seconds * 1000)), resetAt: now + seconds)
    }

    @Test func waitsForTheResetWhenNothingRemains() {
        var pacer = Pacer()
        pacer.record(exhausted(resetIn: 10), host: "api.example.com")
        let wait = pacer.reserve(host: "api.example.com", now: now)
        #expect(wait.delay == .seconds(10))
        #expect(wait.quotaDelay == .seconds(10))
        #expect(wait.rateDelay == .zero)
        #expect(!wait.isCapped)
        #expect(worded(wait) == "until the api.example.com quota resets")

        #expect(pacer.reserve(host: "api.example.com", now: now + 4).delay == .seconds(6))
        #expect(pacer.reserve(host: "api.example.com", now: now + 10).delay == .zero)
        #expect(worded(pacer.reserve(host: "api.example.com", now: now + 10)) == nil)
    }

    @Test func capsTheWaitAtMaxWaitAndSaysSo() {
        var pacer = Pacer(maxWait: .seconds(60))
        pacer.record(exhausted(resetIn: 300), host: "api.example.com")
        let wait = pacer.reserve(host: "api.example.com", now: now)
        #expect(wait.delay == .seconds(60))
        #expect(wait.requestedQuotaDelay == .seconds(300))
        #expect(wait.isCapped)
        #expect(worded(wait) == "the api.example.com quota resets in 300s, longer than --max-retry-wait 60s")
        #expect(wait.reasons == [.quotaReset(
            QuotaKey(host: "api.example.com", limit: nil), header: nil, resetsIn: .seconds(300), cappedAt: .seconds(60))])
    }

    @Test func doesNotWaitWhileRequestsRemainOrTheResetIsUnknown() {
        var pacer = Pacer()
        pacer.record(QuotaState(remaining: 1, resetDelay: .seconds(10), resetAt: now + 10), host: "a.example")
        pacer.record(QuotaState(remaining: 0), host: "b.example")
        #expect(pacer.reserve(host: "a.example", now: now).delay == .zero)
        #expect(pacer.reserve(host: "b.example", now: now).delay == .zero)
    }

    @Test func keepsHostsApartButIgnoresCase() {
        var pacer = Pacer()
        pacer.record(exhausted(resetIn: 10), host: "API.example.com")
        #expect(pacer.reserve(host: "other.example.com", now: now).delay == .zero)
        #expect(pacer.reserve(host: "api.EXAMPLE.com", now: now).delay == .seconds(10))
        #expect(pacer.lastQuota(host: "api.example.com")?.remaining == 0)
    }

    @Test func keepsTheLimitsOfOneHostApart() {
        var pacer = Pacer()
        pacer.record(exhausted(resetIn: 10), host: "api.example.com", limit: "search")
        #expect(pacer.reserve(host: "api.example.com", limit: "collect", now: now).delay == .zero)
        #expect(pacer.reserve(host: "api.example.com", now: now).delay == .zero)
        let search = pacer.reserve(host: "api.example.com", limit: "search", now: now)
        #expect(search.delay == .seconds(10))
        #expect(worded(search) == "until the api.example.com search quota resets")
    }

    @Test func theRunRateCapsTheWholeHostAcrossItsLimits() {
        var pacer = Pacer(runRate: RateSpec(1, per: .second))
        #expect(pacer.reserve(host: "h", limit: "search", now: now).delay == .zero)
        // Another limit of the same host still waits its turn under --rate.
        let collect = pacer.reserve(host: "h", limit: "collect", now: now)
        #expect(collect.delay > .milliseconds(900))
        #expect(collect.reasons == [.tokenBucket(
            QuotaKey(host: "h", limit: "collect"), rate: RateSpec(1, per: .second), origin: .commandLine(.rate), wholeHost: true)])
        #expect(worded(collect) == "pacing h to --rate 1/s")
        #expect(RetryWording().text(collect) == "pacing h to the run's rate 1/s", "no flag without a front end")
    }

    @Test func aResponseWithoutQuotaHeadersKeepsTheLastState() {
        var pacer = Pacer()
        pacer.record(exhausted(resetIn: 10), host: "api.example.com")
        pacer.record(QuotaState(), host: "api.example.com")
        pacer.record(QuotaState(credits: .init(remaining: 5, header: "x-credits-remaining")), host: "api.example.com")
        #expect(pacer.reserve(host: "api.example.com", now: now).delay == .seconds(10))
        pacer.record(QuotaState(remaining: 17), host: "api.example.com")
        #expect(pacer.reserve(host: "api.example.com", now: now).delay == .zero)
    }

    /// The pacer spaces requests evenly a little under the rate (no burst): servers that enforce a
    /// limit as a leaky bucket refuse a request that comes even a millisecond early.
    static func spacing(_ rate: RateSpec) -> Duration {
        .nanoseconds(Int64((1e9 / (rate.perSecond * Pacer.spacingMargin)).rounded(.up)))
    }

    @Test func spacesRequestsEvenlyJustUnderTheRate() throws {
        let rate = try RateSpec(parsing: "5/s")
        var pacer = Pacer(runRate: rate)
        let waits = (0..<6).map { _ in pacer.reserve(host: "a.example", now: now).delay }
        #expect(waits == (0..<6).map { Self.spacing(rate) * $0 })
        #expect(Self.spacing(rate) > .milliseconds(200))
        #expect(Self.spacing(rate) < .milliseconds(215), "at most about 5% slower than asked")
        let seventh = pacer.reserve(host: "a.example", now: now)
        #expect(worded(seventh) == "pacing a.example to 5/s")
    }

    /// Never faster than the rate: on a fake clock that sends when told, every gap is at least 1/rate.
    @Test func neverSendsFasterThanTheRate() throws {
        var pacer = Pacer(runRate: try RateSpec(parsing: "18/s"))
        var clock = Duration.zero
        var sendTimes: [Duration] = []
        for _ in 0..<40 {
            clock += pacer.reserve(host: "a.example", now: now + clock.fractionalSeconds).delay
            sendTimes.append(clock)
        }
        let gaps = zip(sendTimes.dropFirst(), sendTimes).map { $0 - $1 }
        #expect(gaps.allSatisfy { $0 >= .nanoseconds(55_555_556) })
        #expect(sendTimes.filter { $0 < .seconds(1) }.count <= 18)
    }

    @Test func keepsOneSchedulePerHost() throws {
        var pacer = Pacer(runRate: try RateSpec(parsing: "5/s"))
        #expect(pacer.reserve(host: "a.example", now: now).delay == .zero)
        #expect(pacer.reserve(host: "A.example", now: now).delay > .zero)
        #expect(pacer.reserve(host: "b.example", now: now).delay == .zero)
    }

    @Test func theRunRateReplacesTheRequestRate() throws {
        let slowFolder = try RateSpec(parsing: "5/s")
        let fastRun = try RateSpec(parsing: "18/s")
        var fast = Pacer(runRate: fastRun)
        _ = fast.reserve(host: "a.example", now: now, rate: slowFolder)
        #expect(fast.reserve(host: "a.example", now: now, rate: slowFolder).delay == Self.spacing(fastRun))

        var folderOnly = Pacer()
        _ = folderOnly.reserve(host: "a.example", now: now, rate: slowFolder)
        #expect(folderOnly.reserve(host: "a.example", now: now, rate: slowFolder).delay == Self.spacing(slowFolder))

        let slowRun = try RateSpec(parsing: "1/s")
        var slow = Pacer(runRate: slowRun)
        _ = slow.reserve(host: "a.example", now: now, rate: slowFolder)
        #expect(slow.reserve(host: "a.example", now: now, rate: slowFolder).delay == Self.spacing(slowRun))

        var unpaced = Pacer()
        #expect((0..<50).allSatisfy { _ in unpaced.reserve(host: "a.example", now: now).delay == .zero })
    }

    /// The bucket is reserved for when the request will really go: after the quota wait.
    @Test func takesTheTokenAfterTheQuotaWait() throws {
        var pacer = Pacer(runRate: try RateSpec(parsing: "1/s"))
        #expect(pacer.reserve(host: "a.example", now: now).delay == .zero)
        pacer.record(exhausted(resetIn: 10), host: "a.example")
        let wait = pacer.reserve(host: "a.example", now: now)
        #expect(wait.quotaDelay == .seconds(10))
        #expect(wait.rateDelay == .zero)
        let next = pacer.reserve(host: "a.example", now: now + 10)
        #expect(next.quotaDelay == .zero)
        #expect(next.rateDelay == Self.spacing(try RateSpec(parsing: "1/s")))
    }
}

import Testing
import VolleyCore
import VolleyQuota

@Suite struct QuotaSessionTests {
    let now: EpochSeconds = 1_700_000_000
    let here = SourceLocation(file: "api.yaml", line: 4, column: 5)

    @Test func workersOnOneSessionShareOneBucket() async {
        // 32 workers reserve at the same instant against one 10/s limit: each must get its own slot.
        let session = QuotaSession(runRate: RateSpec(10, per: .second))
        let now = now
        let delays = await withTaskGroup(of: Duration.self) { group in
            for _ in 0..<32 {
                group.addTask { session.reserve(host: "api.example.com", limit: nil, now: now, rate: nil).delay }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let sorted = delays.sorted()
        #expect(sorted.count == 32)
        #expect(Set(sorted).count == 32, "no two workers were given the same send time")
        #expect(sorted.first == .zero)
        // Evenly spaced at 95% of 10/s: the 32nd waits 31 intervals of about 105 ms.
        #expect(sorted.last! > .seconds(3.2) && sorted.last! < .seconds(3.3), "\(sorted.last!)")
    }

    @Test func aLimitNameAServerTaughtIsRememberedForTheRequest() {
        let session = QuotaSession()
        let named = QuotaState(
            policy: "search", limit: 18, remaining: 0, resetDelay: .seconds(1), resetAt: now + 1,
            sources: ["ratelimit", "ratelimit-policy"])

        let limit = session.record(named, host: "api.example.com", limit: nil, requestAt: here)

        #expect(limit == "search")
        #expect(session.learnedLimit(forRequestAt: here) == "search")
        // The reading is filed under the named limit, so the next search waits and the host's other limits do not.
        #expect(session.reserve(host: "api.example.com", limit: "search", now: now, rate: nil).delay == .seconds(1))
        #expect(session.reserve(host: "api.example.com", limit: nil, now: now, rate: nil).delay == .zero)
    }

    @Test func balancesFromEveryResponseReachOneLedger() {
        let session = QuotaSession()
        for balance in [100.0, 98, 96] {
            let quota = QuotaState(credits: .init(remaining: balance, header: "x-credits-remaining"), sources: ["x-credits-remaining"])
            _ = session.record(quota, host: "api.example.com", limit: nil, requestAt: here)
        }
        #expect(session.credits.accounts.count == 1)
        #expect(session.credits.accounts.first?.lastBalance == 96)
        #expect(session.credits.spent.amount == 6)
        #expect(session.credits.spent.exact)
    }
}

import Testing

import VolleyCore

@Suite struct RunStopTests {
    @Test func outOfCreditsStopsTheRun() throws {
        let quota = QuotaState(credits: .init(remaining: 0, header: "x-credits-remaining"), sources: ["x-credits-remaining"])
        let stop = try #require(RunStop.classify(.response(status: 402, quota: quota), decision: .done))
        #expect(stop.reason == .outOfCredits)
        #expect(stop.message == "402 Payment Required: out of credits (credits 0); run stopped")
    }

    @Test func a429ThatGaveUpIsQuotaExhausted() throws {
        let outcome = AttemptOutcome.response(status: 429, quota: QuotaState(remaining: 0))
        let stop = try #require(RunStop.classify(outcome, decision: .giveUp(reason: "429 Too Many Requests after 3 attempts (--retry 2)")))
        #expect(stop.reason == .quotaExhausted)
        #expect(stop.message == "rate limit exhausted: 429 Too Many Requests after 3 attempts (--retry 2) (quota 0 left); run stopped")
    }

    @Test func otherEndingsLetTheRunGoOn() {
        let quota = QuotaState()
        #expect(RunStop.classify(.response(status: 429, quota: quota), decision: .retry(after: .seconds(1), reason: "")) == nil)
        #expect(RunStop.classify(.response(status: 503, quota: quota), decision: .giveUp(reason: "")) == nil)
        #expect(RunStop.classify(.response(status: 200, quota: quota), decision: .done) == nil)
        #expect(RunStop.classify(.response(status: 403, quota: quota), decision: .done) == nil)
        #expect(RunStop.classify(.transportFailure(.connectionReset), decision: .giveUp(reason: "")) == nil)
    }
}

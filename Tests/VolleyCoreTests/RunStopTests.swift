import Testing

import VolleyCore

@Suite struct RunStopTests {
    @Test func outOfCreditsStopsTheRun() throws {
        let quota = QuotaState(credits: .init(remaining: 0, header: "x-credits-remaining"), sources: ["x-credits-remaining"])
        let stop = try #require(RunStop.classify(.response(status: 402, quota: quota), decision: .done, wording: RetryWording()))
        #expect(stop.reason == .outOfCredits)
        #expect(stop.message == "402 Payment Required: out of credits (credits 0); run stopped")
    }

    @Test func a429ThatGaveUpIsQuotaExhausted() throws {
        let outcome = AttemptOutcome.response(status: 429, quota: QuotaState(remaining: 0))
        let gaveUp = GiveUpReason.retriesUsedUp(.status(429), attempts: 3, limit: 2, origin: .commandLine(.retryCount))
        let wording = RetryWording(names: SettingNames([.retryCount: "--retry"]))
        let stop = try #require(RunStop.classify(outcome, decision: .giveUp(because: gaveUp), wording: wording))
        #expect(stop.reason == .quotaExhausted)
        #expect(stop.message == "rate limit exhausted: 429 Too Many Requests after 3 attempts: retry count 2 (--retry) (quota 0 left); run stopped")
    }

    @Test func otherEndingsLetTheRunGoOn() {
        let quota = QuotaState()
        let retry = RetryReason(trigger: .status(429), retry: 1, of: 2, delay: .seconds(1), source: .retryAfterHeader)
        let gaveUp = GiveUpReason.notIdempotent(.status(503), method: "POST")
        #expect(RunStop.classify(.response(status: 429, quota: quota), decision: .retry(after: .seconds(1), because: retry), wording: RetryWording()) == nil)
        #expect(RunStop.classify(.response(status: 503, quota: quota), decision: .giveUp(because: gaveUp), wording: RetryWording()) == nil)
        #expect(RunStop.classify(.response(status: 200, quota: quota), decision: .done, wording: RetryWording()) == nil)
        #expect(RunStop.classify(.response(status: 403, quota: quota), decision: .done, wording: RetryWording()) == nil)
        #expect(RunStop.classify(.transportFailure(.connectionReset), decision: .giveUp(because: gaveUp), wording: RetryWording()) == nil)
    }
}

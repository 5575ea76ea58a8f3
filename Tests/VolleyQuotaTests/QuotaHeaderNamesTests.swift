import Testing
@testable import VolleyCore
@testable import VolleyQuota

/// The pre-check that lets a response without rate-limit headers skip the quota parsers must
/// never skip a header one of them reads.
@Suite struct QuotaHeaderNamesTests {
    @Test(arguments: [
        "Retry-After", "retry-after-ms", "RETRY-AFTER", "RateLimit", "RateLimit-Policy", "ratelimit-remaining",
        "X-RateLimit-Remaining-Second", "x-ratelimit-resource", "X-Rate-Limit-Reset", "x-rate-limit-limit",
    ])
    func namesTheParsersReadAreKept(name: String) {
        #expect(QuotaHeaderNames.mayCarryRateLimit(name))
    }

    @Test(arguments: ["Date", "Content-Type", "x-credits-remaining", "Rate", "retry", "x-next-page-after", ""])
    func otherNamesAreSkipped(name: String) {
        #expect(!QuotaHeaderNames.mayCarryRateLimit(name))
    }

    @Test func aResponseWithoutRateLimitHeadersStillGivesItsCredits() {
        let headers = [
            HTTPHeader(name: "Date", value: "Tue, 01 Dec 2026 21:00:00 GMT"),
            HTTPHeader(name: "x-credits-remaining", value: "9973"),
        ]
        let state = QuotaHeaderParser().parse(headers, now: 1_796_158_800)
        #expect(state.credits?.remaining == 9973)
        #expect(state.sources == ["x-credits-remaining"])
        #expect(state.remaining == nil && state.resetAt == nil && state.retryAfter == nil)
    }
}

import Testing

@testable import VolleyCore
@testable import VolleyQuota

/// Headers in the order given, for readable tests.
func headers(_ pairs: KeyValuePairs<String, String>) -> [HTTPHeader] {
    pairs.map { HTTPHeader(name: $0.key, value: $0.value) }
}

@Suite struct QuotaHeaderParserTests {
    /// Tue, 14 Nov 2023 22:13:20 GMT.
    let now: EpochSeconds = 1_700_000_000

    func state(_ pairs: KeyValuePairs<String, String>, credits: [String] = ["x-credits-remaining"]) -> QuotaState {
        QuotaState(headers: headers(pairs), now: now, creditHeaders: credits)
    }

    // MARK: Retry-After

    @Test func readsRetryAfterSeconds() {
        let quota = state(["Retry-After": "120"])
        #expect(quota.retryAfter == .seconds(120))
        #expect(quota.sources == ["retry-after"])
        #expect(quota.serverWait == .seconds(120))
    }

    @Test(arguments: [
        "Tue, 14 Nov 2023 22:15:20 GMT",
        "Tuesday, 14-Nov-23 22:15:20 GMT",
        "Tue Nov 14 22:15:20 2023",
    ])
    func readsRetryAfterDatesAgainstTheClock(date: String) {
        #expect(state(["Retry-After": date]).retryAfter == .seconds(120))
    }

    @Test func aPastRetryAfterDateMeansNow() {
        let quota = state(["Retry-After": "Tue, 14 Nov 2023 22:00:00 GMT"])
        #expect(quota.retryAfter == .zero)
        #expect(quota.sources == ["retry-after"])
    }

    /// The server's clock runs an hour ahead of ours: its dates must be read against its `Date`.
    @Test func measuresRetryAfterDatesAgainstTheServersDate() {
        let quota = state([
            "Date": "Tue, 14 Nov 2023 23:13:20 GMT",  // now + 3600 on the server's clock
            "Retry-After": "Tue, 14 Nov 2023 23:13:50 GMT",
        ])
        #expect(quota.retryAfter == .seconds(30))
        #expect(quota.sources == ["retry-after", "date"])
    }

    @Test func prefersRetryAfterMilliseconds() {
        let quota = state(["Retry-After": "2", "retry-after-ms": "1500"])
        #expect(quota.retryAfter == .milliseconds(1500))
        #expect(quota.sources == ["retry-after-ms"])
    }

    @Test func fallsBackToRetryAfterWhenMillisecondsAreMalformed() {
        #expect(state(["retry-after-ms": "soon", "Retry-After": "2"]).retryAfter == .seconds(2))
    }

    @Test(arguments: ["soon", "-5", "1e3", "inf", "0x10", "Tue, 14 Nov 2023", ""])
    func ignoresMalformedRetryAfter(value: String) {
        let quota = state(["Retry-After": value])
        #expect(quota.retryAfter == nil)
        #expect(quota.isEmpty)
    }

    // MARK: Reset values

    @Test(arguments: [
        ("1700000030000", QuotaReset.Form.epochMilliseconds, Duration.seconds(30)),
        ("1700000030500", .epochMilliseconds, .milliseconds(30_500)),
        ("1700000030", .epochSeconds, .seconds(30)),
        ("30", .delaySeconds, .seconds(30)),
        ("0.8", .delaySeconds, .milliseconds(800)),
        ("999999999", .delaySeconds, .seconds(999_999_999)),
        ("6m0s", .duration, .seconds(360)),
        ("120ms", .duration, .milliseconds(120)),
        ("Tue, 14 Nov 2023 22:13:50 GMT", .httpDate, .seconds(30)),
    ])
    func interpretsEachResetForm(text: String, form: QuotaReset.Form, delay: Duration) throws {
        let reset = try #require(QuotaReset(text, now: now, serverDate: nil))
        #expect(reset.form == form)
        #expect(reset.delay == delay)
        #expect(!reset.usedServerDate)
    }

    /// Absurd numbers must not overflow: they clamp to a wait longer than any cap.
    @Test func clampsAbsurdWaitsInsteadOfOverflowing() {
        let quota = state([
            "Retry-After": "99999999999999999999", "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "99999999999999999999",
        ])
        #expect(quota.retryAfter == Duration.longestWait)
        #expect(quota.resetDelay == Duration.longestWait)
        let draft = state(["RateLimit": #""default";r=0;t=999999999999999"#])
        #expect(draft.resetDelay == Duration.longestWait)
    }

    @Test func setsTheResetDelayAndLocalInstant() {
        let quota = state(["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1700000045"])
        #expect(quota.resetDelay == .seconds(45))
        #expect(quota.resetAt == now + 45)
    }

    @Test func aResetEpochInThePastMeansNow() {
        let quota = state(["X-RateLimit-Reset": "1699999990"])
        #expect(quota.resetDelay == .zero)
        #expect(quota.resetAt == now)
    }

    /// The server's clock is 1000 s behind ours. Read against our clock, its reset looks long
    /// past; read against its `Date`, the reset is a minute away, and `resetAt` is on our clock.
    @Test func correctsEpochResetsForClockSkewWithTheDateHeader() {
        let skewed = state([
            "Date": "Tue, 14 Nov 2023 21:56:40 GMT",  // 1_699_999_000
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "1699999060",
        ])
        #expect(skewed.resetDelay == .seconds(60))
        #expect(skewed.resetAt == now + 60)
        #expect(skewed.sources == ["x-ratelimit-remaining", "x-ratelimit-reset", "date"])

        let unskewed = state(["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1699999060"])
        #expect(unskewed.resetDelay == .zero)
    }

    @Test func ignoresDateForDelaysAndAnUnreadableDate() {
        let delay = state(["Date": "Tue, 14 Nov 2023 21:56:40 GMT", "X-RateLimit-Reset": "30"])
        #expect(delay.resetDelay == .seconds(30))
        #expect(!delay.sources.contains("date"))

        let garbage = state(["Date": "yesterday", "X-RateLimit-Reset": "1700000030"])
        #expect(garbage.resetDelay == .seconds(30))
        #expect(!garbage.sources.contains("date"))
    }

    @Test(arguments: ["-5", "soon", "1e9", ""])
    func ignoresMalformedResets(value: String) {
        let quota = state(["X-RateLimit-Remaining": "3", "X-RateLimit-Reset": value])
        #expect(quota.remaining == 3)
        #expect(quota.resetDelay == nil)
        #expect(quota.sources == ["x-ratelimit-remaining"])
    }

    // MARK: RateLimit structured fields

    @Test func readsTheCurrentDraftsList() {
        let quota = state(["RateLimit": #""default";r=50;t=30"#, "RateLimit-Policy": #""default";q=100;w=60"#])
        #expect(quota.policy == "default")
        #expect(quota.limit == 100)
        #expect(quota.remaining == 50)
        #expect(quota.resetDelay == .seconds(30))
        #expect(quota.resetAt == now + 30)
        #expect(quota.window == .seconds(60))
        #expect(quota.sources == ["ratelimit", "ratelimit-policy"])
    }

    @Test func picksThePolicyClosestToRunningOut() {
        let quota = state([
            "RateLimit": #""daily";r=900;t=3600, "burst";r=5;t=1"#,
            "RateLimit-Policy": #""burst";q=100;w=60, "daily";q=1000;w=86400"#,
        ])
        #expect(quota.policy == "burst")
        #expect(quota.limit == 100)
        #expect(quota.remaining == 5)
        #expect(quota.window == .seconds(60))
    }

    @Test func readsDraft08TokenNames() {
        let quota = state(["RateLimit": "default;r=50;t=30", "RateLimit-Policy": "default;q=100;w=60"])
        #expect(quota.policy == "default")
        #expect(quota.limit == 100)
        #expect(quota.remaining == 50)
    }

    @Test func readsTheDraft07Dictionary() {
        let quota = state(["RateLimit": "limit=100, remaining=50, reset=5", "RateLimit-Policy": "100;w=60"])
        #expect(quota.policy == nil)
        #expect(quota.limit == 100)
        #expect(quota.remaining == 50)
        #expect(quota.resetDelay == .seconds(5))
        #expect(quota.window == .seconds(60))
        #expect(quota.sources == ["ratelimit", "ratelimit-policy"])
    }

    @Test func keepsTheStateWhenThePolicyIsUnknown() {
        let quota = state(["RateLimit": #""default";r=50;t=30"#, "RateLimit-Policy": #""other";q=100;w=60"#])
        #expect(quota.remaining == 50)
        #expect(quota.limit == nil)
        #expect(quota.sources == ["ratelimit"])
    }

    /// Each is ignored as a whole; the X-RateLimit fallback shows the parser moved on.
    @Test(arguments: [
        #""default";r=50;t=30,"#,  // not RFC 8941
        #""default;r=50"#,
        #""default";r=abc"#,  // valid syntax, but r is no integer
        #""default";r=-1"#,
        #""default";r=1.5"#,
        #""default";t=5"#,  // r is required
        #""default";r=5;t=-2"#,
        "limit=100, remaining=fifty",  // draft-07 with a non-integer member
        "limit=100, remaining=-1",
        "remaining=(1 2)",
        "",
    ])
    func ignoresAMalformedRateLimitField(value: String) {
        let quota = state(["RateLimit": value, "X-RateLimit-Remaining": "7"])
        #expect(quota.remaining == 7)
        #expect(quota.sources == ["x-ratelimit-remaining"])
    }

    @Test func ignoresOnlyTheBadItemsOfAValidList() {
        let quota = state(["RateLimit": #""bad";r=-1, "good";r=9"#])
        #expect(quota.policy == "good")
        #expect(quota.remaining == 9)
    }

    @Test(arguments: [#""default";q=100;w=60;"#, #""default";w=60"#, #""default";q=100;w=sixty"#, "\"default\";q=-1"])
    func ignoresAMalformedPolicyField(value: String) {
        let quota = state(["RateLimit": #""default";r=50"#, "RateLimit-Policy": value])
        #expect(quota.remaining == 50)
        #expect(quota.limit == nil)
        #expect(quota.window == nil)
        #expect(quota.sources == ["ratelimit"])
    }

    @Test func readsAPolicyOnItsOwn() {
        let quota = state(["RateLimit-Policy": #""hourly";q=1000;w=3600"#])
        #expect(quota.policy == "hourly")
        #expect(quota.limit == 1000)
        #expect(quota.remaining == nil)
        #expect(quota.window == .seconds(3600))
        #expect(quota.sources == ["ratelimit-policy"])
    }

    // MARK: Header families and suffixes

    @Test(arguments: ["RateLimit-", "X-RateLimit-", "X-Rate-Limit-", "x-ratelimit-", "X-RATELIMIT-"])
    func readsEachFamily(prefix: String) {
        let quota = QuotaState(
            headers: [
                HTTPHeader(name: prefix + "Limit", value: "60"),
                HTTPHeader(name: prefix + "Remaining", value: "12"),
                HTTPHeader(name: prefix + "Reset", value: "20"),
            ], now: now)
        #expect(quota.limit == 60)
        #expect(quota.remaining == 12)
        #expect(quota.resetDelay == .seconds(20))
        #expect(quota.policy == nil)
        #expect(quota.sources == ["limit", "remaining", "reset"].map { prefix.lowercased() + $0 })
    }

    @Test func readsGitHubsUsedAndResource() {
        let quota = state([
            "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4987", "x-ratelimit-used": "13",
            "x-ratelimit-reset": "1700000600", "x-ratelimit-resource": "core",
        ])
        #expect(quota.used == 13)
        #expect(quota.policy == "core")
        #expect(quota.resetDelay == .seconds(600))
        #expect(quota.sources.last == "x-ratelimit-resource")
    }

    /// Kong sends one window per suffix; the one with the fewest requests left binds.
    @Test func picksTheTightestSuffixWindow() {
        let quota = state([
            "X-RateLimit-Limit-Second": "5", "X-RateLimit-Remaining-Second": "4",
            "X-RateLimit-Limit-Minute": "100", "X-RateLimit-Remaining-Minute": "2",
        ])
        #expect(quota.policy == "minute")
        #expect(quota.limit == 100)
        #expect(quota.remaining == 2)
        #expect(quota.window == .seconds(60))
        #expect(quota.sources == ["x-ratelimit-limit-minute", "x-ratelimit-remaining-minute"])
    }

    @Test func readsOpenAIStyleSuffixesAndDurations() {
        let quota = state([
            "x-ratelimit-limit-requests": "60", "x-ratelimit-limit-tokens": "150000",
            "x-ratelimit-remaining-requests": "59", "x-ratelimit-remaining-tokens": "149984",
            "x-ratelimit-reset-requests": "1s", "x-ratelimit-reset-tokens": "6m0s",
        ])
        #expect(quota.policy == "requests")
        #expect(quota.limit == 60)
        #expect(quota.remaining == 59)
        #expect(quota.resetDelay == .seconds(1))
        #expect(quota.window == nil)
    }

    @Test func breaksRemainingTiesByTheLongerReset() {
        let quota = state([
            "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1s",
            "x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "6m0s",
        ])
        #expect(quota.policy == "tokens")
        #expect(quota.resetDelay == .seconds(360))
    }

    @Test func prefersResetAfterToAnEpochReset() {
        let quota = state(["X-RateLimit-Reset": "1700000100", "X-RateLimit-Reset-After": "2.5"])
        #expect(quota.resetDelay == .milliseconds(2500))
        #expect(quota.sources == ["x-ratelimit-reset", "x-ratelimit-reset-after"])
    }

    @Test func readsTheFirstNumberOfADraft01Limit() {
        #expect(state(["RateLimit-Limit": "100, 100;w=60"]).limit == 100)
    }

    @Test func takesTheWindowFromAMatchingPolicy() {
        let quota = state(["RateLimit-Limit": "100", "RateLimit-Remaining": "3", "RateLimit-Policy": "10;w=1, 100;w=60"])
        #expect(quota.limit == 100)
        #expect(quota.window == .seconds(60))
        #expect(quota.sources == ["ratelimit-limit", "ratelimit-remaining", "ratelimit-policy"])
    }

    @Test func ignoresUnreadableNumbersAndUnknownFields() {
        let quota = state([
            "X-RateLimit-Remaining": "lots", "X-RateLimit-Limit": "100", "X-RateLimit-Remainingfoo": "1",
            "X-RateLimit-Policy": "fair",
        ])
        #expect(quota.remaining == nil)
        #expect(quota.limit == 100)
        #expect(quota.sources == ["x-ratelimit-limit"])
    }

    @Test func clampsANegativeRemainingToZero() {
        #expect(state(["X-RateLimit-Remaining": "-3"]).remaining == 0)
    }

    // MARK: Priority

    @Test func ranksTheStructuredFieldAboveTheFamiliesAndKeepsRetryAfterAndCredits() {
        let quota = state([
            "X-RateLimit-Remaining": "99", "X-RateLimit-Reset": "1",
            "RateLimit": #""default";r=0;t=30"#, "RateLimit-Policy": #""default";q=18;w=1"#,
            "Retry-After": "2", "x-credits-remaining": "9973",
        ])
        #expect(quota.remaining == 0)
        #expect(quota.limit == 18)
        #expect(quota.resetDelay == .seconds(30))
        #expect(quota.retryAfter == .seconds(2))
        #expect(quota.credits == .init(remaining: 9973, header: "x-credits-remaining"))
        #expect(quota.serverWait == .seconds(2))  // Retry-After beats the reset
        #expect(quota.sources == ["retry-after", "ratelimit", "ratelimit-policy", "x-credits-remaining"])
    }

    @Test func ranksTheRateLimitFamilyAboveTheXFamilies() {
        let quota = state(["X-Rate-Limit-Remaining": "1", "X-RateLimit-Remaining": "2", "RateLimit-Remaining": "3"])
        #expect(quota.remaining == 3)
        #expect(quota.sources == ["ratelimit-remaining"])
        let xOnly = state(["X-Rate-Limit-Remaining": "1", "X-RateLimit-Remaining": "2"])
        #expect(xOnly.remaining == 2)
    }

    @Test func waitsForTheResetOnlyWhenExhausted() {
        #expect(state(["X-RateLimit-Remaining": "1", "X-RateLimit-Reset": "30"]).serverWait == nil)
        #expect(state(["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "30"]).serverWait == .seconds(30))
    }

    // MARK: Credits

    @Test func readsCredits() {
        let quota = state(["X-Credits-Remaining": "9973.5"])
        #expect(quota.credits == .init(remaining: 9973.5, header: "x-credits-remaining"))
        #expect(quota.sources == ["x-credits-remaining"])
    }

    @Test func readsTheFirstConfiguredCreditHeaderPresent() {
        let quota = state(
            ["x-credits-remaining": "5", "X-API-Credits": "7"], credits: ["x-api-credits", "x-credits-remaining"])
        #expect(quota.credits == .init(remaining: 7, header: "x-api-credits"))
        #expect(state(["x-api-credits": "7"]).credits == nil)  // not in the default list
    }

    @Test func skipsUnreadableCredits() {
        let quota = state(["x-api-credits": "plenty", "x-credits-remaining": "5"], credits: ["x-api-credits", "x-credits-remaining"])
        #expect(quota.credits?.header == "x-credits-remaining")
    }

    // MARK: Summary

    @Test func summarizesForTheConsole() {
        let coresignal = state(["x-ratelimit-limit": "18", "x-ratelimit-remaining": "17", "x-ratelimit-reset": "0.8", "x-credits-remaining": "9973"])
        #expect(coresignal.text == "quota 17/18 · resets 0.8s · credits 9973")

        let draft = state(["RateLimit": #""burst";r=0;t=30"#, "RateLimit-Policy": #""burst";q=100;w=60"#, "Retry-After": "120"])
        #expect(draft.text == "quota 0/100 per 60s (burst) · resets 30s · retry after 120s")

        #expect(state(["X-RateLimit-Remaining": "4"]).text == "quota 4 left")
        #expect(state(["X-RateLimit-Reset": "3600"]).text == "resets 1h0m")
        #expect(state(["x-credits-remaining": "0.25"]).text == "credits 0.3")
    }

    @Test func isEmptyWithoutQuotaHeaders() {
        let quota = state(["Content-Type": "application/json", "Date": "Tue, 14 Nov 2023 22:13:20 GMT"])
        #expect(quota == QuotaState())
        #expect(quota.isEmpty)
        #expect(quota.text == "")
    }
}

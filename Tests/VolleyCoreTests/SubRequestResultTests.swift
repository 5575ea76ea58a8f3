import Testing
@testable import VolleyCore

/// A sub-request (a script's `pm.sendRequest`) is masked with its parent, and the ledgers count
/// it in the order it went out, against its own host and limit.
@Suite("sub-request results")
struct SubRequestResultTests {
    static let at = SourceLocation(file: "c.yaml", line: 9, column: 41)

    static func parent() -> RequestResult {
        var result = RequestResult(collection: "c", folderPath: [], name: "r", location: SourceLocation(file: "c.yaml", line: 3, column: 5))
        result.quotaKey = QuotaKey(host: "api", limit: nil)
        result.attempts = [AttemptRecord(number: 1, status: 200, quota: credits(97))]
        return result
    }

    static func credits(_ remaining: Double) -> QuotaState {
        QuotaState(credits: QuotaState.Credits(remaining: remaining, header: "x-credits-remaining"))
    }

    static func sub(_ phase: Script.Phase, host: String, attempts: [AttemptRecord]) -> SubRequestResult {
        var sub = SubRequestResult(phase: phase, location: at)
        sub.quotaKey = QuotaKey(host: host, limit: nil)
        sub.attempts = attempts
        return sub
    }

    @Test func everySecretItHoldsIsMasked() {
        let key = "k3y0123456789abcdef0123456789abc"
        var redactor = Redactor()
        redactor.add(secret: key)
        var result = Self.parent()
        var sub = SubRequestResult(phase: .before, location: Self.at)
        sub.sent = SentRequest(method: "POST", url: "http://api/login?key=\(key)", headers: [HTTPHeader(name: "apikey", value: key)], body: Array("{\"k\":\"\(key)\"}".utf8))
        sub.response = ReceivedResponse(status: 200, headers: [HTTPHeader(name: "x-echo", value: key)], body: Array(key.utf8))
        sub.redirects = [RedirectHop(sent: sub.sent!, status: 302, location: "http://api/next?key=\(key)")]
        sub.attempts = [AttemptRecord(number: 1, failure: "reset after sending \(key)")]
        sub.failure = RequestFailure(kind: .transport, message: "refused for \(key)", location: Self.at)
        result.subRequests = [sub]

        let masked = result.redacted(by: redactor).subRequests[0]

        let texts = [masked.sent!.url, masked.sent!.headers[0].value, String(decoding: masked.sent!.body, as: UTF8.self),
            masked.response!.headers[0].value, masked.response!.bodyText, masked.redirects[0].location, masked.redirects[0].sent.url,
            masked.attempts[0].failure!, masked.failure!.message]
        #expect(texts.allSatisfy { !$0.contains(key) && $0.contains("***") }, "\(texts)")
        // Sizes stay what went over the wire.
        #expect(masked.sent?.byteCount == sub.sent?.byteCount)
    }

    @Test func theLedgersCountSubRequestsInSendOrderUnderTheirOwnHost() {
        var result = Self.parent()
        result.subRequests = [
            Self.sub(.after, host: "api", attempts: [AttemptRecord(number: 1, status: 200, quota: Self.credits(96))]),
            Self.sub(.before, host: "api", attempts: [AttemptRecord(number: 1, status: 200, quota: Self.credits(99))]),
            Self.sub(.before, host: "auth", attempts: [
                AttemptRecord(number: 1, status: 429), AttemptRecord(number: 2, waitedBefore: .seconds(1), status: 200),
            ]),
        ]

        var credits = CreditLedger()
        credits.add(result)
        var quota = QuotaLedger()
        quota.add(result, host: "api")

        // 99 (before), 97 (the request), 96 (after): 3 spent after the first balance.
        let api = credits.accounts.first { $0.host == "api" }
        #expect(api?.firstBalance == 99 && api?.lastBalance == 96 && api?.readings == 3)
        let auth = quota.limits.first { $0.key.host == "auth" }
        #expect(auth?.retries == 1 && auth?.tooManyRequests == 1 && auth?.waited == .seconds(1))
        #expect(quota.limits.first { $0.key.host == "api" }?.retries == 0)
    }
}

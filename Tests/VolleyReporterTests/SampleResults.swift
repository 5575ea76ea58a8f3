import VolleyCore
import VolleyReporter

/// Realistic results built in code: two collections covering every outcome, retries with waits,
/// quota headers, a secret capture, and names that need escaping.
enum SampleResults {
    static let usersFile = "collections/users.yaml"
    static let ordersFile = "collections/orders.yaml"
    static let users = "Users API"
    static let orders = "Orders & <Billing>"
    static let secretToken = "tok_9f8e7d6c5b4a"

    static let metadata = RunMetadata(
        volleyVersion: "0.1.0", startedAt: "2025-11-27T07:47:00.123Z",
        commandLine: ["volley", "run", "collections", "--env", "staging", "--var", "apiKey=***"],
        collectionFiles: [usersFile, ordersFile], environmentName: "staging")

    /// The collection files the locations point into, for source lines in reports.
    static let sources: [String: String] = [
        usersFile: """
            name: Users API
            requests:
              - name: List users
                url: "{{base}}/users"
                expect:
                  status: 200
                  json:
                    "$[0].id": { type: integer }
                capture:
                  firstId: { json: "$[0].id" }
            folders:
              - name: Users
                requests:
                  - name: Get user
                    url: "{{base}}/users/{{firstId}}"
                    expect:
                      status: 200
                      json:
                        "$.name": Acme
                      headers:
                        Content-Type: { contains: json }
                  - name: Flaky upstream
                    url: "http://127.0.0.1:9/health"
                    retry: { attempts: 3 }
                  - name: Delete user
                    method: DELETE
                    url: "{{base}}/users/{{firstId}}"
                folders:
                  - name: Admin
                    requests:
                      - name: Create token
                        method: POST
                        url: "{{base}}/tokens"
                        json: { scope: admin }
                        expect:
                          status: 201
                        capture:
                          token: { json: "$.token", secret: true }
            """,
        ordersFile: """
            name: "Orders & <Billing>"
            requests:
              - name: "Search <script>alert('x')</script>"
                url: "{{base}}/orders?q=a&b=<c>"
                expect:
                  body: { contains: ok }
            """,
    ]

    static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func timings(totalMs: Double, dns: Int64 = 1_200, connect: Int64 = 800, tls: Int64 = 3_400) -> PhaseTimings {
        let total = Int64(totalMs * 1000)
        let ttfb = (total - dns - connect - tls) * 3 / 4
        return PhaseTimings(dns: dns, connect: connect, tls: tls, ttfb: ttfb, transfer: total - dns - connect - tls - ttfb, total: total)
    }

    static let quota = QuotaState(
        policy: "burst", limit: 100, remaining: 97, used: 3, resetDelay: .milliseconds(800), window: .seconds(60),
        credits: .init(remaining: 9973, header: "x-credits-remaining"),
        sources: ["ratelimit-policy", "ratelimit", "x-credits-remaining"])

    static let jsonHeaders = [HTTPHeader(name: "Content-Type", value: "application/json")]

    static var listUsers: RequestResult {
        RequestResult(
            collection: users, folderPath: [], name: "List users", location: at(usersFile, 3, 5),
            sent: SentRequest(method: "GET", url: "https://api.example.test/users", headers: [HTTPHeader(name: "Accept", value: "application/json")]),
            response: ReceivedResponse(status: 200, headers: jsonHeaders + [HTTPHeader(name: "RateLimit", value: "\"burst\";r=97;t=1")], body: Array(#"[{"id":42,"name":"Acme Inc"}]"#.utf8)),
            timings: timings(totalMs: 12.5),
            assertions: [
                AssertionOutcome(assertion: Assertion(subject: .status, predicate: .equals(200), location: at(usersFile, 6, 15)), passed: true, actual: 200),
                AssertionOutcome(assertion: Assertion(subject: .json("$[0].id"), predicate: .type(.integer), location: at(usersFile, 8, 9)), passed: true, actual: 42),
            ],
            captures: [CaptureOutcome(capture: Capture(name: "firstId", source: .json("$[0].id"), location: at(usersFile, 10, 7)), value: 42)],
            attempts: [AttemptRecord(number: 1, status: 200, timings: timings(totalMs: 12.5), quota: quota)],
            quota: quota)
    }

    static var getUser: RequestResult {
        RequestResult(
            collection: users, folderPath: ["Users"], name: "Get user", location: at(usersFile, 14, 9),
            sent: SentRequest(method: "GET", url: "https://api.example.test/users/42", headers: []),
            response: ReceivedResponse(status: 200, headers: [HTTPHeader(name: "Content-Type", value: "text/html")], body: Array("<h1>Acme Inc</h1>".utf8)),
            timings: timings(totalMs: 8.25, dns: 0, connect: 0, tls: 0),
            assertions: [
                AssertionOutcome(assertion: Assertion(subject: .status, predicate: .equals(200), location: at(usersFile, 17, 19)), passed: true, actual: 200),
                AssertionOutcome(assertion: Assertion(subject: .json("$.name"), predicate: .equals("Acme"), location: at(usersFile, 19, 13)), passed: false, actual: nil, message: "the body is not JSON"),
                AssertionOutcome(assertion: Assertion(subject: .header("Content-Type"), predicate: .contains("json"), location: at(usersFile, 21, 29)), passed: false, actual: "text/html"),
            ],
            attempts: [AttemptRecord(number: 1, status: 200)])
    }

    static var createToken: RequestResult {
        let exhausted = QuotaState(limit: 100, remaining: 0, retryAfter: .seconds(1), sources: ["ratelimit", "retry-after"])
        var after = quota
        after.remaining = 96
        after.credits?.remaining = 9972
        return RequestResult(
            collection: users, folderPath: ["Users", "Admin"], name: "Create token", location: at(usersFile, 31, 13),
            sent: SentRequest(method: "POST", url: "https://api.example.test/tokens", headers: jsonHeaders, body: Array(#"{"scope":"admin"}"#.utf8)),
            response: ReceivedResponse(status: 201, headers: jsonHeaders, body: Array(#"{"token":"\#(secretToken)"}"#.utf8)),
            timings: timings(totalMs: 20.125),
            assertions: [AssertionOutcome(assertion: Assertion(subject: .status, predicate: .equals(201), location: at(usersFile, 36, 23)), passed: true, actual: 201)],
            captures: [CaptureOutcome(capture: Capture(name: "token", source: .json("$.token"), isSecret: true, location: at(usersFile, 38, 15)), value: .string(secretToken))],
            attempts: [
                AttemptRecord(number: 1, status: 429, timings: timings(totalMs: 9), quota: exhausted),
                AttemptRecord(
                    number: 2, waitedBefore: .seconds(1), status: 201, timings: timings(totalMs: 20.125),
                    quota: after, waitCause: .retry(RetryReason(trigger: .status(429), retry: 1, of: 2, delay: .seconds(1), source: .retryAfterHeader))),
            ],
            quota: after)
    }

    static var flakyUpstream: RequestResult {
        RequestResult(
            collection: users, folderPath: ["Users"], name: "Flaky upstream", location: at(usersFile, 22, 9),
            sent: SentRequest(method: "GET", url: "http://127.0.0.1:9/health", headers: []),
            failure: RequestFailure(kind: .transport, message: "could not connect to 127.0.0.1:9: Connection refused", location: at(usersFile, 23, 14), code: 7),
            attempts: [
                AttemptRecord(number: 1, failure: "Connection refused"),
                AttemptRecord(number: 2, waitedBefore: .milliseconds(200), failure: "Connection refused", waitCause: backoff(1)),
                AttemptRecord(number: 3, waitedBefore: .milliseconds(400), failure: "Connection refused", waitCause: backoff(2)),
            ])
    }

    /// The flaky upstream's retry `retry` of 2 after a reset connection, backing off 200 ms, then 400 ms.
    static func backoff(_ retry: Int) -> WaitCause {
        .retry(RetryReason(trigger: .connectionReset, retry: retry, of: 2, delay: .milliseconds(200 * retry), source: .backoff))
    }

    static var deleteUser: RequestResult {
        RequestResult(collection: users, folderPath: ["Users"], name: "Delete user", location: at(usersFile, 25, 9), skipped: true)
    }

    static var search: RequestResult {
        RequestResult(
            collection: orders, folderPath: [], name: "Search <script>alert('x')</script>", location: at(ordersFile, 3, 5),
            sent: SentRequest(method: "GET", url: "https://api.example.test/orders?q=a&b=<c>", headers: []),
            response: ReceivedResponse(status: 200, body: Array("bad\u{01}value".utf8)),
            timings: timings(totalMs: 3.5, dns: 0, connect: 0, tls: 0),
            assertions: [AssertionOutcome(assertion: Assertion(subject: .body, predicate: .contains("ok"), location: at(ordersFile, 6, 15)), passed: false, actual: "bad\u{01}value")])
    }

    static var usersResults: [RequestResult] { [listUsers, getUser, createToken, flakyUpstream, deleteUser] }

    /// The whole run, once through.
    static func report(end: RunEnd = RunEnd(duration: .milliseconds(1234), exitCode: 3), options: RunRecorder.Options = .init()) -> RunReport {
        var recorder = RunRecorder(metadata: metadata, options: options)
        recorder.beginCollection(name: users, file: usersFile)
        for result in usersResults { recorder.record(result) }
        recorder.endCollection()
        recorder.beginCollection(name: orders, file: ordersFile)
        recorder.record(search)
        recorder.endCollection()
        return recorder.finish(end)
    }

    /// Synthetic repeated runs of the Users collection: `iterations` times each request, with
    /// latencies spread by a fixed pattern and `Get user` failing in the iterations `failing` picks
    /// (by default every 7th).
    static func repeatedReport(iterations: Int, failing: (Int) -> Bool = { $0 % 7 == 0 }) -> RunReport {
        var metadata = metadata
        metadata.repeatCount = iterations
        var recorder = RunRecorder(metadata: metadata)
        for iteration in 1...iterations {
            recorder.beginCollection(name: users, file: usersFile)
            for var result in [listUsers, getUser, createToken] {
                result.iteration = iteration
                let spread = Double((iteration * 7919) % 1000) / 1000
                result.timings = timings(totalMs: 10 + 30 * spread * spread)
                if result.name == "Get user", !failing(iteration) {
                    result.assertions = result.assertions.map { var a = $0; a.passed = true; return a }
                }
                if result.name != "Get user" { result = withQuota(result, iteration: iteration) }
                recorder.record(result)
            }
            recorder.endCollection()
        }
        return recorder.finish(RunEnd(duration: .seconds(iterations), exitCode: 1))
    }

    /// A 100-request window spent two requests per iteration and refilled every 50 iterations,
    /// credits going down by one per request, and a 429 and retry when the window runs dry.
    private static func withQuota(_ result: RequestResult, iteration: Int) -> RequestResult {
        var result = result
        let second = result.name == "Create token" ? 1 : 0
        let spent = 2 * ((iteration - 1) % 50) + second + 1
        var state = quota
        state.remaining = max(0, 100 - spent)
        state.used = spent
        state.credits?.remaining = Double(10_000 - 2 * (iteration - 1) - second)
        result.quota = state
        var attempt = AttemptRecord(number: 1, status: result.response?.status, timings: result.timings, quota: state)
        if second == 1, iteration % 50 == 0 {
            let exhausted = QuotaState(limit: 100, remaining: 0, retryAfter: .seconds(1), sources: ["ratelimit", "retry-after"])
            attempt.number = 2
            attempt.waitedBefore = .seconds(1)
            attempt.waitCause = .retry(RetryReason(trigger: .status(429), retry: 1, of: 2, delay: .seconds(1), source: .retryAfterHeader))
            result.attempts = [AttemptRecord(number: 1, status: 429, quota: exhausted), attempt]
        } else {
            result.attempts = [attempt]
        }
        return result
    }
}

import Synchronization
import Testing
import TestSupport
import VolleyCore
import VolleyReporter
@testable import VolleyExecutor
import VolleyQuota

/// Retries, pacing and run stops against a real server that answers like a metered API.
/// Waits pass on a `ManualClock`: a retry after `Retry-After: 1` moves the run's clock a second
/// on at once, so the suite waits no real time. A server that enforces a window reads the same clock.
@Suite("quota-aware runs")
struct QuotaRunTests {
    /// Counts calls so a handler can answer differently the first time.
    final class Counter: Sendable {
        private let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
    }

    @Test func a429WithRetryAfterIsRetriedAndPasses() async throws {
        let calls = Counter()
        let server = try await ScenarioServer.start { _ in
            calls.next() == 1 ? .json(#"{"error":"slow down"}"#, status: 429, headers: [("Retry-After", "1")]) : .json(#"{"ok":true}"#)
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: retry
            requests:
              - name: search
                method: POST
                url: "{{base}}/search"
                json: { q: 1 }
                expect: { status: 200 }
            """)

        let clock = ManualClock()
        let realStart = ContinuousClock.now
        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], options: RunOptions(clock: clock))
        let realElapsed = ContinuousClock.now - realStart

        #expect(outcome.passed == 1)
        #expect(outcome.retries == 1)
        let result = try #require(recorder.results.first)
        #expect(result.attempts.map(\.status) == [429, 200])
        #expect(result.attempts[1].waitedBefore == .seconds(1))
        #expect(result.attempts[1].waitCause.map(RetryWording().text)?.contains("Retry-After") == true)
        #expect(clock.advanced == .seconds(1), "the run's clock moved by exactly the wait")
        #expect(realElapsed < .milliseconds(900), "the wait took no real second: \(realElapsed)")
        #expect(server.requests.count == 2)
    }

    @Test func anHTTPDateRetryAfterIsHonoured() async throws {
        let calls = Counter()
        let server = try await ScenarioServer.start { _ in
            guard calls.next() == 1 else { return .json("{}") }
            // Two seconds ahead of now, in IMF-fixdate.
            let date = HTTPDateFormatting.imfFixdate(secondsFromNow: 2)
            return .json("{}", status: 503, headers: [("Retry-After", date)])
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("name: d\nrequests:\n  - name: r\n    url: \"{{base}}/x\"\n")

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], options: RunOptions(clock: ManualClock()))

        #expect(outcome.passed == 1)
        let waited = try #require(recorder.results.first?.attempts.last?.waitedBefore)
        #expect(waited > .milliseconds(500) && waited <= .seconds(3), "waited \(waited)")
    }

    @Test func aRetryAfterBeyondTheCapFailsAtOnceAndStopsTheRun() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}", status: 429, headers: [("Retry-After", "120")]) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: cap
            requests:
              - name: first
                url: "{{base}}/a"
              - name: second
                url: "{{base}}/b"
            """)
        let clock = ManualClock()
        var options = RunOptions(clock: clock)
        options.retry.maxWait = .seconds(2)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], options: options)

        #expect(clock.advanced == .zero, "gave up without waiting")
        #expect(server.requests.count == 1)
        #expect(outcome.stop?.reason == .quotaExhausted)
        #expect(outcome.stop?.message.contains("server asked to wait 120s, more than max wait 2s") == true)
        #expect(recorder.result("second")?.skipped == true)
        // Why retrying stopped is the request's failure now, not a note beside a pass.
        #expect(recorder.result("first")?.outcome == .failed)
        #expect(recorder.result("first")?.stop?.message.contains("server asked to wait 120s") == true)
        #expect(recorder.result("first")?.notes.isEmpty == true)
        #expect(recorder.result("first")?.gaveUp == nil, "the stop's message says it")
    }

    @Test func a402StopsTheRunBeforeTheNextRequest() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/spend" ? .json(#"{"message":"Out of credits"}"#, status: 402, headers: [("x-credits-remaining", "0")]) : .json("{}")
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: credits
            requests:
              - name: spend
                url: "{{base}}/spend"
              - name: after
                url: "{{base}}/after"
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(outcome.stop?.reason == .outOfCredits)
        #expect(server.requests.map(\.path) == ["/spend"])
        #expect(recorder.result("spend")?.attempts.count == 1)
        #expect(recorder.result("spend")?.stop?.reason == .outOfCredits)
        #expect(recorder.result("spend")?.outcome == .failed)
        #expect(recorder.result("after")?.skipped == true)
    }

    @Test func remainingZeroWithAResetMakesTheNextRequestWait() async throws {
        // The server refuses any request that arrives before its window resets.
        let clock = ManualClock()
        let resetAt = Mutex<ContinuousClock.Instant?>(nil)
        let server = try await ScenarioServer.start { _ in
            let now = clock.now()
            let early = resetAt.withLock { reset in reset.map { now < $0 } ?? false }
            if early { return .json("{}", status: 429, headers: [("Retry-After", "1")]) }
            resetAt.withLock { $0 = now + .seconds(1) }
            return .json("{}", headers: [("X-RateLimit-Limit", "1"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "1")])
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: reset
            requests:
              - name: first
                url: "{{base}}/a"
                expect: { status: 200 }
              - name: second
                url: "{{base}}/b"
                expect: { status: 200 }
            """)
        var options = RunOptions(clock: clock)
        options.retry.maxRetries = 0

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], options: options)

        #expect(outcome.passed == 2, "\(recorder.results.map(\.attempts))")
        #expect(server.requests.count == 2, "the second request was not sent early and refused")
        let waited = try #require(recorder.result("second")?.attempts.first?.waitedBefore)
        #expect(waited >= .seconds(1) && waited <= .milliseconds(1001), "waited \(waited)")
        #expect(recorder.result("second")?.attempts.first?.waitCause.map(RetryWording().text)?.contains("quota resets") == true)
    }

    @Test func aPOSTIsNotRetriedWithoutRetryAfter() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}", status: 503) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: post
            requests:
              - name: create
                method: POST
                url: "{{base}}/items"
                json: { a: 1 }
                expect: { status: 201 }
              - name: idempotent create
                method: POST
                idempotent: true
                retry: { count: 1 }
                url: "{{base}}/items"
                json: { a: 1 }
                expect: { status: 201 }
            """)
        var options = RunOptions(clock: ManualClock())
        options.retry.backoffBase = .milliseconds(10)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL], options: options)

        #expect(recorder.result("create")?.attempts.count == 1)
        #expect(recorder.result("create")?.gaveUp == .notIdempotent(.status(503), method: "POST"), "\(recorder.results.map(\.gaveUp))")
        #expect(recorder.result("create")?.notes(worded: RetryWording()).first?.contains("POST is not idempotent") == true)
        #expect(recorder.result("idempotent create")?.attempts.count == 2)
        #expect(server.requests.count == 3)
    }
}

/// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) for a time relative to now, computed by hand.
enum HTTPDateFormatting {
    static func imfFixdate(secondsFromNow: Int) -> String {
        let epoch = Int(SystemClock().epochNow()) + secondsFromNow
        let days = epoch / 86400
        let secondsOfDay = epoch % 86400
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days % 7]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(weekday), \(two(day)) \(months[month - 1]) \(year) \(two(secondsOfDay / 3600)):\(two(secondsOfDay % 3600 / 60)):\(two(secondsOfDay % 60)) GMT"
    }
}

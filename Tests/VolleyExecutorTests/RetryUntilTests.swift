import Synchronization
import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// `retry_until:` polls a job until `expect:` passes, at most `count` more times.
@Suite("retry_until through a run")
struct RetryUntilTests {
    /// A job that reports "running" for its first `pendingPolls` reads, then "done".
    static func jobServer(pendingPolls: Int) async throws -> ScenarioServer {
        let reads = Mutex(0)
        return try await ScenarioServer.start { request in
            let n = reads.withLock { count in
                count += 1
                return count
            }
            return .json(n > pendingPolls ? #"{"state": "done", "read": \#(n)}"# : #"{"state": "running", "read": \#(n)}"#)
        }
    }

    static func yaml(count: Int) -> String {
        """
        name: poll
        requests:
          - name: job
            url: "{{base}}/jobs/1"
            retry_until: { count: \(count), interval: 10ms }
            expect:
              status: 200
              json: { "$.state": done }
            capture:
              read: { json: "$.read" }
        """
    }

    @Test func pollsUntilTheAssertionsPassAndCapturesFromTheLastResponse() async throws {
        let server = try await Self.jobServer(pendingPolls: 3)
        defer { try? server.shutdownBlocking() }
        let c = try collection(Self.yaml(count: 5))
        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])
        let result = try #require(recorder.result("job"))
        #expect(result.outcome == .passed)
        #expect(result.polls == 3)
        #expect(server.requests.count == 4)
        #expect(result.captures.first?.value == .integer(4))
        #expect(outcome.failed == 0)
    }

    @Test func givesUpAfterCountPollsWithTheLastFailure() async throws {
        let server = try await Self.jobServer(pendingPolls: 100)
        defer { try? server.shutdownBlocking() }
        let c = try collection(Self.yaml(count: 2))
        let (recorder, _) = try run(c, variables: ["base": server.baseURL])
        let result = try #require(recorder.result("job"))
        #expect(result.outcome == .failed)
        #expect(result.polls == 2)
        #expect(server.requests.count == 3, "the first send and two polls")
        #expect(result.assertions.last?.actual == .string("running"))
    }

    @Test(arguments: [
        ("retry_until: { count: 0 }", "test.yaml:5:27: error: 'count' must be a whole number from 1 to 1000, found 0"),
        ("retry_until: { interval: 1s }", "test.yaml:5:18: error: 'retry_until' is missing 'count'"),
        ("retry_until: { count: 3, every: 1s }", "test.yaml:5:30: error: unknown key 'every'"),
        ("retry_until: 5", "test.yaml:5:18: error: 'retry_until' must be a map like { count: 10, interval: 2s }, found"),
    ])
    func badSettingsArePositionedErrors(line: String, expected: String) throws {
        let yaml = """
            name: poll
            requests:
              - name: job
                url: http://127.0.0.1:9/
                \(line)
                expect: { status: 200 }
            """
        do {
            _ = try collection(yaml)
            Issue.record("\(line) should not load")
        } catch let failure as ParseFailure {
            #expect(failure.diagnostics.contains { $0.hasPrefix(expected) }, "\(failure.diagnostics)")
        }
    }
}

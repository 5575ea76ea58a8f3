import Foundation
import Testing
import TestSupport

/// Without a terminal there is no countdown: a long wait prints a line, so a CI log that goes
/// quiet is not mistaken for a hang; and Ctrl-C during a retry wait says what it interrupted.
@Suite("volley run, waits in a log")
struct WaitVisibilityTests {
    /// Answers the first request 429 with `Retry-After: retryAfter`, then 200.
    func server(retryAfter: Int) async throws -> ScenarioServer {
        let answers = ResponseSequence([.status(429, headers: [("retry-after", "\(retryAfter)")]), .json("{}")])
        return try await ScenarioServer.start(answers.handler)
    }

    func collection(_ server: ScenarioServer, in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: rate limited
            requests:
              - name: limited
                url: "\(server.baseURL)/limited"
            """, to: "limited.yaml")
    }

    @Test func aWaitOverTwoSecondsPrintsOneLineWhenItStarts() async throws {
        let server = try await server(retryAfter: 3)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()

        let result = try await runVolley(["run", try collection(server, in: dir)])

        #expect(result.exitCode == 0, "\(result)")
        let lines = (result.stdout + result.stderr).split(separator: "\n").filter { $0.contains("waiting 3s") }
        #expect(lines == ["  waiting 3s · 429 Too Many Requests: retry 1 of 2 in 3s (Retry-After)"], "\(result)")
        #expect(server.requests.count == 2)
    }

    /// Half a minute into a 55 s wait a second line says how long is left; then Ctrl-C. (55 s,
    /// just under the default max wait, leaves 25 s for the signal on a loaded machine.)
    @Test func ctrlCDuringARetryWaitSaysSoAndKeepsTheAttempt() async throws {
        let server = try await server(retryAfter: 55)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try collection(server, in: dir)

        let result = try await interruptedRun(
            ["run", file, "--report-json", dir.path("r.json")], whenStdoutContains: "still waiting", signal: SIGINT)

        #expect(result.exitCode == 130, "\(result)")
        let waitLines = result.stdout.split(separator: "\n").filter { $0.contains("waiting") && $0.contains("Retry-After") }
        #expect(waitLines == [
            "  waiting 55s · 429 Too Many Requests: retry 1 of 2 in 55s (Retry-After)",
            "  still waiting 25s · 429 Too Many Requests: retry 1 of 2 in 55s (Retry-After)",
        ], "\(result)")
        #expect(result.stdout.contains("interrupted (Ctrl-C) while waiting to retry after 429"), "\(result)")
        #expect(!result.stdout.contains("before sending"), "\(result)")
        #expect(server.requests.count == 1)
        let report = try dir.read("r.json")
        #expect(report.contains("interrupted (Ctrl-C) while waiting to retry after 429"))
        #expect(report.contains(#""status": 429"#), "the 429 attempt is still listed")
    }
}

import Testing
import TestSupport

/// Messages name the limit that fired and carry units, as the user reads them.
@Suite("limits and units in messages, end to end")
struct TimeoutMessageTests {
    @Test func aConnectTimeoutIsNamedWithItsOwnLimit() async throws {
        let listener = try FullBacklogListener()
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: unreachable
            requests:
              - name: r
                url: "http://127.0.0.1:\(listener.port)/"
            """, to: "c.yaml")

        let result = try await runVolley(["run", file, "--connect-timeout", "300ms", "--retry", "0"])

        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stdout.contains("timed out after 300ms (connect timeout): "), "\(result.stdout)")
        #expect(!result.stdout.contains("30s"))
    }

    /// The total timeout's wording is checked by `TransportFailureCommandTests`.
    @Test func aDurationFailureSaysMilliseconds() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse.text("late").delayed(by: .milliseconds(20)) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: slow
            requests:
              - name: quick enough
                url: "\(server.baseURL)/quick"
                expect:
                  duration: { lt: 1ms }
            """, to: "c.yaml")

        let result = try await runVolley(["run", file, "--report-junit", dir.path("r.xml")])

        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.contains(#/duration: expected lt 1 ms, actual \d+(\.\d+)? ms/#), "\(result.stdout)")
        let junit = try dir.read("r.xml")
        #expect(junit.contains("expected: lt 1 ms") && junit.contains(#/actual: +\d+(\.\d+)? ms/#), "\(junit)")
    }
}

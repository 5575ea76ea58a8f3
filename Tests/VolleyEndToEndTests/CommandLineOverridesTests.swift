import Foundation
import Testing
import TestSupport

/// An option typed for this run beats the shared collection's setting, and the note quotes the
/// setting that applied; `--retry-on` refuses what a collection's `retry.on` refuses.
@Suite("volley run, the command line over the collection")
struct CommandLineOverridesTests {
    /// A collection that retries a 503 three times, against a server that always answers 503.
    func sharedCollection(_ server: ScenarioServer, retry: String, in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: shared
            retry: \(retry)
            requests:
              - name: flaky
                url: "\(server.baseURL)/flaky"
            """, to: "shared.yaml")
    }

    @Test func retryZeroBeatsTheCollectionsRetryCount() async throws {
        let server = try await ScenarioServer.start { _ in .status(503) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try sharedCollection(server, retry: "{ count: 3 }", in: dir)

        let result = try await runVolley(["run", file, "--retry", "0"])

        #expect(server.requests.count == 1, "\(result)")
        #expect(result.stdout.contains(
            "note: not retried: 503 Service Unavailable after 1 attempt: retry count 0 (--retry)"), "\(result)")
    }

    @Test func withoutTheOptionTheCollectionsCountAppliesAndIsQuotedWithItsPlace() async throws {
        let server = try await ScenarioServer.start { _ in .status(503) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try sharedCollection(server, retry: "{ count: 1 }", in: dir)

        let result = try await runVolley(["run", file, "--retry-on", "503"])

        #expect(server.requests.count == 2, "\(result)")
        #expect(result.stdout.contains(
            "gave up after 2 attempts: 503 Service Unavailable; retry count 1 (retry.count at \(file):2:17)"),
            "\(result)")
    }

    @Test func timeoutBeatsTheRequestsOwnTimeout() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse.json("{}").delayed(by: .seconds(3)) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: patient
            requests:
              - name: slow
                url: "\(server.baseURL)/slow"
                timeout: 20s
            """, to: "patient.yaml")

        let result = try await runVolley(["run", file, "--timeout", "300ms", "--retry", "0"])

        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stdout.contains("timed out after 300ms"), "\(result)")
    }

    @Test func retryOn402IsRefusedInTheWordsOfTheCollectionError() async throws {
        let dir = try TemporaryDirectory()
        let plain = try dir.write("name: c\nrequests:\n  - name: r\n    url: http://127.0.0.1:1/\n", to: "plain.yaml")
        let retrying = try dir.write(
            "name: c\nrequests:\n  - name: r\n    url: http://127.0.0.1:1/\n    retry: { on: [402] }\n", to: "retrying.yaml")
        let reason = "status 402 (out of credits) stops the run and is never retried"

        let fromTheCommandLine = try await runVolley(["run", "--retry-on", "402", plain])
        let fromTheCollection = try await runVolley(["run", retrying])

        #expect(fromTheCommandLine.exitCode == 2, "\(fromTheCommandLine)")
        #expect(fromTheCommandLine.stderr.contains("--retry-on: \(reason)"), "\(fromTheCommandLine)")
        #expect(fromTheCollection.exitCode == 2)
        #expect(fromTheCollection.stderr.contains("\(retrying):5:19: error: \(reason)"), "\(fromTheCollection)")
    }
}

import Testing
import TestSupport
import VolleyCore
import VolleyRun

@Suite("a run session executes the plan against a real server")
struct RunSessionTests {
    private func collection(_ name: String, path: String = "/ok", expect status: Int = 200) -> String {
        """
        name: \(name)
        requests:
          - name: \(name) request
            url: "{{base_url}}\(path)?id={{id}}"
            expect:
              status: \(status)
        """
    }

    @Test func repeatsTimesRowsTimesCollectionsInOrderWithOneSharedEnvironment() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        try dir.write("variables:\n  base_url: \(server.baseURL)\n", to: "environments/dev.yaml")
        try dir.write(collection("a"), to: "a.yaml")
        try dir.write(collection("b"), to: "b.yaml")
        var configuration = RunConfiguration(paths: [dir.path])
        configuration.variables = VariableSettings(environment: "dev")
        configuration.repeatCount = 2
        configuration.iterationsData = try dir.write("id\n1\n2\n", to: "rows.csv")

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .success)
        #expect(observer.collectionsRun.map { "\($0.name)\($0.iteration)/\($0.of)" }
            == ["a1/4", "b1/4", "a2/4", "b2/4", "a3/4", "b3/4", "a4/4", "b4/4"])
        #expect(server.requests.map(\.uri) == ["1", "1", "2", "2", "1", "1", "2", "2"].map { "/ok?id=\($0)" })
    }

    @Test func bailHaltsTheRunAndReportsTheCollectionsItNeverReachedAsSkipped() async throws {
        let server = try await ScenarioServer.start { _ in .status(500) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        try dir.write(collection("a"), to: "a.yaml")
        try dir.write(collection("b"), to: "b.yaml")
        var configuration = RunConfiguration(paths: [dir.path("a.yaml"), dir.path("b.yaml")])
        configuration.variables = VariableSettings(commandLine: [("base_url", server.baseURL), ("id", "7")])
        configuration.bail = true

        let (outcome, observer, _) = try runSession(configuration)

        #expect(outcome.halted)
        #expect(ExitStatus(outcome) == .assertionFailed)
        #expect(observer.results.map(\.outcome) == [.failed, .skipped])
        #expect(server.requests.count == 1)
    }

    @Test func outOfCreditsStopsTheRunWithExitFour() async throws {
        let server = try await ScenarioServer.start { _ in .status(402) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        try dir.write(collection("a"), to: "a.yaml")
        try dir.write(collection("b"), to: "b.yaml")
        var configuration = RunConfiguration(paths: [dir.path])
        configuration.variables = VariableSettings(commandLine: [("base_url", server.baseURL), ("id", "7")])

        let (outcome, observer, _) = try runSession(configuration)

        #expect(observer.stops.map(\.reason) == [.outOfCredits])
        #expect(ExitStatus(outcome) == .quotaExhausted)
        #expect(server.requests.count == 1, "the second collection must not spend a request")
        #expect(observer.results.last?.outcome == .skipped)
    }

    @Test func aSecretCaptureAndACommandLineSecretNeverReachTheReport() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/login" ? .json(#"{"token": "tok-Very-Secret-42"}"#) : .json(#"{"echo": "\#(request.uri)"}"#)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        try dir.write("""
            name: login
            requests:
              - name: login
                url: "{{base_url}}/login"
                capture:
                  token: { json: "$.token", secret: true }
              - name: use
                url: "{{base_url}}/use?t={{token}}"
                expect:
                  json: { "$.echo": "/use?t=nope" }
            """, to: "login.yaml")
        var configuration = RunConfiguration(paths: [dir.path("login.yaml")])
        configuration.variables = VariableSettings(commandLine: [("base_url", server.baseURL)])
        configuration.secrets = SecretSettings(commandLine: ["other": "cli-Secret-Value-9"])
        configuration.commandLine = ["volley", "run", "--secret", "other=cli-Secret-Value-9"]
        configuration.reports = ReportDestinations(json: dir.path("out/report.json"))
        try configuration.reports.prepare()

        let secrets = SecretRegistry()
        let (outcome, observer, _) = try runSession(configuration, secrets: secrets)

        #expect(ExitStatus(outcome) == .assertionFailed)
        let report = try dir.read("out/report.json")
        #expect(report.contains("/use?t=***"), "\(report)")
        #expect(!report.contains("tok-Very-Secret-42"))
        #expect(!report.contains("cli-Secret-Value-9"))
        #expect(secrets.count(from: .capture) == 1)
        #expect(secrets.count(from: .commandLine) == 1)
        #expect(observer.results.allSatisfy { !"\($0)".contains("tok-Very-Secret-42") })
    }
}

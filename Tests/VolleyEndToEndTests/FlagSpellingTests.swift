import Foundation
import Testing
import TestSupport

/// The libraries word settings plainly; the `volley` binary passes its flag names in, so what a
/// user reads still names the option to change: `--var`, `--max-filesize`, `--bail`.
@Suite("messages name volley's flags")
struct FlagSpellingTests {
    /// Each test's own directory, kept as long as the test runs.
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
    }

    /// A one-file collection named `name`, with `body` under its name line.
    func collection(_ name: String, _ body: String) throws -> String {
        try dir.write("name: \(name)\n" + body, to: "\(name).yaml")
    }

    /// A collection of one request to `url`, with `settings` (collection keys) above it.
    func oneRequest(_ name: String, url: String, settings: String = "") throws -> String {
        try collection(name, settings + "requests:\n  - name: r\n    url: \"\(url)\"\n")
    }

    @Test func anUndefinedVariableSuggestsVar() async throws {
        let file = try oneRequest("hint", url: "http://{{host}}/x")

        let result = try await runVolley(["validate", file, "--var", "other=1"])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains(
            "undefined variable 'host' (define it under 'variables:', in an environment file, with --var host=..., "
                + "or capture it from an earlier request)"), "\(result)")
    }

    @Test func aBodyOverTheLimitNamesMaxFilesize() async throws {
        let server = try await ScenarioServer.start { _ in .text(String(repeating: "x", count: 4096)) }
        defer { try? server.shutdownBlocking() }
        let file = try oneRequest("big", url: server.baseURL + "/big")

        let result = try await runVolley(["run", file, "--max-filesize", "100"])

        #expect(result.exitCode == 3, "\(result)")
        #expect((result.stdout + result.stderr).contains(
            "response body larger than --max-filesize 100 bytes; transfer stopped"), "\(result)")
    }

    @Test func aVariableOfTheWrongShapeSaysItCameFromVar() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let file = try oneRequest(
            "shaped", url: server.baseURL + "/r?t={{token}}", settings: "key_shape: { token: \"^[a-z]{8}$\" }\n")

        let result = try await runVolley(["run", file, "--var", "token=SHORT"])

        #expect(result.stderr.contains("warning: 'token' (from --var) does not have the shape key_shape gives it at "),
            "\(result)")
    }

    @Test func aRequestSkippedUnderBailSaysSoInJUnit() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let file = try collection("bail", """
            requests:
              - name: fails
                url: "\(server.baseURL)/a"
                expect: { status: 500 }
              - name: skipped
                url: "\(server.baseURL)/b"
            """)

        let result = try await runVolley(["run", file, "--bail", "--report-junit", dir.path("r.xml")])

        #expect(result.exitCode == 1, "\(result)")
        let junit = try dir.read("r.xml")
        #expect(junit.contains(
            #"<skipped message="not run: an earlier request failed under --bail, or the run stopped"/>"#), "\(junit)")
    }
}

import Foundation
import Testing
import TestSupport

/// Scripts through the built binary: console lines under their request (hidden by `-q`) and in
/// the JSON report, secrets masked, a syntax error refused before anything is sent, a runaway
/// script stopped at `--script-timeout` while the run goes on.
@Suite("volley run with scripts, end to end")
struct ScriptRunTests {
    static let key = "0123456789abcdef0123456789abcdef"

    func withCollection(
        _ yaml: (String) -> String, _ body: (ScenarioServer, TemporaryDirectory, String) async throws -> Void
    ) async throws {
        let server = try await ScenarioServer.start { request in
            .json(#"{"n": 1}"#, status: request.header("apikey") == Self.key ? 200 : 401, headers: [("x-credits-remaining", "99")])
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write(yaml(server.baseURL), to: "s.yaml")
        try await body(server, dir, file)
    }

    @Test func consoleLinesShowUnderTheRequestMaskedAndInTheJSONReport() async throws {
        try await withCollection({ base in """
            name: s
            requests:
              - name: one
                url: "\(base)/one"
                headers:
                  apikey: "{{apikey}}"
                scripts:
                  after: |
                    console.log("left", pm.response.headers.get("x-credits-remaining"), "key", pm.variables.get("apikey"));
                    console.warn("careful");
                    pm.environment.set("token", "tok-" + "made-by-the-script");
                    console.log("tok-made-by-the-script");
                    pm.test("is ok", () => pm.response.to.be.ok);
            """ }) { _, dir, file in
            let report = dir.path("r.json")
            let result = try await runVolley(
                ["run", file, "--secret", "apikey=\(Self.key)", "--secret", "token=unused", "--report-json", report,
                 "--color", "never"])

            #expect(result.exitCode == 0, "\(result)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let one = try #require(lines.firstIndex { $0.hasPrefix("  ✔ one") }, "\(result.stdout)")
            #expect(Array(lines[(one + 1)...].prefix(3)) == ["      │ left 99 key ***", "      │ warn: careful", "      │ ***"])
            #expect(!result.stdout.contains(Self.key) && !result.stdout.contains("made-by-the-script"))
            let json = try String(contentsOfFile: report, encoding: .utf8)
            let compact = json.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
            #expect(compact.contains(#""console":[{"level":"log","text":"left99key***"},{"level":"warn","text":"careful"}"#), "\(json)")
            #expect(!json.contains(Self.key) && !json.contains("made-by-the-script"))

            let quiet = try await runVolley(["run", file, "--secret", "apikey=\(Self.key)", "-q", "--color", "never"])
            #expect(quiet.exitCode == 0)
            #expect(!quiet.stdout.contains("│"), "\(quiet.stdout)")
        }
    }

    @Test func aSyntaxErrorIsReportedAtItsYAMLPositionAndNothingIsSent() async throws {
        try await withCollection({ base in """
            name: s
            requests:
              - name: one
                url: "\(base)/one"
                scripts:
                  before: |
                    const a = 1;
                    if (a {
            """ }) { server, _, file in
            let validated = try await runVolley(["validate", file])
            #expect(validated.exitCode == 2, "\(validated)")
            #expect(validated.stderr.contains("s.yaml:8:15: error: script: SyntaxError: Unexpected token '{'"), "\(validated.stderr)")

            let run = try await runVolley(["run", file])
            #expect(run.exitCode == 2, "\(run)")
            #expect(server.requests.isEmpty)
        }
    }

    @Test func aRunawayScriptStopsAtTheScriptTimeoutAndTheRunGoesOn() async throws {
        try await withCollection({ base in """
            name: s
            requests:
              - name: loops
                url: "\(base)/loops"
                scripts:
                  before: "while (true) {}"
              - name: after
                url: "\(base)/after"
                headers:
                  apikey: "\(Self.key)"
            """ }) { server, _, file in
            let result = try await runVolley(["run", file, "--script-timeout", "200ms", "--color", "never"])

            // A script's failure is the collection's logic failing, as an undefined variable is: exit 1.
            #expect(result.exitCode == 1, "\(result)")
            // The CPU limit stops it, or on a loaded machine (where CPU time comes slower than wall time)
            // the wall-clock limit the same option sets: either way the script stops and the run goes on.
            let stopped = ["ran past its CPU time limit of 200 ms", "ran past its time limit of 1200 ms"].contains {
                result.stdout.contains("the before script was stopped: the script \($0)")
            }
            #expect(stopped, "\(result.stdout)")
            #expect(server.requests.map(\.path) == ["/after"])
        }
    }
}

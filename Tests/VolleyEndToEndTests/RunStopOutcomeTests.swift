import Foundation
import Testing
import TestSupport

/// The request whose 402, or 429 with no retry left, stopped the run failed: in the console, the
/// summary, every report and the GitHub annotations, unless it was written to expect that status.
@Suite("volley run: the request that stopped the run")
struct RunStopOutcomeTests {
    /// `/pay` answers 402 at zero credits, `/busy` 429 with a one-second `Retry-After`.
    func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            switch request.path {
            case "/pay": .json(#"{"message":"Insufficient credits"}"#, status: 402, headers: [("x-credits-remaining", "0")])
            case "/busy": .json("{}", status: 429, headers: [("Retry-After", "1")])
            default: .json("{}")
            }
        }
    }

    func collection(_ server: ScenarioServer, path: String, expect: String = "", in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: metered
            requests:
              - name: spend
                url: "\(server.baseURL)\(path)"\(expect)
              - name: after
                url: "\(server.baseURL)/after"
            """, to: "metered.yaml")
    }

    func reportArguments(_ dir: TemporaryDirectory) -> [String] {
        [
            "--report-json", dir.path("r.json"), "--report-junit", dir.path("r.xml"),
            "--report-markdown", dir.path("r.md"), "--report-html", dir.path("r.html"),
        ]
    }

    @Test(arguments: [
        ("/pay", [String](), "402 Payment Required: out of credits (credits 0); run stopped", "out_of_credits"),
        ("/busy", ["--retry", "1", "--max-retry-wait", "5s"],
         "rate limit exhausted: 429 Too Many Requests after 2 attempts: retry count 1 (--retry)", "quota_exhausted"),
    ])
    func theRequestThatStoppedTheRunFailsEverywhere(path: String, flags: [String], reason: String, type: String) async throws {
        let server = try await server()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try collection(server, path: path, in: dir)

        let result = try await runVolley(
            ["run", file] + flags + reportArguments(dir), environment: ["GITHUB_ACTIONS": "true"])

        #expect(result.exitCode == 4, "\(result)")
        #expect(result.stdout.contains("✘ spend"), "\(result)")
        #expect(result.stdout.contains("      ✘ " + reason), "\(result)")
        #expect(result.stdout.contains("2 requests: 0 passed, 1 failed, 1 skipped"), "\(result)")
        #expect(result.stdout.contains("::error file=\(file),line=3,col=5,title=metered / spend::" + reason), "\(result)")
        #expect(!server.requests.contains { $0.path == "/after" })

        let json = try JSONSerialization.jsonObject(with: Data(dir.read("r.json").utf8)) as? [String: Any]
        let request = ((json?["collections"] as? [[String: Any]])?.first?["requests"] as? [[String: Any]])?.first
        #expect(request?["outcome"] as? String == "failed")
        let stop = request?["stop"] as? [String: Any]
        #expect(stop?["reason"] as? String == type)
        #expect((stop?["message"] as? String)?.hasPrefix(reason) == true)
        #expect(try Validators.jsonSchema(json: dir.path("r.json"), schema: packageRoot() + "/schemas/volley-report-1.schema.json") == nil)

        let junit = try dir.read("r.xml")
        #expect(junit.contains(#"<testsuites name="volley" tests="2" failures="1" errors="0""#), "\(junit)")
        #expect(junit.contains(#"<failure type="\#(type)" message="\#(reason)"#), "\(junit)")
        #expect(try dir.read("r.md").contains("❌ Volley: 0 passed, 1 failed, 1 skipped"))
        #expect(try dir.read("r.md").contains(reason))
        #expect(try dir.read("r.html").contains(#"<div class="message">\#(reason)"#))
    }

    @Test func aRequestThatExpectsThe402Passes() async throws {
        let server = try await server()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try collection(server, path: "/pay", expect: "\n    expect: { status: 402 }", in: dir)

        let result = try await runVolley(["run", file, "--report-junit", dir.path("r.xml")])

        // The run still stops (no credits left), but the request got what it was written to get.
        #expect(result.exitCode == 4, "\(result)")
        #expect(result.stdout.contains("✔ spend"), "\(result)")
        #expect(result.stdout.contains("2 requests: 1 passed, 1 skipped"), "\(result)")
        #expect(try dir.read("r.xml").contains(#"failures="0""#))
    }
}

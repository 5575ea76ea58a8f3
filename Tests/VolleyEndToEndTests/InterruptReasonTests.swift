import Foundation
import Testing
import TestSupport

/// A run stopped by a signal says which one, in the console and the reports; the request
/// interrupted during its retry wait shows the status it was waiting after.
@Suite("volley run, interrupted by a signal")
struct InterruptReasonTests {
    @Test(arguments: [(SIGINT, "interrupted (Ctrl-C)"), (SIGTERM, "interrupted (SIGTERM)"), (SIGHUP, "interrupted (SIGHUP)")])
    func theReportsNameTheSignal(signal: Int32, words: String) async throws {
        let answers = ResponseSequence([.status(429, headers: [("retry-after", "45")]), .json("{}")])
        let server = try await ScenarioServer.start(answers.handler)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: rate limited
            requests:
              - name: limited
                url: "\(server.baseURL)/limited"
            """, to: "limited.yaml")

        let result = try await interruptedRun(
            ["run", file, "--report-json", dir.path("r.json"), "--report-junit", dir.path("r.xml")],
            whenStdoutContains: "waiting 45s", signal: signal)

        #expect(result.exitCode == 130, "\(result)")
        #expect(result.stdout.contains("\(words) while waiting to retry after 429"), "\(result)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("! limited") }, "\(result)")
        #expect(line.hasSuffix("GET     429"), "\(line)")
        let json = try JSONSerialization.jsonObject(with: Data(dir.read("r.json").utf8)) as? [String: Any]
        #expect((json?["run"] as? [String: Any])?["partialReason"] as? String == words)
        #expect(try dir.read("r.xml").contains(#"<property name="volley.partialReason" value="\#(words)"/>"#))
    }
}

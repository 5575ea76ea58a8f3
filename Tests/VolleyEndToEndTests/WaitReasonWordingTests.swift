import Foundation
import Testing
import TestSupport

/// An attempt carries why it waited as a value; the reports word it with the command line's
/// names for the settings, so the run's rate holding a host in the JSON report names `--rate`.
@Suite("volley run, wait reasons worded by the reports")
struct WaitReasonWordingTests {
    @Test func aPacingWaitInTheJSONReportNamesTheRateFlag() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: paced
            requests:
              - name: search
                url: "\(server.baseURL)/search"
                quota_group: search
              - name: collect
                url: "\(server.baseURL)/collect"
                quota_group: collect
            """, to: "paced.yaml")

        let result = try await runVolley(["run", file, "--rate", "4/s", "--report-json", dir.path("r.json")])

        #expect(result.exitCode == 0, "\(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(dir.read("r.json").utf8)) as? [String: Any])
        let requests = try #require((report["collections"] as? [[String: Any]])?.first?["requests"] as? [[String: Any]])
        let waited = requests.flatMap { ($0["attempts"] as? [[String: Any]]) ?? [] }
            .filter { $0["waitReason"] is String }
        // Each group has a token to spare; the host's bucket at the run's rate holds the second.
        #expect(!waited.isEmpty, "two requests to one host at 4/s: the second waited")
        for attempt in waited {
            #expect(attempt["waitReason"] as? String == "pacing 127.0.0.1:\(server.port) to --rate 4/s", "\(attempt)")
            #expect((attempt["waitCause"] as? [String: Any])?["kind"] as? String == "pacing")
        }
    }
}

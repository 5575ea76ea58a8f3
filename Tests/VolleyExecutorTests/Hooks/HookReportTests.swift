import Testing
import TestSupport
import VolleyCore
import VolleyJSON
import VolleyReporter
@testable import VolleyExecutor

/// What hooks decide in a real run reaches the reports: the console and the JSON report show a
/// hook's failed check and its reason for skipping a request.
@Suite("hook results in the reports of a real run", .serialized)
struct HookReportTests {
    @Test func aHookCheckAndAHookSkipShowInTheConsoleAndTheJSONReport() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: hooks
            requests:
              - name: made
                url: "{{base}}/made"
              - name: paid
                url: "{{base}}/paid"
            """)

        let (results, _) = try run(c, variables: ["base": server.baseURL], hooks: [SkipHook(["paid"]), StatusCheckHook()])

        #expect(server.requests.map(\.path) == ["/made"])
        let made = try #require(results.result("made"))
        let paid = try #require(results.result("paid"))
        let console = ConsoleReporter(style: ConsoleStyle(colors: false))
        #expect(console.format(made).hasSuffix("\n      ✘ status is 201: got 200  (test.yaml:3:5)"), "\(console.format(made))")
        #expect(console.format(paid).hasSuffix(" skipped: skipped by the test hook"), "\(console.format(paid))")

        var recorder = VolleyReporter.RunRecorder(metadata: RunMetadata(startedAt: "2026-01-01T00:00:00Z", commandLine: ["volley", "run"], collectionFiles: ["test.yaml"]))
        recorder.beginCollection(name: c.name, file: "test.yaml")
        for result in results.results { recorder.record(result) }
        let doc = try JSONValue.parse(JSONReport().render(recorder.finish(RunEnd(duration: .zero, exitCode: 1))))
        let first = try #require(request(0, of: doc))
        #expect(first["outcome"] == "failed")
        #expect(first["hookAssertions"].map { Self.withoutLocations($0) } == [["name": "status is 201", "passed": false, "message": "got 200"]])
        #expect(first["skipReason"] == .null)
        let second = try #require(request(1, of: doc))
        #expect(second["outcome"] == "skipped")
        #expect(second["skipReason"] == "skipped by the test hook")
        #expect(second["hookAssertions"] == [])
    }

    /// The JSON report's `collections[0].requests[index]`.
    private func request(_ index: Int, of doc: JSONValue) -> JSONObject? {
        guard case .object(let root) = doc, case .array(let collections)? = root["collections"],
            case .object(let collection)? = collections.first, case .array(let requests)? = collection["requests"],
            requests.indices.contains(index), case .object(let request) = requests[index]
        else { return nil }
        return request
    }

    /// The checks without their `location` (a collection's line numbers are not the point here).
    private static func withoutLocations(_ checks: JSONValue) -> JSONValue {
        guard case .array(let items) = checks else { return checks }
        return .array(items.map { item in
            guard case .object(var object) = item else { return item }
            object["location"] = nil
            return .object(object)
        })
    }
}

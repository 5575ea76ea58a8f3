import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// A 19-digit id captured from a response goes back to the server with every digit.
@Suite("64-bit ids through a run")
struct ExactIntegerRunTests {
    @Test func aCapturedSnowflakeIdKeepsEveryDigitInTheURLAndTheBody() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.path {
            case "/search": .json(#"{"items": [{"id": 1234567890123456789}]}"#)
            default: .json(request.bodyText.isEmpty ? "null" : request.bodyText)
            }
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: ids
            requests:
              - name: search
                url: "{{base}}/search"
                expect:
                  json:
                    "$.items[0].id": 1234567890123456789
                capture:
                  id: { json: "$.items[0].id" }
              - name: collect
                method: POST
                url: "{{base}}/collect/{{id}}"
                json: { id: "{{id}}", ids: ["{{id}}"] }
                expect:
                  json:
                    "$.id": 1234567890123456788
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(recorder.result("search")?.outcome == .passed)
        #expect(recorder.result("search")?.captures.first?.value == .integer(1_234_567_890_123_456_789))
        let sent = try #require(server.requests.last)
        #expect(sent.uri == "/collect/1234567890123456789")
        #expect(sent.bodyText == #"{"id":1234567890123456789,"ids":[1234567890123456789]}"#)
        #expect(outcome.failed == 1, "equals …788 must fail against …789")
        let failed = try #require(recorder.result("collect")?.assertions.first)
        #expect(!failed.passed)
        #expect(failed.actual?.jsonText == "1234567890123456789")
    }
}

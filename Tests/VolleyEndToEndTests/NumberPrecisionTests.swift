import Testing
import TestSupport

/// 64-bit ids, end to end: captured from a response, sent back in a URL and a JSON body, compared
/// by assertions and written in every report without losing a digit.
@Suite("64-bit integers, end to end")
struct NumberPrecisionTests {
    @Test func aSnowflakeIdKeepsEveryDigitFromCaptureToServerAndReports() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.path {
            case "/search": .json(#"[{"id": 1234567890123456789}]"#)
            default: .json(request.bodyText.isEmpty ? "null" : request.bodyText)
            }
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: snowflakes
            requests:
              - name: search
                url: "\(server.baseURL)/search"
                capture:
                  id: { json: "$[0].id" }
              - name: collect
                method: POST
                url: "\(server.baseURL)/collect/{{id}}"
                json: { id: "{{id}}" }
                expect:
                  json:
                    "$.id": 1234567890123456788
            """, to: "ids.yaml")

        let result = try await runVolley([
            "run", file, "--report-json", dir.path("r.json"), "--report-junit", dir.path("r.xml"),
            "--report-markdown", dir.path("r.md"), "--report-html", dir.path("r.html"),
        ])

        #expect(result.exitCode == 1, "equals …788 must fail against …789: \(result)")
        let sent = try #require(server.requests.last)
        #expect(sent.uri == "/collect/1234567890123456789")
        #expect(sent.bodyText == #"{"id":1234567890123456789}"#)
        let failure = #"json $.id: expected equals 1234567890123456788, actual 1234567890123456789"#
        #expect(result.stdout.contains(failure), "\(result.stdout)")
        let json = try dir.read("r.json")
        #expect(json.contains(#""value": 1234567890123456789"#), "the capture, exact")
        #expect(json.contains(#""expected": 1234567890123456788"#))
        #expect(json.contains(#""actual": 1234567890123456789"#))
        #expect(!json.contains("e+18"))
        for report in ["r.xml", "r.md", "r.html"] {
            let text = try dir.read(report)
            #expect(text.contains("1234567890123456789") && !text.contains("e+18"), "\(report)")
        }
    }
}

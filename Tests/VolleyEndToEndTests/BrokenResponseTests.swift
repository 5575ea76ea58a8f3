import Foundation
import Testing
import TestSupport

/// A response that broke off after its headers says so (not "connection reset", not "timed out
/// before a response"), and is sent again only when that is safe: the server acted on it, so a
/// POST is not repeated.
@Suite("volley run, a response cut off after its headers")
struct BrokenResponseTests {
    static let cutOff = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n12345"

    func collection(_ base: String, method: String, in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: broken
            requests:
              - name: cut
                method: \(method)
                url: "\(base)/"
            """, to: "broken.yaml")
    }

    @Test func anIdempotentRequestIsRetriedAndTheCutIsNamed() async throws {
        let server = try await RawReplyServer(reply: Self.cutOff)
        defer { Task { try? await server.shutdown() } }
        let dir = try TemporaryDirectory()
        let file = try collection(server.baseURL, method: "GET", in: dir)

        let result = try await runVolley(["run", file, "--retry", "1", "--verbose", "--report-json", dir.path("r.json")])

        #expect(result.exitCode == 3, "\(result)")
        #expect(server.repliesSent == 2)
        #expect(result.stdout.contains("connection lost: response body cut off after 5 bytes"), "\(result)")
        // The retry's line names the retry; the cut it follows is on the line above, said once.
        #expect(result.stdout.contains("attempt 2 after "), "\(result)")
        #expect(result.stdout.contains(" (retry 1 of 1, backoff): connection lost: response body cut off after 5 bytes"), "\(result)")
        #expect(result.stdout.contains("; gave up after 2 attempts (retry count 1, --retry)\n"), "\(result)")
        #expect(!result.stdout.contains("not retried"), "\(result)")
        // The host's summary counts the retries by what called for them, not as the limit's.
        #expect(result.stdout.contains(": 1 retry: 1 after a cut-off body · waited "), "\(result)")
        #expect(!result.stdout.contains("connection reset"), "\(result)")
        let report = try dir.read("r.json")
        #expect(report.contains(#""bodyBytes":5"#) || report.contains(#""bodyBytes": 5"#), "\(report)")
        #expect(report.contains("cut_off_after_headers"), "\(report)")
        #expect(try Validators.jsonSchema(json: dir.path("r.json"), schema: packageRoot() + "/schemas/volley-report-1.schema.json") == nil)
    }

    @Test func aPostWhoseAnswerBrokeOffIsNotSentAgain() async throws {
        let server = try await RawReplyServer(reply: Self.cutOff)
        defer { Task { try? await server.shutdown() } }
        let dir = try TemporaryDirectory()
        let file = try collection(server.baseURL, method: "POST", in: dir)

        let result = try await runVolley(["run", file, "--retry", "2"])

        #expect(result.exitCode == 3, "\(result)")
        #expect(server.repliesSent == 1)
        #expect(
            result.stdout.contains(
                "not retried: response body cut off after 5 bytes: the server had begun its answer, so it acted on the POST, "
                    + "which is not idempotent: not sent again (set idempotent: true to allow)"),
            "\(result)")
    }

    @Test func aTimeoutAfterTheHeadersSaysTheHeadersArrived() async throws {
        let server = try await RawReplyServer(reply: Self.cutOff, keepOpen: true)
        defer { Task { try? await server.shutdown() } }
        let dir = try TemporaryDirectory()
        let file = try collection(server.baseURL, method: "GET", in: dir)

        let result = try await runVolley(["run", file, "--retry", "0", "--timeout", "500ms"])

        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stdout.contains("timed out after the headers arrived (5 bytes of body, "), "\(result)")
        #expect(!result.stdout.contains("before a response"), "\(result)")
    }
}

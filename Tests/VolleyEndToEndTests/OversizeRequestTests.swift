import Foundation
import Testing
import TestSupport

/// Requests past libcurl's fixed limits are refused in words, with the size given and the limit
/// passed, not as libcurl's "Out of memory" or "bad argument"; nothing is sent (exit 2).
@Suite("volley run, a request too large for libcurl")
struct OversizeRequestTests {
    /// Runs one request whose URL ends in `urlTail` and that sends `headers`.
    func run(urlTail: String = "", headers: String = "{}") async throws -> (ProcessResult, sent: Int) {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: big
            requests:
              - name: huge
                url: "\(server.baseURL)/\(urlTail)"
                headers: \(headers)
            """, to: "big.yaml")
        return (try await runVolley(["run", file]), server.requests.count)
    }

    @Test func aHeaderOverLibcurlsLimitIsNamedWithItsSize() async throws {
        let (result, sent) = try await run(headers: "{ x-big: \"\(String(repeating: "a", count: 2_000_000))\" }")

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.contains("the request headers are 2.0 MB (header 'x-big' 2.0 MB); libcurl refuses"), "\(result)")
        #expect(!result.stdout.contains("Out of memory"), "\(result)")
        #expect(sent == 0)
    }

    @Test func aURLOverLibcurlsLimitIsNamedWithItsSize() async throws {
        let (result, sent) = try await run(urlTail: "?q=" + String(repeating: "a", count: 8_100_000))

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.contains("the URL is 8.1 MB; libcurl refuses URLs over 8000000 bytes; nothing was sent"), "\(result)")
        #expect(!result.stdout.contains("bad argument"), "\(result)")
        #expect(sent == 0)
    }
}

import Foundation
import Testing
import TestSupport

/// A server that answers with something other than HTTP: the request was sent, so this is a
/// request that could not complete (exit 3), never an invalid collection (exit 2).
@Suite("volley run, a reply that is not HTTP")
struct NonHTTPReplyTests {
    @Test func garbageInsteadOfHTTPExitsThreeAndJUnitSaysItCouldNotComplete() async throws {
        let server = try await RawReplyServer(reply: "garbage\r\n\r\n")
        defer { Task { try? await server.shutdown() } }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: odd server
            requests:
              - name: garbled
                url: "\(server.baseURL)/"
            """, to: "odd.yaml")

        let result = try await runVolley(["run", file, "--retry", "0", "--report-junit", dir.path("r.xml")])

        #expect(result.exitCode == 3, "\(result)")
        #expect(server.repliesSent == 1)
        #expect(result.stdout.contains("could not complete: the reply is not HTTP: Received HTTP/0.9"), "\(result)")
        let junit = try dir.read("r.xml")
        #expect(junit.contains(#"<error type="transport" message="could not complete: the reply is not HTTP"#), "\(junit)")
        #expect(!junit.contains("template"), "\(junit)")
    }
}

import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// libcurl uses the same codes for a URL it refuses and for a reply it cannot read as HTTP; only
/// the first is the collection's fault (exit 2), the second was sent (exit 3).
@Suite("how libcurl failures are classified")
struct TransportErrorKindTests {
    @Test(arguments: ["garbage\r\n\r\n", "HTTP/1.1 abc\r\n\r\n"])
    func aReplyThatIsNotHTTPIsAnInvalidResponse(reply: String) async throws {
        let server = try await RawReplyServer(reply: reply)
        let transport = try CurlTransport()

        let error = #expect(throws: TransportError.self) {
            try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/"))
        }

        #expect(error?.kind == .invalidResponse, "\(String(describing: error))")
        #expect(server.repliesSent == 1)
        try await server.shutdown()
    }

    @Test func aSchemeRefusedBeforeSendingIsStillAnInvalidRequest() throws {
        let transport = try CurlTransport()

        let error = #expect(throws: TransportError.self) {
            try transport.perform(TransportRequest(method: "GET", url: "ftp://127.0.0.1:1/"))
        }

        #expect(error?.kind == .invalidRequest)
        #expect(error?.curlCode == 1)
    }
}

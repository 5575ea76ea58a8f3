import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// A body over the size limit stops the transfer, and the message names the limit plainly or as
/// the front end spells it.
@Suite("response body size limit")
struct BodyLimitTests {
    @Test func aBodyOverTheLimitStopsAndNamesTheLimit() async throws {
        let body = String(repeating: "x", count: 4096)
        let server = try await RawReplyServer(reply: "HTTP/1.1 200 OK\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
        let request = TransportRequest(method: "GET", url: server.baseURL + "/", settings: TransportSettings(maxBodyBytes: 100))

        let error = try #require(throws: TransportError.self) { try CurlTransport().perform(request) }
        try await server.shutdown()

        #expect(error.bodyLimit == 100)
        #expect(error.message(for: request)
            == "request failed: response body larger than the max body size (100 bytes); transfer stopped (curl error 63)")
        #expect(error.message(for: request, names: SettingNames([.maxBodySize: "--max-filesize"]))
            == "request failed: response body larger than --max-filesize 100 bytes; transfer stopped (curl error 63)")
    }
}

import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

@Suite("libcurl transport against a real server")
struct CurlTransportTests {
    @Test func getReturnsStatusHeadersBodyAndTimings() async throws {
        let server = try await ScenarioServer.start { _ in
            .json(#"{"ok":true}"#, headers: [("X-Custom", "yes")])
        }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport()

        let exchange = try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/thing?x=1"))

        #expect(exchange.response.status == 200)
        #expect(exchange.response.httpVersion == "HTTP/1.1")
        #expect(exchange.response.headers.value(of: "x-custom") == "yes")
        #expect(exchange.response.bodyText == #"{"ok":true}"#)
        #expect(exchange.timings.total > 0)
        #expect(exchange.timings.total >= exchange.timings.dns + exchange.timings.connect + exchange.timings.ttfb)
        #expect(exchange.newConnections == 1)
        #expect(server.requests.first?.uri == "/thing?x=1")
    }

    @Test func sentRequestShowsTheHeaderLinesLibcurlWrote() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport(userAgent: "volley-test")

        let exchange = try transport.perform(TransportRequest(
            method: "POST", url: server.baseURL + "/items",
            headers: [HTTPHeader(name: "Content-Type", value: "application/json"), HTTPHeader(name: "apikey", value: "k1")],
            body: Array(#"{"a":1}"#.utf8)))

        let sent = exchange.sent.headers
        #expect(sent.value(of: "Host") == "127.0.0.1:\(server.port)")
        #expect(sent.value(of: "User-Agent") == "volley-test")
        #expect(sent.value(of: "Content-Length") == "7")
        #expect(sent.value(of: "apikey") == "k1")
        #expect(sent.value(of: "Expect") == nil)
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.bodyText == #"{"a":1}"#)
        #expect(received.header("apikey") == "k1")
    }

    @Test func withoutRecordingTheSentHeadersAreTheOnesAskedFor() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport(userAgent: "volley-test")
        var settings = TransportSettings()
        settings.recordSentHeaders = false

        let exchange = try transport.perform(TransportRequest(
            method: "GET", url: server.baseURL + "/a", headers: [HTTPHeader(name: "apikey", value: "k1")], settings: settings))

        // No debug callback: libcurl's own Host and User-Agent are not seen, yet they were sent.
        #expect(exchange.sent.headers == [HTTPHeader(name: "apikey", value: "k1")])
        #expect(server.requests.first?.header("user-agent") == "volley-test")
        #expect(server.requests.first?.header("apikey") == "k1")
    }

    @Test("every method reaches the server as written", arguments: ["GET", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD", "PURGE"])
    func methods(method: String) async throws {
        let server = try await ScenarioServer.start { _ in .text("hello") }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport()

        let exchange = try transport.perform(TransportRequest(method: method, url: server.baseURL + "/m"))

        #expect(server.requests.first?.method == method)
        #expect(exchange.response.bodyText == (method == "HEAD" ? "" : "hello"))
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        let server = try await ScenarioServer.start { _ in .json("[]") }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport()

        var opened = 0
        for i in 0..<5 {
            opened += try transport.perform(TransportRequest(method: i % 2 == 0 ? "GET" : "POST", url: server.baseURL + "/\(i)", body: i % 2 == 0 ? [] : [1, 2])).newConnections
        }

        #expect(server.connectionCount == 1)
        #expect(opened == 1)
        #expect(Set(server.requests.map(\.connectionID)).count == 1)
    }

    @Test func connectionRefusedIsAConnectError() async throws {
        // A bound port that does not listen: nothing accepts there, and no other test can take it.
        let closed = try RefusingPort()
        defer { withExtendedLifetime(closed) {} }  // the port stays ours until the test ends
        let port = closed.port
        let transport = try CurlTransport()

        let error = #expect(throws: TransportError.self) {
            try transport.perform(TransportRequest(method: "GET", url: "http://127.0.0.1:\(port)/"))
        }

        #expect(error?.kind == .connect)
        #expect(error?.curlCode == 7)
    }

    @Test func slowServerTimesOut() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse.text("late").delayed(by: .seconds(5)) }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport()

        let error = #expect(throws: TransportError.self) {
            try transport.perform(TransportRequest(
                method: "GET", url: server.baseURL + "/slow", settings: TransportSettings(timeout: .milliseconds(300))))
        }

        #expect(error?.kind == .timeout)
        #expect(error?.curlCode == 28)
    }

    @Test func redirectsAreFollowedOnlyWhenAsked() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/old" ? .status(302, headers: [("Location", "/new")]) : .text("new place")
        }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport()

        let plain = try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/old"))
        let followed = try transport.perform(TransportRequest(
            method: "GET", url: server.baseURL + "/old", settings: TransportSettings(followRedirects: true)))

        #expect(plain.response.status == 302)
        #expect(followed.response.status == 200)
        #expect(followed.response.bodyText == "new place")
        #expect(followed.sent.url == server.baseURL + "/new")
        #expect(followed.response.headers.value(of: "Location") == nil)
    }
}

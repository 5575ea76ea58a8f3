import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

@Suite("transport settings and factory against a real server", .serialized)
struct TransportSettingsTests {
    @Test func eachRequestCarriesItsOwnHTTPVersion() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let transport: any Transport = try CurlTransport()

        _ = try transport.perform(TransportRequest(
            method: "GET", url: server.baseURL + "/old", settings: TransportSettings(httpVersion: .http1_0)))
        _ = try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/new"))

        #expect(server.requests.map(\.version) == ["HTTP/1.0", "HTTP/1.1"])
    }

    @Test func aProxyReceivesTheRequestInAbsoluteForm() async throws {
        // The proxy is a real loopback server; the target host is never resolved (`.invalid`).
        let proxy = try await ScenarioServer.start { _ in .text("from the proxy") }
        defer { try? proxy.shutdownBlocking() }
        let transport = try CurlTransport()

        let exchange = try transport.perform(TransportRequest(
            method: "GET", url: "http://upstream.invalid/page?x=1", settings: TransportSettings(proxy: proxy.baseURL)))

        #expect(exchange.response.bodyText == "from the proxy")
        #expect(proxy.requests.first?.uri == "http://upstream.invalid/page?x=1")
    }

    @Test func theFactoryGivesEachWorkerItsOwnTransport() async throws {
        let server = try await ScenarioServer.start { request in .text(request.path) }
        defer { try? server.shutdownBlocking() }
        let factory = TransportFactory.curl(userAgent: "volley-worker")

        // Two workers at once, each on its own handle and its own kept-alive connection.
        let bodies = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<2 {
                group.addTask {
                    let transport = try factory.makeTransport()
                    return try (0..<3).map { i in
                        try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/w\(worker)/\(i)"))
                            .response.bodyText
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }

        #expect(bodies.sorted() == ["/w0/0", "/w0/1", "/w0/2", "/w1/0", "/w1/1", "/w1/2"])
        #expect(server.connectionCount == 2)
        #expect(server.requests.allSatisfy { $0.header("user-agent") == "volley-worker" })
    }

    @Test func theRunnerSendsThroughTheTransportItIsGiven() async throws {
        let server = try await ScenarioServer.start { request in .text(request.header("user-agent") ?? "") }
        defer { try? server.shutdownBlocking() }
        let transport = try TransportFactory.curl(userAgent: "given-transport").makeTransport()
        let runner = CollectionRunner(options: RunOptions(), transport: transport)
        var scopes = VariableScopes()
        scopes.set("base", to: .string(server.baseURL), in: .commandLine)
        let c = try collection("""
            name: given
            requests:
              - { name: one, url: "{{base}}/one", expect: { body: given-transport } }
            """)

        let outcome = runner.run(c, variables: scopes, observer: RunRecorder())

        #expect(outcome.passed == 1)
    }
}

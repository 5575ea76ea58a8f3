import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// A timeout says which limit fired: the connect timeout or the total one.
@Suite("which timeout fired")
struct TimeoutLimitTests {
    let short = TransportSettings(timeout: .seconds(30), connectTimeout: .milliseconds(500))

    @Test func classification() {
        #expect(TimeoutLimit.fired(connected: false, elapsed: .milliseconds(501), settings: short) == .connect)
        #expect(TimeoutLimit.fired(connected: true, elapsed: .seconds(30), settings: short) == .total)
        let longConnect = TransportSettings(timeout: .milliseconds(700), connectTimeout: .seconds(2))
        #expect(TimeoutLimit.fired(connected: false, elapsed: .milliseconds(702), settings: longConnect) == .total,
            "a total limit shorter than the connect limit fires while connecting")
        let equal = TransportSettings(timeout: .seconds(1), connectTimeout: .seconds(1))
        #expect(TimeoutLimit.fired(connected: false, elapsed: .seconds(1), settings: equal) == .total)
    }

    @Test func aFullBacklogIsAConnectTimeoutNamedWithItsLimit() throws {
        let listener = try FullBacklogListener()
        let request = TransportRequest(
            method: "GET", url: "http://127.0.0.1:\(listener.port)/",
            settings: TransportSettings(timeout: .seconds(30), connectTimeout: .milliseconds(300)))

        let error = try #require(throws: TransportError.self) { try CurlTransport().perform(request) }

        #expect(error.kind == .timeout)
        #expect(error.timeoutLimit == .connect)
        #expect(error.message(for: request).hasPrefix("timed out after 300ms (connect timeout): "), "\(error.message(for: request))")
    }

    @Test func aTotalLimitShorterThanTheConnectLimitIsNamedAsTheTotal() throws {
        let listener = try FullBacklogListener()
        let request = TransportRequest(
            method: "GET", url: "http://127.0.0.1:\(listener.port)/",
            settings: TransportSettings(timeout: .milliseconds(300), connectTimeout: .seconds(2)))

        let error = try #require(throws: TransportError.self) { try CurlTransport().perform(request) }

        #expect(error.timeoutLimit == .total)
        #expect(error.message(for: request).hasPrefix("timed out after 300ms (total timeout): "), "\(error.message(for: request))")
    }

    @Test func aSlowResponseOnAReusedConnectionIsATotalTimeout() async throws {
        let server = try await ScenarioServer.start { request in
            ScenarioResponse.text("late").delayed(by: .milliseconds(request.path == "/slow" ? 5000 : 0))
        }
        defer { try? server.shutdownBlocking() }
        let transport = try CurlTransport()
        let options = TransportSettings(timeout: .milliseconds(400), connectTimeout: .milliseconds(300))
        _ = try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/fast", settings: options))
        let slow = TransportRequest(method: "GET", url: server.baseURL + "/slow", settings: options)

        let error = try #require(throws: TransportError.self) { try transport.perform(slow) }

        #expect(error.timeoutLimit == .total)
        #expect(error.message(for: slow).hasPrefix("timed out after 400ms (total timeout): "), "\(error.message(for: slow))")
    }

    @Test func theRunnerNamesTheLimitInTheRequestsError() throws {
        let listener = try FullBacklogListener()
        let c = try collection("""
            name: slow connect
            requests:
              - name: r
                url: "http://127.0.0.1:\(listener.port)/"
            """)
        var options = RunOptions()
        options.transport = TransportSettings(timeout: .milliseconds(300), connectTimeout: .seconds(2))
        options.retry.maxRetries = 0

        let (recorder, _) = try run(c, options: options)

        let message = try #require(recorder.result("r")?.failure?.message)
        #expect(message.hasPrefix("timed out after 300ms (total timeout): "), "\(message)")
    }
}

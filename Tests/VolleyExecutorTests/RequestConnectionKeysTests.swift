import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// A request's own `http_version:`, `proxy:`, `user_agent:`, `follow_redirects:` and
/// `max_redirects:` as they reach the server, and `expect: version:` / `redirects:` / `url:`.
@Suite("a request's connection keys against a real server", .serialized)
struct RequestConnectionKeysTests {
    @Test func versionProxyAndUserAgentReachTheWire() async throws {
        let server = try await ScenarioServer.start { request in .text(request.version) }
        defer { try? server.shutdownBlocking() }
        let proxy = try await ScenarioServer.start { request in .text("proxied " + request.uri) }
        defer { try? proxy.shutdownBlocking() }
        let c = try collection("""
            name: keys
            requests:
              - { name: old, url: "{{base}}/old", http_version: "1.0", expect: { version: "1.0", body: HTTP/1.0 } }
              - { name: new, url: "{{base}}/new", http_version: 1.1, expect: { version: 1.1 } }
              - { name: agent, url: "{{base}}/agent", user_agent: "bot/{{n}}" }
              - { name: proxied, url: "http://upstream.invalid/x", proxy: "{{proxy}}", expect: { body: proxied http://upstream.invalid/x } }
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL, "n": "3", "proxy": proxy.baseURL])

        #expect(outcome.passed == 4, "\(recorder.results.flatMap(\.assertions).compactMap(\.message))")
        #expect(server.requests.map(\.version) == ["HTTP/1.0", "HTTP/1.1", "HTTP/1.1"])
        #expect(server.requests.last?.header("user-agent") == "bot/3")
        #expect(proxy.requests.count == 1)
    }

    @Test func redirectsAreFollowedPerRequestUpToItsOwnLimit() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.path {
            case "/a": .status(302, headers: [("Location", "/b")])
            case "/b": .status(301, headers: [("Location", "/c")])
            default: .text("end")
            }
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: redirects
            requests:
              - name: followed
                url: "{{base}}/a"
                follow_redirects: true
                expect: { redirects: 2, url: "{{base}}/c", body: end }
              - { name: not-followed, url: "{{base}}/a", expect: { status: 302, redirects: 0 } }
              - { name: too-many, url: "{{base}}/a", follow_redirects: true, max_redirects: 1 }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        #expect(recorder.result("followed")?.assertions.allSatisfy(\.passed) == true)
        #expect(recorder.result("followed")?.redirects.count == 2)
        #expect(recorder.result("not-followed")?.assertions.allSatisfy(\.passed) == true)
        #expect(recorder.result("too-many")?.failure?.message.contains("too many redirects: more than 1") == true)
    }

    @Test func aCommandLineHeaderReplacesTheCollectionsAndReachesEveryRequest() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: headers
            requests:
              - { name: one, url: "{{base}}/1", headers: { X-Env: collection } }
              - { name: two, url: "{{base}}/2" }
            """)
        var options = RunOptions()
        options.transport.extraHeaders = [HTTPHeader(name: "X-Env", value: "cli")]

        _ = try run(c, variables: ["base": server.baseURL], options: options)

        #expect(server.requests.map { $0.headerValues("x-env") } == [["cli"], ["cli"]])
    }
    @Test func connectionKeysInDefaultsReachEveryRequestBelowAndTheNearestWins() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.path {
            case "/hop": .status(302, headers: [("Location", "/end")])
            default: .text(request.version)
            }
        }
        defer { try? server.shutdownBlocking() }
        let proxy = try await ScenarioServer.start { request in .text("proxied " + request.uri) }
        defer { try? proxy.shutdownBlocking() }
        let c = try collection("""
            name: defaults
            defaults:
              http_version: "1.0"
              user_agent: "collection/{{n}}"
              compressed: true
              follow_redirects: true
            requests:
              - { name: inherits, url: "{{base}}/hop", expect: { redirects: 1, version: "1.0" } }
              - { name: own, url: "{{base}}/own", http_version: "1.1", follow_redirects: false, user_agent: request }
              - name: folder
                defaults: { user_agent: folder, max_redirects: 0, proxy: "{{proxy}}" }
                requests:
                  - { name: nested, url: "http://upstream.invalid/x", expect: { body: proxied http://upstream.invalid/x } }
                  - { name: capped, url: "{{base}}/hop", proxy: "{{proxy}}", no_proxy: "127.0.0.1" }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL, "n": "7", "proxy": proxy.baseURL])

        #expect(recorder.result("inherits")?.assertions.allSatisfy(\.passed) == true, "\(recorder.results.map(\.assertions))")
        #expect(recorder.result("nested")?.assertions.allSatisfy(\.passed) == true)
        #expect(recorder.result("capped")?.failure?.message.contains("too many redirects: more than 0") == true)
        // /hop and /end (inherited), /own, then /hop once (capped, bypassing the proxy).
        #expect(server.requests.map(\.path) == ["/hop", "/end", "/own", "/hop"])
        #expect(server.requests.map(\.version) == ["HTTP/1.0", "HTTP/1.0", "HTTP/1.1", "HTTP/1.0"])
        #expect(server.requests.map { $0.header("user-agent") } == ["collection/7", "collection/7", "request", "folder"])
        #expect(server.requests.allSatisfy { $0.header("accept-encoding") != nil })
        #expect(proxy.requests.map { $0.header("user-agent") } == ["folder"])
    }
}

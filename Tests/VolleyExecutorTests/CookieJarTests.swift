import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// The run's cookie jar against a real server: what one response sets, the next request sends,
/// by domain and path, across redirects and across workers; `cookies: false` opts out.
@Suite("cookie jar against a real server", .serialized)
struct CookieJarTests {
    /// `/login` sets `session` (path /) and `scoped` (path /api); `/home` redirects to `/echo`;
    /// every other path answers with the Cookie header it received.
    static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            switch request.path {
            case "/login":
                return .status(204, headers: [
                    ("Set-Cookie", "session=abc123; Path=/; HttpOnly; Expires=Wed, 01 Jan 2031 00:00:00 GMT"),
                    ("Set-Cookie", "scoped=only-api; Path=/api"),
                ])
            case "/redirect-login":
                return .status(302, headers: [("Location", "/echo"), ("Set-Cookie", "hop=set-on-redirect; Path=/")])
            default:
                return .text(request.header("cookie") ?? "(none)")
            }
        }
    }

    func options(_ jar: CookieJar?) -> RunOptions {
        var options = RunOptions()
        options.cookieJar = jar
        return options
    }

    @Test func aCookieSetByOneResponseIsSentByTheNextByItsPath() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: cookies
            requests:
              - { name: login, url: "{{base}}/login" }
              - { name: root, url: "{{base}}/echo" }
              - { name: api, url: "{{base}}/api/echo" }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL], options: options(try CookieJar()))

        #expect(recorder.result("root")?.response?.bodyText == "session=abc123")
        let api = recorder.result("api")?.response?.bodyText ?? ""
        #expect(api.contains("scoped=only-api") && api.contains("session=abc123"))
    }

    @Test func withoutAJarNothingIsKept() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: cookies
            requests:
              - { name: login, url: "{{base}}/login" }
              - { name: root, url: "{{base}}/echo" }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL], options: options(nil))

        #expect(recorder.result("root")?.response?.bodyText == "(none)")
    }

    @Test func cookiesFalseNeitherSendsNorKeeps() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: cookies
            requests:
              - { name: login, url: "{{base}}/login" }
              - { name: private, url: "{{base}}/echo", cookies: false }
              - { name: again, url: "{{base}}/echo" }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL], options: options(try CookieJar()))

        #expect(recorder.result("private")?.response?.bodyText == "(none)")
        // The jar is still there for the requests after it.
        #expect(recorder.result("again")?.response?.bodyText == "session=abc123")
    }

    @Test func aCookieSetOnARedirectIsSentOnTheNextHop() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: cookies
            requests:
              - name: follow
                url: "{{base}}/redirect-login"
                follow_redirects: true
                expect: { redirects: 1, url: { matches: "/echo$" }, body: hop=set-on-redirect }
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], options: options(try CookieJar()))

        #expect(outcome.passed == 1, "\(recorder.results.first?.assertions.map { $0.message ?? "ok" } ?? [])")
        #expect(server.requests.last?.header("cookie") == "hop=set-on-redirect")
    }

    @Test func twoWorkersShareOneJar() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let jar = try CookieJar()
        let factory = TransportFactory.curl(cookieJar: jar)
        let first = try factory.makeTransport()
        let second = try factory.makeTransport()

        _ = try first.perform(TransportRequest(method: "GET", url: server.baseURL + "/login"))
        let echoed = try second.perform(TransportRequest(method: "GET", url: server.baseURL + "/echo"))

        #expect(echoed.response.bodyText == "session=abc123")
    }

    @Test func theJarSavesAndLoadsNetscapeLines() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let jar = try CookieJar()
        let transport = try CurlTransport(cookieJar: jar)
        _ = try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/login"))

        let file = jar.netscapeFile()
        #expect(file.hasPrefix("# Netscape HTTP Cookie File"))
        #expect(file.contains("#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t1924992000\tsession\tabc123"))

        let loaded = try CookieJar()
        #expect(loaded.load(netscape: file) == 2)
        let echoed = try CurlTransport(cookieJar: loaded).perform(TransportRequest(method: "GET", url: server.baseURL + "/echo"))
        #expect(echoed.response.bodyText == "session=abc123")
    }

    @Test func cookieAssertionsReadTheSetCookieAttributes() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: cookies
            requests:
              - name: login
                url: "{{base}}/login"
                expect:
                  cookies:
                    session: { value: abc123, http_only: true, secure: false, path: /, expires: { exists: true } }
                    scoped: only-api
                    missing: { exists: false }
                capture: { token: { cookie: session } }
              - { name: use, url: "{{base}}/echo?t={{token}}", expect: { status: 200 } }
              - name: wrong
                url: "{{base}}/login"
                expect: { cookies: { session: { secure: true } } }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL], options: options(try CookieJar()))

        #expect(recorder.result("login")?.assertions.allSatisfy(\.passed) == true)
        #expect(recorder.result("login")?.assertions.count == 7)
        #expect(server.requests[1].query["t"] == "abc123")
        let failed = recorder.result("wrong")?.assertions.first
        #expect(failed?.passed == false)
        #expect(failed?.assertion.subject == .cookie("session", .secure))
    }
}

import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
@testable import VolleyScript

/// `pm.cookies` and `pm.cookies.jar()` read and change the run's cookie jar, the one libcurl
/// sends from: what a script sets reaches the server, what it unsets does not.
@Suite struct PMCookieJarTests {
    /// `/login` sets `session`; every other path sets nothing; the server records what it got.
    private static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            request.path == "/login"
                ? .json("{}", headers: [("Set-Cookie", "session=abc123; Path=/; HttpOnly")])
                : .json("{}")
        }
    }

    private static func threeRequests() throws -> Collection {
        try collection("""
            name: t
            requests:
              - name: login
                url: "{{base}}/login"
              - name: profile
                url: "{{base}}/profile"
              - name: logout
                url: "{{base}}/logout"
            """)
    }

    @Test func pmCookiesAreTheJarsForTheRequestNotOnlyWhatTheResponseSet() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try Self.threeRequests().scripted([
            "login": [script(.after, #"console.log(pm.cookies.get("session"), pm.cookies.one("session").httpOnly)"#)],
            // This response sets no cookie: the list is the jar's.
            "profile": [script(.after, #"console.log(pm.cookies.count(), pm.cookies.get("session"), pm.response.cookies.count())"#, line: 40)],
        ])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], cookieJar: try CookieJar())

        #expect(try #require(results["login"]).console.map(\.text) == ["abc123 true"])
        #expect(try #require(results["profile"]).console.map(\.text) == ["1 abc123 0"])
    }

    @Test func jarSetAndUnsetChangeWhatTheNextRequestsSend() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try Self.threeRequests().scripted([
            "profile": [script(.before, """
                const jar = pm.cookies.jar(), base = pm.variables.get("base");
                jar.set(base, "theme", "dark", (error, cookie) => console.log(error, cookie.name, cookie.value));
                jar.get(base, "session", (error, value) => console.log("session", value));
                """, line: 40)],
            "logout": [script(.before, """
                const jar = pm.cookies.jar(), base = pm.variables.get("base");
                jar.unset(base, "session", (error) => {
                  jar.getAll(base, (e, all) => console.log(all.map((c) => c.name).join(",")));
                });
                """, line: 60)],
        ])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], cookieJar: try CookieJar())

        #expect(try #require(results["profile"]).console.map(\.text) == ["null theme dark", "session abc123"])
        #expect(try #require(results["logout"]).console.map(\.text) == ["theme"])
        let cookieHeaders = server.requests.map { $0.header("Cookie") ?? "" }
        #expect(cookieHeaders[0] == "")
        #expect(Set(cookieHeaders[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }) == ["session=abc123", "theme=dark"])
        #expect(cookieHeaders[2] == "theme=dark")
    }

    @Test func jarClearEmptiesTheHostsCookiesAndAPromiseFormWorks() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try Self.threeRequests().scripted([
            "profile": [script(.before, """
                const jar = pm.cookies.jar(), base = pm.variables.get("base");
                await jar.clear(base);
                console.log(JSON.stringify(await jar.getAll(base)));
                """, line: 40)],
        ])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], cookieJar: try CookieJar())

        #expect(try #require(results["profile"]).console.map(\.text) == ["[]"])
        #expect(server.requests.map { $0.header("Cookie") } == [nil, nil, nil])
    }

    @Test func withoutAJarPMCookiesAreTheResponsesAndTheJarSaysWhy() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try Self.threeRequests().scripted([
            "login": [script(.after, """
                console.log(pm.cookies.get("session"));
                pm.cookies.jar().get(pm.variables.get("base"), "session", (error, value) => console.log(error.message, value));
                """)],
        ])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["login"]).console.map(\.text) == [
            "abc123", "this request keeps no cookies (cookies: false), so it has no jar undefined",
        ])
    }
}

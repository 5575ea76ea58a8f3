import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
@testable import VolleyScript

/// Postman's legacy sandbox on real JavaScriptCore against a real server: `tests[...]`, the
/// response globals, `postman.*` with its stringifying setters, and the cookie lists.
@Suite("the legacy sandbox", .serialized)
struct LegacySandboxTests {
    private static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            .json(#"{"id":7,"name":"ann"}"#, status: request.path == "/missing" ? 404 : 200,
                headers: [("X-Trace", "t-1"), ("Set-Cookie", "session=abc123; Path=/; HttpOnly"), ("Set-Cookie", "theme=dark; Domain=.example.com; Secure")])
        }
    }

    @Test func testsEntriesAreTestResultsAtTheLineThatSetThem() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
            tests["status is 200"] = responseCode.code === 200;
            tests["has name"] = JSON.parse(responseBody).name === "nobody";
            tests["decided last"] = false;
            tests["decided last"] = 1;
            pm.test("pm too", () => {});
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let checks = try #require(results["one"]).hookAssertions
        #expect(checks.map(\.name) == ["pm too", "status is 200", "has name", "decided last"])
        #expect(checks.map(\.passed) == [true, true, false, true])
        #expect(checks[2].message == #"tests["has name"] was set to false"#)
        #expect(checks[1].location == SourceLocation(file: "test.yaml", line: 20, column: 12))
        #expect(checks[3].location == SourceLocation(file: "test.yaml", line: 23, column: 12))
        #expect(try #require(results["one"]).outcome == .failed)
    }

    @Test func theResponseGlobalsReadTheResponse() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: one
                url: "{{base}}/missing?q=1"
                method: POST
                headers:
                  Content-Type: application/x-www-form-urlencoded
                body: "a=1&b=two+words"
            """).scripted(["one": [script(.after, """
                console.log(responseCode.code, responseCode.name, responseCode.detail);
                console.log(typeof responseBody, JSON.parse(responseBody).id, responseHeaders["X-Trace"], typeof responseTime, responseTime >= 0);
                console.log(JSON.stringify(responseCookies.map((c) => [c.name, c.value, c.httpOnly, c.secure, c.domain || null])));
                console.log(request.method, request.url.endsWith("/missing?q=1"), request.headers["Content-Type"], JSON.stringify(request.data), request.name);
                console.log(iteration, JSON.stringify(data), environment.base === pm.environment.get("base"), JSON.stringify(globals));
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["one"]).console.map(\.text) == [
            "404 Not Found The requested resource could not be found but may be available again in the future.",
            "string 7 t-1 number true",
            #"[["session","abc123",true,false,null],["theme","dark",false,true,"example.com"]]"#,
            #"POST true application/x-www-form-urlencoded {"a":"1","b":"two words"} one"#,
            "0 {} true {}",
        ])
    }

    @Test func theLegacySettersStringifyAsPostmanDoes() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: first
                url: "{{base}}/first/{{path}}"
              - name: second
                url: "{{base}}/second"
            """).scripted(["first": [script(.before, """
            postman.setEnvironmentVariable("n", 5);
            postman.setEnvironmentVariable("o", { a: 1 });
            postman.setEnvironmentVariable("list", [1, 2]);
            postman.setEnvironmentVariable("f", false);
            postman.setEnvironmentVariable("zero", 0);
            postman.setGlobalVariable("g", true);
            console.log(JSON.stringify([postman.getEnvironmentVariable("n"), postman.getEnvironmentVariable("o"),
              postman.getEnvironmentVariable("list"), postman.getEnvironmentVariable("f"), postman.getEnvironmentVariable("zero"),
              postman.getGlobalVariable("g"), environment.n]));
            postman.clearEnvironmentVariable("o");
            console.log(pm.environment.has("o"), environment.o);
            postman.setGlobalVariable("h", 1);
            postman.clearGlobalVariables();
            console.log(JSON.stringify(pm.globals.toObject()));
            postman.setEnvironmentVariable("path", "p-" + 2);
            """), script(.after, """
            console.log(postman.getResponseHeader("x-trace"), postman.getResponseCookie("session").value, postman.getResponseCookie("nope"));
            postman.setNextRequest(null);
            """, line: 40)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL), "path": "x"])

        #expect(try #require(results["first"]).console.map(\.text) == [
            // Postman's rule keeps false and 0 as they are (`value && value.toString` is falsy for them).
            #"["5","[object Object]","1,2",false,0,"true","5"]"#, "false undefined", "{}", "t-1 abc123 undefined",
        ])
        #expect(server.requests.map(\.path) == ["/first/p-2"])
    }

    @Test func clearEnvironmentVariablesEmptiesTheEnvironment() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.before, """
            postman.clearEnvironmentVariables();
            pm.environment.set("base", "\(server.baseURL)");
            console.log(JSON.stringify(Object.keys(environment)), pm.environment.has("other"));
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL), "other": "x"])

        #expect(try #require(results["one"]).console.map(\.text) == [#"["base"] false"#])
    }

    @Test func cookiesReadTheResponsesSetCookie() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
            const jar = pm.cookies, own = pm.response.cookies;
            console.log(jar.has("session"), jar.get("session"), jar.has("nope"), JSON.stringify(jar.toObject()), jar.count());
            console.log(own.one("theme").domain, own.one("theme").secure, own.get("theme"), jar.all().map(String).join(";"));
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["one"]).console.map(\.text) == [
            #"true abc123 false {"session":"abc123","theme":"dark"} 2"#, "example.com true dark session=abc123;theme=dark",
        ])
    }

    @Test func legacyValuesAreTheirCallsOwn() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([])
            .scripted(["first": [script(.after, """
                tests["first only"] = true;
                responseBody = "replaced";
                console.log(responseBody);
                """)], "second": [script(.after, """
                console.log(typeof tests["first only"], responseBody.length > 8);
                """, line: 40)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["first"]).console.map(\.text) == ["replaced"])
        #expect(try #require(results["first"]).hookAssertions.map(\.name) == ["first only"])
        #expect(try #require(results["second"]).console.map(\.text) == ["undefined true"])
        #expect(try #require(results["second"]).hookAssertions.isEmpty)
    }

    @Test func aPrerequestScriptHasNoResponseGlobals() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.before, """
            console.log(typeof responseBody, typeof responseCode, typeof responseCookies, request.method);
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["one"]).console.map(\.text) == ["undefined undefined undefined GET"])
    }
}

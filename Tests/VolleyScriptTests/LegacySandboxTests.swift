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

/// The `pm` members real collections use beyond the basics: `jsonSchema` on a response, every
/// form of `pm.collectionVariables`, and crAPI's `pm.request.headers` calls with `{key, value}`.
@Suite("pm members of exported collections", .serialized)
struct PMExportedCollectionTests {
    @Test func jsonSchemaChecksTheResponseBodyAndSaysWhatDiffers() async throws {
        let server = try await ScenarioServer.start { _ in .json(#"{"id":"7","tags":["a",2]}"#) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
            const schema = { type: "object", required: ["id", "name"], properties: { id: { type: "integer" }, tags: { items: { type: "string" } } } };
            pm.test("schema", () => pm.response.to.have.jsonSchema(schema));
            pm.test("loose", () => pm.response.to.have.jsonSchema({ type: "object" }));
            pm.test("ajv", () => pm.expect(new Ajv().validate({ properties: { id: { type: "string" } } }, pm.response.json())).to.be.true);
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let checks = try #require(results["one"]).hookAssertions
        #expect(checks.map(\.passed) == [false, true, true])
        #expect(checks[0].message == #"expected response body to match the JSON schema, but / must have required property 'name'; /id must be integer (found "7"); /tags/1 must be string (found 2)"#)
    }

    @Test func collectionVariablesInEveryForm() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            variables:
              page: "1"
              size: "10"
            requests:
              - name: one
                url: "{{base}}/items?page={{page}}&size={{size}}"
            """).scripted(["one": [script(.before, """
                pm.collectionVariables.set("page", 2, "number");
                pm.collectionVariables.unset("size");
                pm.collectionVariables.set("size", "20");
                const c = pm.collectionVariables;
                console.log(c.get("page"), c.has("size"), JSON.stringify(c.toObject()), c.replaceIn("p{{page}}"));
                console.log(c.values.count(), c.values.get("size"), c.values.map((v) => v.key).join(), JSON.stringify(c.toJSON()));
                console.log(pm.variables.get("page"));
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["one"]).console.map(\.text) == [
            #"2 true {"page":2,"size":"20"} p2"#,
            #"2 20 page,size {"values":[{"key":"page","value":2},{"key":"size","value":"20"}]}"#,
            "2",
        ])
        #expect(server.requests.first?.uri == "/items?page=2&size=20")
    }

    @Test func requestHeadersTakeKeyValueObjectsAndSDKHeaders() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: one
                url: "{{base}}/one"
                headers:
                  X-Old: "1"
                  Authorization: Basic old
            """).scripted(["one": [script(.before, """
                pm.request.headers.remove("Authorization");
                pm.request.headers.add({ key: "Authorization", value: "Bearer " + pm.environment.get("token") });
                pm.request.headers.upsert({ key: "X-Old", value: "2" });
                const sdk = require("postman-collection");
                pm.request.headers.add(new sdk.Header({ key: "X-SDK", value: "yes" }));
                pm.request.headers.remove({ key: "x-nothing" });
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL), "token": "t0k"])

        #expect(try #require(results["one"]).outcome == .passed)
        let headers = try #require(server.requests.first).headers
        #expect(headers.first { $0.0.lowercased() == "authorization" }?.1 == "Bearer t0k")
        #expect(headers.filter { $0.0.lowercased() == "authorization" }.count == 1)
        #expect(headers.first { $0.0.lowercased() == "x-old" }?.1 == "2")
        #expect(headers.first { $0.0.lowercased() == "x-sdk" }?.1 == "yes")
    }
}

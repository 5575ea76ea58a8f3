import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
@testable import VolleyScript

/// `pm.test`, `pm.response` and `pm.request` on real JavaScriptCore against a real server.
@Suite("pm.test, pm.response and pm.request", .serialized)
struct PMRequestResponseTests {
    @Test func testsBecomeHookAssertionsAtTheLineOfTheirPMTestCall() async throws {
        let server = try await Self.searchServer()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                pm.test("status is 200", () => pm.response.to.have.status(200));
                  pm.test("is 201", function () { pm.response.to.have.status(201) });
                pm.test("thrown text", () => { throw "plain" });
                pm.test.skip("later");
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let checks = try #require(results["one"]).hookAssertions
        #expect(checks.map(\.name) == ["status is 200", "is 201", "thrown text"])
        #expect(checks.map(\.passed) == [true, false, false])
        #expect(checks[1].message == "expected response to have status code 201 but got 200")
        #expect(checks[2].message == "plain")
        // JavaScriptCore places a call at its opening parenthesis.
        #expect(checks[0].location == SourceLocation(file: "test.yaml", line: 20, column: 14))
        #expect(checks[1].location == SourceLocation(file: "test.yaml", line: 21, column: 16))
        #expect(try #require(results["one"]).notes.contains("test 'later' skipped (pm.test.skip)"))
        #expect(try #require(results["one"]).outcome == .failed)
    }

    @Test func everyResponseMemberReadsTheResponse() async throws {
        let server = try await Self.searchServer()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                const r = pm.response;
                pm.test("code", () => { if (r.code !== 200 || r.status !== "OK") throw new Error(r.code + " " + r.status) });
                pm.test("time", () => { if (!(Number.isInteger(r.responseTime) && r.responseTime >= 0)) throw new Error(String(r.responseTime)) });
                pm.test("headers", () => {
                  if (r.headers.get("x-next-page-after") !== "abc" || !r.headers.has("X-NEXT-PAGE-AFTER")) throw new Error("get");
                  if (r.headers.toObject()["x-next-page-after"] !== "abc") throw new Error("toObject");
                });
                pm.test("body", () => {
                  if (r.json().items[0].name !== "a" || !r.text().startsWith("{")) throw new Error(r.text());
                });
                pm.test("to", () => {
                  r.to.have.status(200); r.to.have.status("OK"); r.to.have.header("x-next-page-after", "abc");
                  r.to.have.jsonBody(); r.to.have.jsonBody("items[0].name", "a"); r.to.have.jsonBody("id");
                  r.to.be.ok; r.to.be.success;
                });
                pm.test("error", () => r.to.be.error);
                pm.test("missing", () => r.to.have.jsonBody("nope"));
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let checks = try #require(results["one"]).hookAssertions
        #expect(checks.filter { !$0.passed }.map(\.name) == ["error", "missing"], "\(checks)")
        #expect(checks.last?.message == "expected response body json to have path 'nope'")
        #expect(checks.dropLast().last?.message == "expected response code to be 4XX or 5XX but found 200")
    }

    @Test func aBeforeScriptsRequestEditsAndVariablesAreWhatIsSent() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: post
                url: "{{base}}/items/{{id}}"
                headers:
                  X-Old: gone
                  X-Keep: kept
            """).scripted(["post": [script(.before, """
                pm.variables.set("id", 42);
                pm.request.method = "post";
                pm.request.headers.add({ key: "X-Added", value: "1" });
                pm.request.headers.upsert("X-Keep", "changed");
                pm.request.headers.remove("x-old");
                pm.request.url.query.add("q", "a b");
                pm.request.url.query.add("b=2");
                pm.request.url.query.add({ key: "flag" });
                pm.request.body = JSON.stringify({ seen: pm.request.url.toString().endsWith("/items/42?q=a%20b&b=2&flag") });
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let sent = try #require(server.requests.first, "\(results.all.map { $0.failure?.message ?? "" })")
        #expect(sent.method == "POST")
        #expect(sent.uri == "/items/42?q=a%20b&b=2&flag")
        #expect(sent.header("x-added") == "1" && sent.header("x-keep") == "changed" && sent.header("x-old") == nil)
        #expect(String(decoding: sent.body, as: UTF8.self) == #"{"seen":true}"#)
        #expect(try #require(results["post"]).outcome == .passed)
    }

    @Test func afterScriptsRunAfterExpectAndCaptureAndSeeTheCapture() async throws {
        let server = try await ScenarioServer.start { _ in .json(#"{"id": 9}"#) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: get
                url: "{{base}}/get"
                capture:
                  got: { json: "$.id" }
            """).scripted(["get": [script(.after, """
                pm.test("captured", () => { if (pm.variables.get("got") !== 9) throw new Error(String(pm.variables.get("got"))) });
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["get"]).hookAssertions.map(\.passed) == [true])
    }

    @Test func infoNamesTheRequestTheIterationAndTheEvent() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([
                script(.before, "console.log(pm.info.requestName, pm.info.iteration, pm.info.eventName)"),
                script(.after, "console.warn(pm.info.eventName); console.error({ a: 1 }); console.info([1, 2])"),
            ])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], iteration: 3)

        #expect(try #require(results["one"]).console == [
            ConsoleMessage(level: .log, text: "one 2 prerequest"), ConsoleMessage(level: .warn, text: "test"),
            ConsoleMessage(level: .error, text: #"{"a":1}"#), ConsoleMessage(level: .info, text: "[1,2]"),
        ])
    }

    /// A search answer with a body and a paging header.
    private static func searchServer() async throws -> ScenarioServer {
        try await ScenarioServer.start { _ in .json(#"{"id": 7, "items": [{"name": "a"}]}"#, headers: [("X-Next-Page-After", "abc")]) }
    }
}

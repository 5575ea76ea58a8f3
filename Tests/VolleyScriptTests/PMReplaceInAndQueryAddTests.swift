import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
@testable import VolleyScript

/// `pm.variables.replaceIn` with Postman's dynamic variables, and the forms of
/// `pm.request.url.query.add` that real collections use.
@Suite("pm replaceIn and query.add", .serialized)
struct PMReplaceInAndQueryAddTests {
    @Test func replaceInExpandsDynamicVariablesFreshEachTimeAndLeavesUnknownOnes() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: one
                url: "{{base}}/one"
            """).scripted(["one": [script(.before, """
                const a = pm.variables.replaceIn("{{$guid}}"), b = pm.variables.replaceIn("{{ $guid }}");
                const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
                console.log(uuid.test(a), uuid.test(b), a !== b);
                console.log(/^\\d+$/.test(pm.variables.replaceIn("{{$timestamp}}")), pm.variables.replaceIn("n{{$nope}}"));
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["one"]).console.map(\.text) == ["true true true", "true n{{$nope}}"])
    }

    @Test func queryAddTakesTheStringFormTheObjectFormAndAKeyAndValue() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: one
                url: "{{base}}/items?a=1"
            """).scripted(["one": [script(.before, """
                pm.request.url.query.add("b=2");
                pm.request.url.query.add({ key: "c", value: "3" });
                pm.request.url.query.add("d", "x y");
                pm.request.url.query.add("flag");
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let sent = try #require(server.requests.first, "\(results.all.map { $0.failure?.message ?? "" })")
        #expect(sent.uri == "/items?a=1&b=2&c=3&d=x%20y&flag")
    }
}

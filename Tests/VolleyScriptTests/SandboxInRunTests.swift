import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
@testable import VolleyScript

/// The sandbox libraries from a collection's scripts in a real run: a request signed with
/// `CryptoJS`, values made with lodash, moment and uuid, and a missing library as the request's
/// error at the script's line.
@Suite("sandbox libraries in a run", .serialized)
struct SandboxInRunTests {
    @Test func aBeforeScriptSignsTheRequestWithTheLibraries() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.before, """
            const signature = CryptoJS.HmacSHA256("what do ya want for nothing?", pm.environment.get("secret")).toString(CryptoJS.enc.Base64);
            pm.request.headers.add({ key: "X-Signature", value: signature });
            pm.request.headers.add({ key: "X-Id", value: require("uuid").v4() });
            pm.request.headers.add({ key: "X-Sum", value: String(_.sum([1, 2, 3])) });
            pm.request.headers.add({ key: "X-Day", value: moment.utc("2026-12-02T00:00:00Z").format("dddd") });
            pm.request.headers.add({ key: "Authorization", value: "Basic " + btoa("user:pass") });
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL), "secret": "Jefe"])

        #expect(try #require(results["one"]).outcome == .passed)
        let headers = try #require(server.requests.first).headers
        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name }?.value }
        // RFC 4231 test case 2, in Base64.
        #expect(header("x-signature") == "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=")
        #expect(header("x-id").map { $0.count == 36 && $0.split(separator: "-")[2].hasPrefix("4") } == true)
        #expect(header("x-sum") == "6")
        #expect(header("x-day") == "Wednesday")
        #expect(header("authorization") == "Basic dXNlcjpwYXNz")
    }

    @Test func aMissingLibraryIsTheRequestsErrorAtTheScriptsLine() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let empty = try TemporaryDirectory()
        let c = try oneRequest([script(.before, """
            const x = 1;
            const parts = _.chunk([1, 2, 3], 2);
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], libraryDirectory: empty.path)

        let result = try #require(results["one"])
        #expect(result.outcome == .errored)
        #expect(result.failure?.message == "the before script threw Error: lodash is not installed: Volley loads it from \(empty.path)/lodash/lodash.min.js, which the Debian package libjs-lodash provides (apt-get install libjs-lodash)")
        #expect(result.failure?.location == SourceLocation(file: "test.yaml", line: 21, column: 22))
        #expect(server.requests.isEmpty)
    }
}

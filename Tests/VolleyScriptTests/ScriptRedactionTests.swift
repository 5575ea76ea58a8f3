import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
@testable import VolleyScript

/// Secrets a script reads work, and print as `***`; a value stored into a secret's name is a
/// secret from then on.
@Suite("script redaction", .serialized)
struct ScriptRedactionTests {
    @Test func aSecretReadByAScriptWorksAndPrintsMasked() async throws {
        let key = "0123456789abcdef0123456789abcdef"
        let server = try await ScenarioServer.start { request in .status(request.header("apikey") == key ? 200 : 401) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([
                script(.before, """
                    pm.request.headers.upsert("apikey", pm.environment.get("apikey"));
                    console.log("key", pm.environment.get("apikey"), pm.variables.get("apikey").length);
                    pm.environment.set("token", "tok-" + "made-in-script");
                    """),
                script(.after, #"pm.test("uses " + pm.request.headers.get("apikey"), () => pm.response.to.be.ok)"#),
            ])
        let secrets = TestSecrets(["apikey": key, "token": "unused"])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], secrets: secrets)

        #expect(server.requests.first?.header("apikey") == key)
        var redactor = Redactor()
        redactor.add(secret: key)
        for derived in secrets.derived.withLock({ $0 }) { redactor.add(secret: derived) }
        let shown = try #require(results["one"]).redacted(by: redactor)
        #expect(shown.console.map(\.text) == ["key *** 32"])
        #expect(shown.hookAssertions.map(\.name) == ["uses ***"])
        #expect(shown.hookAssertions.map(\.passed) == [true])
        #expect(secrets.derived.withLock { $0 } == ["tok-made-in-script"])
    }
}

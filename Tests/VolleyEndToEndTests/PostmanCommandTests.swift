import Foundation
import Testing
import TestSupport

/// `volley run` on a Postman export, `volley validate` on one it cannot run, and `volley import
/// postman` whose output validates: the binary, its output and exit codes.
@Suite("Postman collections, end to end")
struct PostmanCommandTests {
    static let collection = """
        {"info": {"name": "Ping", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Api-Key"}, {"key": "value", "value": "{{apikey}}"}]},
         "item": [{"name": "Ping", "request": "{{base}}/ping?who={{who}}",
                   "event": [{"listen": "test", "script": {"exec": ["pm.test('up', function () {", "  pm.response.to.have.status(200);", "});"]}}]}]}
        """

    @Test func runsAnExportWithItsEnvironmentAndKeepsItsSecretOutOfTheOutput() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let collection = try dir.write(Self.collection, to: "ping.postman_collection.json")
        let env = try dir.write("""
            {"name": "Local", "values": [{"key": "base", "value": "\(server.baseURL)", "enabled": true},
              {"key": "apikey", "value": "k3y-5ecr3t-7781", "type": "secret", "enabled": true}]}
            """, to: "local.postman_environment.json")

        let result = try await runVolley(["run", collection, "--env", env, "-v"])

        #expect(result.exitCode == 0, "\(result)")
        #expect(server.requests.first?.header("X-Api-Key") == "k3y-5ecr3t-7781")
        #expect(server.requests.first?.uri == "/ping?who={{who}}")
        #expect(result.stderr.contains("note: undefined variable 'who'"), "\(result)")
        #expect(!(result.stdout + result.stderr).contains("k3y-5ecr3t-7781"), "\(result)")
    }

    @Test func anUnsupportedAuthIsExitTwoWithItsPositionAndNothingSent() async throws {
        let dir = try TemporaryDirectory()
        let collection = try dir.write("""
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Signed", "request": {"url": "http://127.0.0.1:9/", "auth": {"type": "edgegrid", "edgegrid": []}}}]}
            """, to: "x.json")

        let result = try await runVolley(["run", collection])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix("\(collection):2:89: error: request 'Signed': auth type 'edgegrid' is not supported"), "\(result)")
    }

    @Test func theImportedCollectionValidates() async throws {
        let dir = try TemporaryDirectory()
        let collection = try dir.write(Self.collection, to: "ping.postman_collection.json")

        let imported = try await runVolley(["import", "postman", collection, "-o", dir.path("out")])

        #expect(imported.exitCode == 0, "\(imported)")
        #expect(imported.stdout.contains("1 test script as expect:/capture:, 0 kept as scripts"), "\(imported)")
        let validated = try await runVolley(["validate", dir.path("out/ping.yaml"), "--var", "base=http://h", "--var", "who=me",
                                             "--secret", "apikey=x"])
        #expect(validated.exitCode == 0, "\(validated)")
        let again = try await runVolley(["import", "postman", collection, "-o", dir.path("out")])
        #expect(again.exitCode == 2 && again.stderr.contains("exists already"), "\(again)")
    }
}

import Testing
import TestSupport
import VolleyCore
import VolleyRun

/// A Postman collection run as it is: its environment, globals and data file, folders, auth,
/// scripts and Postman's own rules, against a real server.
@Suite("a Postman collection runs as it is")
struct PostmanRunTests {
    static let collection = """
        {
          "info": {"name": "Shop", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
          "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]},
          "variable": [{"key": "path", "value": "orders"}],
          "item": [
            {"name": "Outside", "request": "{{base}}/outside"},
            {"name": "Orders", "item": [
              {"name": "One order",
               "event": [{"listen": "test", "script": {"exec": [
                 "pm.test('status is 200', () => pm.response.to.have.status(200));",
                 "pm.test('n is a number', () => pm.expect(pm.iterationData.get('n')).to.equal(2));"
               ]}}],
               "request": {"method": "POST",
                 "header": [{"key": "X-Region", "value": "{{region}}"}, {"key": "X-Off", "value": "1", "disabled": true}],
                 "url": {"raw": "{{base}}/{{path}}/:id?q={{missing}}", "host": ["{{base}}"], "path": ["{{path}}", ":id"],
                         "query": [{"key": "q", "value": "{{missing}}"}, {"key": "off", "value": "1", "disabled": true}],
                         "variable": [{"key": "id", "value": "{{n}}"}]},
                 "body": {"mode": "raw", "raw": "{\\"n\\": {{n}}}", "options": {"raw": {"language": "json"}}}}},
              {"name": "Anonymous", "request": {"url": "{{base}}/open", "auth": {"type": "noauth"}}}
            ]}
          ]
        }
        """

    private func fixture(_ server: ScenarioServer) throws -> (TemporaryDirectory, RunConfiguration) {
        let dir = try TemporaryDirectory()
        try dir.write(Self.collection, to: "shop.postman_collection.json")
        try dir.write("""
            {"name": "Staging", "_postman_variable_scope": "environment", "values": [
              {"key": "base", "value": "\(server.baseURL)", "enabled": true},
              {"key": "token", "value": "tok-3f9a1c77e2", "type": "secret", "enabled": true},
              {"key": "region", "value": "wrong", "enabled": false}]}
            """, to: "staging.postman_environment.json")
        try dir.write("""
            {"name": "Globals", "_postman_variable_scope": "globals", "values": [
              {"key": "region", "value": "eu", "enabled": true}]}
            """, to: "workspace.postman_globals.json")
        var configuration = RunConfiguration(paths: [dir.path("shop.postman_collection.json")])
        configuration.variables = VariableSettings(environment: dir.path("staging.postman_environment.json"))
        configuration.variables.globals = dir.path("workspace.postman_globals.json")
        // A BOM, as Excel writes one; Newman reads `2` as a number.
        configuration.iterationsData = try dir.write("\u{FEFF}n\n2\n", to: "rows.csv")
        return (dir, configuration)
    }

    @Test func runsWithEnvironmentGlobalsDataAndFolderSendingWhatPostmanSends() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        var (dir, configuration) = try fixture(server)
        _ = dir
        configuration.folders = ["Orders"]

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .success, "\(observer.results.map { ($0.name, $0.hookAssertions, $0.failure as Any) })")
        #expect(observer.results.map(\.name) == ["One order", "Anonymous"])
        #expect(observer.results[0].hookAssertions.map(\.passed) == [true, true])
        let order = try #require(server.requests.first)
        #expect(order.method == "POST")
        // The path variable filled, the disabled parameter left out, the unresolved one sent as written.
        #expect(order.uri == "/orders/2?q={{missing}}")
        #expect(order.header("X-Region") == "eu")
        #expect(order.header("X-Off") == nil)
        #expect(order.header("Authorization") == "Bearer tok-3f9a1c77e2")
        #expect(order.header("Content-Type") == "application/json")
        #expect(order.bodyText == "{\"n\": 2}")
        #expect(server.requests[1].header("Authorization") == nil)
    }

    @Test func anUnresolvedVariableIsANoteAndASecretEnvironmentValueIsRedacted() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let (dir, configuration) = try fixture(server)
        _ = dir
        let secrets = SecretRegistry()
        let (_, messages) = try RunPreparation.plan(configuration, sources: SourceFiles(), secrets: secrets, describe: { "\($0)" })

        #expect(messages.contains { $0.contains("note: undefined variable 'missing'") && $0.contains("it is sent as written") })
        // The remedies a Postman user has, not the YAML keys.
        #expect(messages.contains { $0.contains("define it in the collection's variables, an environment or globals file") })
        #expect(!messages.contains { $0.contains("under 'variables:'") || $0.contains("capture it from an earlier request") })
        #expect(!secrets.redact("Bearer tok-3f9a1c77e2").contains("tok-3f9a1c77e2"))
        let (_, observer, _) = try runSession(configuration, secrets: secrets)
        let sent = try #require(observer.results.first { $0.name == "One order" }?.sent)
        #expect(!sent.headers.contains { $0.value.contains("tok-3f9a1c77e2") })
    }

    @Test func anUnsupportedAuthStopsTheRunBeforeAnythingIsSentNamingTheItemAndType() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let path = try dir.write("""
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
             "item": [{"name": "ok", "request": "\(server.baseURL)/a"},
                      {"name": "signed", "request": {"url": "{{base}}/b", "auth": {"type": "edgegrid", "edgegrid": {}}}}]}
            """, to: "x.json")
        let configuration = RunConfiguration(paths: [path])

        #expect {
            try RunPreparation.plan(configuration, sources: SourceFiles(), secrets: SecretRegistry(), describe: { "\($0)" })
        } throws: { error in
            guard let failure = error as? RunPreparation.Failure else { return false }
            return failure.load.messages.first?.hasPrefix(
                "\(path):3:80: error: request 'signed': auth type 'edgegrid' is not supported") == true
        }
        #expect(server.requests.isEmpty)
    }
}

import Foundation
import Testing
import TestSupport

/// What `auth:` sends is a credential, wherever its value came from, and a request's own header
/// is what the request sends.
@Suite("credentials, end to end")
struct CredentialTests {
    static let key = "Zq7XbN2pLm4RtY8vWc1KdF6hJs3GaE9u"  // 32 letters and digits

    @Test("a key given as a plain variable is masked in every output", arguments: ["header", "query"])
    func aKeyGivenWithVarIsMaskedEverywhere(placement: String) async throws {
        let server = try await ScenarioServer.start { _ in .json(#"{"ok":true}"#) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: var key
            auth:
              apikey: { value: "{{apikey}}", in: \(placement), name: apikey }
            requests:
              - name: search
                url: "\(server.baseURL)/search"
                expect: { status: 200 }
            """, to: "c.yaml")

        let viaVar = try await runVolley(
            ["run", file, "--var", "apikey=\(Self.key)", "-v", "--report-json", dir.path("r.json")])
        let viaProcess = try await runVolley(
            ["run", file, "-v", "--report-json", dir.path("p.json")], environment: ["VOLLEY_VAR_apikey": Self.key])

        #expect(viaVar.exitCode == 0, "\(viaVar)")
        #expect(server.requests.count == 2)
        for request in server.requests {
            #expect((placement == "header" ? request.header("apikey") : request.query["apikey"]) == Self.key)
        }
        let report = try dir.read("r.json")
        #expect(report.contains("apikey=***"), "the recorded command line keeps the name, masks the value")
        for text in [viaVar.stdout, viaVar.stderr, report, viaProcess.stdout, viaProcess.stderr, try dir.read("p.json")] {
            #expect(!text.contains(Self.key))
        }
    }

    @Test func aRequestsOwnHeaderBeatsInheritedAuth() async throws {
        let server = try await ScenarioServer.start { request in
            request.header("apikey") == Self.key ? .json("{}") : .json("{}", status: 401)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: wrong key
            auth:
              apikey: { value: "{{apikey}}", name: apikey }
            defaults:
              headers: { apikey: from-defaults }
            requests:
              - name: right key
                url: "\(server.baseURL)/a"
                expect: { status: 200 }
              - name: wrong key gets 401
                url: "\(server.baseURL)/b"
                headers: { apikey: wrong }
                expect: { status: 401 }
            """, to: "c.yaml")

        let run = try await runVolley(["run", file, "--secret", "apikey=\(Self.key)"])
        let validate = try await runVolley(["validate", file])

        #expect(run.exitCode == 0, "\(run)")
        #expect(server.requests.map { $0.header("apikey") } == [Self.key, "wrong"])
        #expect(validate.exitCode == 0)
        #expect(validate.stderr.contains(
            "\(file):12:16: note: header 'apikey' overrides the inherited auth: this request sends its own value"),
            "\(validate.stderr)")
        #expect(!validate.stderr.contains(":5:"), "a header from defaults does not override auth")
    }
}

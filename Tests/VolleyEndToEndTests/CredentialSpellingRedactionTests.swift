import Foundation
import Testing
import TestSupport

/// Credentials that reach the wire in a form Volley computes or libcurl derives: the userinfo of
/// a URL (libcurl's `Authorization: Basic`), and `auth: basic` whose password the request read
/// before. Each is masked in the console at `-v` and in every report.
@Suite("redaction of credential spellings, end to end")
struct CredentialSpellingRedactionTests {
    static let reportNames = ["r.json", "r.xml", "r.html", "r.md"]

    func reportArguments(_ dir: TemporaryDirectory) -> [String] {
        ["--report-json", dir.path("r.json"), "--report-junit", dir.path("r.xml"),
         "--report-html", dir.path("r.html"), "--report-markdown", dir.path("r.md"), "--report-bodies"]
    }

    func outputs(_ result: ProcessResult, _ dir: TemporaryDirectory) throws -> [String: String] {
        var outputs = ["stdout": result.stdout, "stderr": result.stderr]
        for name in Self.reportNames { outputs[name] = try dir.read(name) }
        return outputs
    }

    /// The echo fails its check so every report shows the request, its headers and the body.
    func collection(url: String, auth: String = "", in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: creds
            \(auth)
            requests:
              - name: echo
                url: "\(url)"
                expect:
                  json:
                    "$.headers.authorization": nope
            """, to: "creds.yaml")
    }

    @Test(arguments: [
        // A secret password, a literal one, and a user alone (a token used as the user name).
        (["--secret", "tok=Tok3n-in-the-URL!"], "alice:{{tok}}", "alice:Tok3n-in-the-URL!", ["Tok3n-in-the-URL!"]),
        ([String](), "bob:Lit3ralPassw0rd", "bob:Lit3ralPassw0rd", ["Lit3ralPassw0rd"]),
        (["--secret", "tok=ghp_T0kenAsUserName"], "{{tok}}", "ghp_T0kenAsUserName:", ["ghp_T0kenAsUserName"]),
    ])
    func urlCredentialsAreMaskedWithTheHeaderLibcurlDerives(
        flags: [String], userinfo: String, sentCredentials: String, plain: [String]
    ) async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let url = server.baseURL.replacingOccurrences(of: "http://", with: "http://\(userinfo)@") + "/echo"
            let file = try collection(url: url, in: dir)
            let encoded = Data(sentCredentials.utf8).base64EncodedString()

            let result = try await runVolley(["run", file, "--verbose"] + flags + reportArguments(dir))

            #expect(result.exitCode == 1, "\(result)")
            #expect(server.requests.first?.header("authorization") == "Basic " + encoded)
            #expect(result.stdout.contains("> Authorization: Basic ***"), "\(result)")
            for (name, text) in try outputs(result, dir) {
                for form in [encoded] + plain {
                    #expect(!text.contains(form), "\(name) contains \(form)")
                }
            }
        }
    }

    /// The password was read for the query first; `auth: basic` reads it again.
    @Test(arguments: [["--secret", "pw=Passw0rdUsedTwice"], ["--var", "pw=Passw0rdUsedTwice"]])
    func basicAuthIsMaskedWhenItsSecretWasUsedBefore(flags: [String]) async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try collection(
                url: server.baseURL + "/echo?check={{pw}}", auth: "auth:\n  basic: { username: carol, password: \"{{pw}}\" }",
                in: dir)
            let encoded = Data("carol:Passw0rdUsedTwice".utf8).base64EncodedString()

            let result = try await runVolley(["run", file, "--verbose"] + flags + reportArguments(dir))

            #expect(server.requests.first?.header("authorization") == "Basic " + encoded)
            #expect(result.stdout.contains("> Authorization: Basic ***"), "\(result)")
            for (name, text) in try outputs(result, dir) {
                #expect(!text.contains(encoded) && !text.contains("Passw0rdUsedTwice"), "\(name) leaks")
            }
        }
    }

    /// A server that echoes one secret the way other frameworks write it (Go's JSON, Python's
    /// `quote`, `html.escape`, a JWT's base64url) and returns a 16-character slice of another,
    /// which a capture takes and the next request sends: no output holds any of it.
    @Test(arguments: [["--verbose", "--report-bodies"], []])
    func serverSpellingsAndSlicesOfASecretAreMaskedEverywhere(flags: [String]) async throws {
        let secret = #"K3y/with<html>&'quote" +plus~é0123"#
        let key = "0f9c2d7e41ab58c3e6d0b7a9f1c4e2d8"
        let body = #"""
            {"go":"K3y/with\u003chtml\u003e\u0026'quote\" +plus~é0123",
             "python":"K3y/with%3Chtml%3E%26%27quote%22%20%2Bplus~%C3%A90123",
             "html":"K3y/with&lt;html&gt;&amp;&#x27;quote&quot; +plus~é0123",
             "jwt":"eyJhbGciOiJub25lIn0.SzN5L3dpdGg8aHRtbD4mJ3F1b3RlIiArcGx1c37DqTAxMjM.",
             "part":"41ab58c3e6d0b7a9"}
            """#
        let server = try await ScenarioServer.start { request in
            request.path == "/echo" ? .json(body) : .json(#"{"got":"\#(request.query["p"] ?? "")"}"#)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: echoes
            requests:
              - name: echo
                url: "\(server.baseURL)/echo"
                headers: { x-secret: "{{secret}}", apikey: "{{key}}" }
                expect:
                  json:
                    "$.go": nope
                    "$.part": nope
                capture:
                  part: { json: "$.part" }
              - name: use the slice
                url: "\(server.baseURL)/use?p={{part}}"
                expect:
                  json: { "$.got": nope }
            """, to: "echoes.yaml")

        let result = try await runVolley(
            ["run", file, "--secret", "secret=\(secret)", "--secret", "key=\(key)"] + flags + reportArguments(dir))

        #expect(result.exitCode == 1, "\(result)")
        #expect(server.requests.last?.query["p"] == "41ab58c3e6d0b7a9")
        // Fragments that survive every output's own escaping of the spelling around them.
        let fragments = ["u003chtml", "with%3Chtml", "#x27;quote", "SzN5L3dpdGg8aHRtbD4mJ3F1b3Rl", "plus~", "41ab58c3"]
        for (name, text) in try outputs(result, dir) {
            for fragment in fragments {
                #expect(!text.contains(fragment), "\(name) contains \(fragment)")
            }
        }
        #expect(result.stdout.contains("***"))
    }
}


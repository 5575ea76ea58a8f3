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
}

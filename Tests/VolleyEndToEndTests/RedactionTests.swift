import Foundation
import Testing
import TestSupport

/// The redaction property: a secret used by a run appears in none of its outputs, in any form
/// (raw, percent-encoded, JSON- or XML-escaped), at any verbosity, in any report, even when the
/// server echoes it back and assertions fail on it.
@Suite("redaction, end to end")
struct RedactionTests {
    /// Characters that every escaping changes, so each encoded form is exercised.
    static let secret = #"S3cr3t/+ &"<k>=%,:"#
    static let captured = "tok-9f8e7d6c5b4a"

    static func forms(of value: String) -> [String] {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let percent = value.addingPercentEncoding(withAllowedCharacters: allowed)!
        // The letters before the first special character catch a partly escaped copy too.
        let head = String(value.prefix { $0.isLetter || $0.isNumber })
        return [value, percent, percent.lowercased(), value.replacingOccurrences(of: " ", with: "+")]
            + (head.count >= 6 ? [head] : [])
    }

    func collection(_ base: String, in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: leaky
            auth:
              apikey: { value: "{{token}}", in: query, name: key }
            requests:
              - name: echo everything
                method: POST
                url: "\(base)/echo"
                headers: { x-token: "{{token}}", authorization: "Bearer {{token}}" }
                json: { token: "{{token}}", note: "contains {{token}}" }
                expect:
                  status: 201
                  body: { contains: "{{token}}-not" }
                  json:
                    "$.headers['x-token']": "wrong {{token}}"
              - name: session
                url: "\(base)/headers?x-session=\(Self.captured)"
                capture:
                  session: { header: x-session, secret: true }
              - name: use session
                url: "\(base)/echo"
                query: { s: "{{session}}" }
                expect:
                  json:
                    "$.query.s": "nope"
              - name: unreachable with the key in the URL
                url: "http://127.0.0.1:1/x?k={{token}}"
            """, to: "leaky.yaml")
    }

    @Test("no output carries the secret", arguments: [
        ["--verbose"], [], ["--quiet"], ["--verbose", "--color", "always"], ["--verbose", "--report-bodies"],
    ])
    func noOutputCarriesTheSecret(flags: [String]) async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try collection(server.baseURL, in: dir)
            let reports = ["--report-json", dir.path("r.json"), "--report-junit", dir.path("r.xml"),
                           "--report-html", dir.path("r.html"), "--report-markdown", dir.path("r.md")]
            let summary = try dir.write("", to: "step-summary.md")

            let viaFlag = try await runVolley(
                ["run", file, "--secret", "token=\(Self.secret)", "--connect-timeout", "1s", "--retry", "0"] + flags + reports,
                environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary, "VOLLEY_LOG": "debug"])

            // The run really used the secret: the server saw it.
            let first = try #require(server.requests.first)
            #expect(first.header("x-token") == Self.secret)
            #expect(first.query["key"] == Self.secret)
            // The last URL, with the secret's space in it, is refused by libcurl: an invalid request, exit 2.
            #expect(viaFlag.exitCode == 2, "\(viaFlag)")

            var outputs = ["stdout": viaFlag.stdout, "stderr": viaFlag.stderr]
            for name in ["r.json", "r.xml", "r.html", "r.md", "step-summary.md"] {
                outputs[name] = try dir.read(name)
            }
            #expect(outputs["stdout"]!.contains("***"))
            for (name, text) in outputs {
                for form in Self.forms(of: Self.secret) + Self.forms(of: Self.captured) {
                    #expect(!text.contains(form), "\(name) contains \(form)")
                }
            }
        }
    }

    @Test func aSecretFromTheEnvironmentIsRedactedToo() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try collection(server.baseURL, in: dir)

            let result = try await runVolley(["run", file, "--verbose", "--connect-timeout", "1s"], environment: ["VOLLEY_SECRET_token": Self.secret])

            #expect(server.requests.first?.header("x-token") == Self.secret)
            for form in Self.forms(of: Self.secret) {
                #expect(!result.stdout.contains(form) && !result.stderr.contains(form))
            }
        }
    }

    @Test func showSecretSuffixKeepsTheLastFourCharacters() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try collection(server.baseURL, in: dir)

            let result = try await runVolley(
                ["run", file, "--verbose", "--show-secret-suffix", "--connect-timeout", "1s", "--secret", "token=abcdefghijklmnopqrstuvwxyz123456"])

            #expect(result.stdout.contains("> x-token: ***3456"))
            #expect(!result.stdout.contains("abcdefghijklmnopqrstuvwxyz123456"))
        }
    }
}

@Suite("redaction of derived secrets, end to end")
struct DerivedSecretRedactionTests {
    @Test func aBasicAuthPasswordIsMaskedInItsBase64FormEverywhere() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: basic
                auth:
                  basic: { username: alice, password: "{{pw}}" }
                requests:
                  - name: echo
                    url: "\(server.baseURL)/echo"
                    expect:
                      json:
                        "$.headers.authorization": nope
                """, to: "basic.yaml")
            let encoded = Data("alice:S3cretPassw0rd".utf8).base64EncodedString()

            let result = try await runVolley(
                ["run", file, "--secret", "pw=S3cretPassw0rd", "--verbose", "--report-json", dir.path("r.json"),
                 "--report-junit", dir.path("r.xml"), "--report-html", dir.path("r.html"), "--report-markdown", dir.path("r.md")])

            #expect(server.requests.first?.header("authorization") == "Basic " + encoded)
            #expect(result.stdout.contains("> Authorization: Basic ***"))
            for text in [result.stdout, result.stderr] + (try ["r.json", "r.xml", "r.html", "r.md"].map(dir.read)) {
                #expect(!text.contains(encoded) && !text.contains("S3cretPassw0rd"))
            }
        }
    }
}

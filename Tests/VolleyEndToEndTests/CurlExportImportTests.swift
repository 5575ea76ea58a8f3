import Foundation
import Testing
import TestSupport

/// `volley export curl` and `volley import curl` against a real server: the exported commands,
/// run by the real curl, send what Volley sends; an imported command validates and runs.
@Suite("export curl and import curl, end to end")
struct CurlExportImportTests {
    static let collection = """
        name: export
        requests:
          - name: search
            method: POST
            url: "{{base}}/search"
            query: { q: "it's a test", page: 1 }
            headers: { x-key: "{{apikey}}", x-trace: "a b" }
            json: { name: "O'Brien \\"x\\"", id: "{{id}}", n: 3 }
            expect: { status: 200 }
          - name: form
            method: PUT
            url: "{{base}}/form?x=1"
            auth: { basic: { username: bob, password: "{{apikey}}" } }
            form: { a: "1 2", b: "x&y" }
          - name: bearer
            url: "{{base}}/items/{{id}}"
            auth: { bearer: "{{apikey}}" }
        """

    static let environment = """
        variables:
          id: 42
        secrets:
          apikey: { env: EXPORT_TEST_KEY }
        """

    /// What identifies a request on the wire, whichever client sent it (not User-Agent or Accept).
    static func wire(_ request: RecordedRequest) -> String {
        let kept = ["x-key", "x-trace", "content-type", "authorization"]
        let headers = request.headers.filter { kept.contains($0.name.lowercased()) }
            .map { "\($0.name.lowercased()): \($0.value)" }.sorted()
        return ([request.method + " " + request.uri] + headers + [request.bodyText]).joined(separator: "\n")
    }

    @Test func exportedCommandsRunByCurlSendWhatVolleySends() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write(Self.collection, to: "c.yaml")
        _ = try dir.write(Self.environment, to: "environments/dev.yaml")
        let secret = "s3cr3t-value-9"

        let exported = try await runVolley(["export", "curl", file, "--env", "dev", "--var", "base=\(server.baseURL)"])
        #expect(exported.exitCode == 0, "\(exported)")
        #expect(!exported.stdout.contains(secret))
        #expect(exported.stdout.contains(#""${VOLLEY_SECRET_apikey}""#))
        #expect(exported.stdout.components(separatedBy: "\ncurl").count == 4, "one command per request:\n\(exported.stdout)")

        let ran = try await runVolley(
            ["run", file, "--env", "dev", "--var", "base=\(server.baseURL)"], environment: ["EXPORT_TEST_KEY": secret])
        #expect(ran.exitCode == 0, "\(ran)")
        let byVolley = server.requests.map(Self.wire)
        #expect(byVolley.count == 3)

        let script = try dir.write(exported.stdout, to: "commands.sh")
        let curl = try await RunningProcess(
            executable: "/bin/sh", arguments: [script], environment: ["VOLLEY_SECRET_apikey": secret, "PATH": "/usr/bin:/bin"]
        ).wait()
        #expect(curl.exitCode == 0, "\(curl)")
        let byCurl = server.requests.dropFirst(3).map(Self.wire)
        #expect(Array(byCurl) == byVolley)
        #expect(byVolley.first?.contains("x-key: \(secret)") == true, "the shell filled the secret in: \(byVolley)")
    }

    @Test func anImportedCommandValidatesAndRuns() async throws {
        let server = try await ScenarioServer.start { request in .json(#"{"method": "\#(request.method)"}"#) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let command = """
            curl -sS -X PATCH "\(server.baseURL)/items/7?full=1" \\
              -H 'Content-Type: application/json' \\
              -H "X-Trace: it's me" \\
              --data-raw '{"name": "Ann", "tags": ["a", "b"]}' \\
              -u ann:pa55word
            """
        let imported = try await runVolley(["import", "curl", command, "-o", dir.path("imported.yaml")])
        #expect(imported.exitCode == 0, "\(imported)")
        #expect(imported.stderr.contains("the password from -u was left out"))
        let yaml = try dir.read("imported.yaml")
        #expect(!yaml.contains("pa55word"), "a password never goes into the file:\n\(yaml)")

        let validated = try await runVolley(["validate", dir.path("imported.yaml")])
        #expect(validated.exitCode == 0, "\(validated)")
        let ran = try await runVolley(["run", dir.path("imported.yaml"), "--secret", "password=pa55word"])
        #expect(ran.exitCode == 0, "\(ran)")
        let sent = try #require(server.requests.last)
        #expect(sent.method == "PATCH")
        #expect(sent.uri == "/items/7?full=1")
        #expect(sent.header("x-trace") == "it's me")
        #expect(sent.header("authorization") == "Basic " + Data("ann:pa55word".utf8).base64EncodedString())
        let body = try JSONSerialization.jsonObject(with: Data(sent.body)) as? [String: Any]
        #expect(body?["name"] as? String == "Ann")
    }

    @Test func formFieldsAndFilesBecomeMultipartAndLAndCompressedTheRequestsKeys() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let image = try dir.write("PNG-bytes", to: "logo.png")
        let command = """
            curl -L --compressed -F title=Logo -F 'image=@\(image);type=image/png;filename=x.png' \(server.baseURL)/upload
            """
        let imported = try await runVolley(["import", "curl", command, "-o", dir.path("imported.yaml")])
        #expect(imported.exitCode == 0, "\(imported)")
        let yaml = try dir.read("imported.yaml")
        #expect(yaml.contains("follow_redirects: true") && yaml.contains("compressed: true"), "\(yaml)")

        let ran = try await runVolley(["run", dir.path("imported.yaml")])
        #expect(ran.exitCode == 0, "\(ran)")
        let sent = try #require(server.requests.last)
        #expect(sent.method == "POST")
        #expect(sent.header("content-type")?.hasPrefix("multipart/form-data; boundary=") == true)
        #expect(sent.header("accept-encoding") != nil)
        #expect(sent.bodyText.contains("name=\"title\"\r\n\r\nLogo\r\n"))
        #expect(sent.bodyText.contains("name=\"image\"; filename=\"x.png\"\r\nContent-Type: image/png\r\n\r\nPNG-bytes\r\n"))
    }

    @Test func aFileOfCommandsImportsOneRequestEach() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            # from the API docs
            curl https://api.example.com/a

            curl -G https://api.example.com/b -d q=1 -d page=2
            curl --json '{"x": 1}' https://api.example.com/c
            """, to: "commands.txt")
        let imported = try await runVolley(["import", "curl", "--file", file])
        #expect(imported.exitCode == 0, "\(imported)")
        #expect(imported.stdout.contains(#"- name: "GET /a""#))
        #expect(imported.stdout.contains(#"url: "https://api.example.com/b?q=1&page=2""#))
        #expect(imported.stdout.contains(#"json: {"x":1}"#))
        #expect(imported.stdout.components(separatedBy: "- name:").count == 4)
    }

    @Test(arguments: [
        ("curl --frobnicate http://x", "<command 1>:1:6: error: unknown or unsupported curl option '--frobnicate'"),
        ("curl 'http://x", "<command 1>:1:6: error: this single quote is never closed"),
        ("curl -H", "<command 1>:1:6: error: '-H' needs a value after it"),
        ("curl http://x http://y", "<command 1>:1:15: error: a second URL 'http://y'"),
        ("curl -d @body.json http://x", "<command 1>:1:9: error: '-d @body.json' reads a file"),
        ("curl -F 'a=<notes.txt' http://x", "<command 1>:1:9: error: '-F a=<notes.txt' sends a file's text as a field"),
        ("curl -F f=@/nonexistent/x.png http://x", "<command 1>:1:9: error: '-F f=@/nonexistent/x.png': no such file"),
        ("curl -F a=1 -F a=2 http://x", "<command 1>:1:16: error: '-F a=2' repeats the field 'a'"),
        ("curl http://x | jq .", "<command 1>:1:15: error: '|' is shell syntax"),
        ("curl -H \"X: $TOKEN\" http://x", "<command 1>:1:9: error: 'X: $TOKEN' needs the shell to expand it"),
        ("wget http://x", "<command 1>:1:1: error: expected a command starting with 'curl'"),
    ])
    func badCommandsArePositionedErrors(command: String, expected: String) async throws {
        let result = try await runVolley(["import", "curl", command])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
        #expect(result.stdout == "")
    }
}

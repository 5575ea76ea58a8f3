import Foundation
import Testing
import TestSupport
import VolleyCore
import VolleyJSON
@testable import VolleyRun

/// `volley import postman`: the YAML it writes validates and sends what the Postman file sends.
@Suite("a Postman collection converts to YAML that runs the same requests")
struct PostmanImportTests {
    static let collection = """
        {
          "info": {"name": "Round Trip", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
          "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]},
          "variable": [{"key": "kind", "value": "books"}],
          "item": [
            {"name": "Create", "request": {"method": "POST", "url": "{{base}}/{{kind}}",
              "header": [{"key": "X-Trace", "value": "t-1"}],
              "body": {"mode": "urlencoded", "urlencoded": [{"key": "title", "value": "Dune"}, {"key": "x", "value": "1", "disabled": true}]}},
             "event": [{"listen": "test", "script": {"exec": [
               "pm.test(\\"created\\", function () {",
               "    pm.response.to.have.status(201);",
               "});",
               "pm.response.to.have.header(\\"Location\\");",
               "pm.collectionVariables.set(\\"id\\", pm.response.json().id);"]}}]},
            {"name": "Books", "item": [
              {"name": "Read", "request": {"url": {"raw": "{{base}}/{{kind}}/:id", "host": ["{{base}}"], "path": ["{{kind}}", ":id"],
                                               "variable": [{"key": "id", "value": "{{id}}"}]}},
               "event": [{"listen": "test", "script": {"exec": [
                 "const body = pm.response.json();",
                 "pm.test('title', () => pm.expect(body.title.toUpperCase()).to.eql('DUNE'));"]}}]},
              {"name": "Read", "request": {"url": "{{base}}/{{kind}}/{{id}}?again=1", "auth": {"type": "noauth"}}}
            ]}
          ]
        }
        """
    static let environment = """
        {"name": "Local", "values": [
          {"key": "base", "value": "BASE", "enabled": true},
          {"key": "token", "value": "tok-9c2e5b71d4", "type": "secret", "enabled": true}]}
        """

    private static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            request.method == "POST"
                ? .json("{\"id\": 41}", status: 201, headers: [("Location", "/books/41")])
                : .json("{\"id\": 41, \"title\": \"Dune\"}")
        }
    }

    @Test func theConvertedCollectionValidatesAndSendsTheSameRequestsWithTheSameResults() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let postman = try dir.write(Self.collection, to: "trip.postman_collection.json")
        let env = try dir.write(Self.environment.replacingOccurrences(of: "BASE", with: server.baseURL), to: "local.postman_environment.json")

        let written = try PostmanImport.run(collection: postman, environment: env, into: dir.path("yaml"))

        #expect(written.files == [dir.path("yaml/round-trip.yaml"), dir.path("yaml/environments/local.yaml")])
        #expect(written.messages.contains("  volley secrets set round-trip token"))
        let yaml = try dir.read("yaml/round-trip.yaml")
        let environmentYAML = try dir.read("yaml/environments/local.yaml")
        // The secret value is in neither file; the plain check became expect:, the other script stayed.
        #expect(!yaml.contains("tok-9c2e5b71d4") && !environmentYAML.contains("tok-9c2e5b71d4"))
        #expect(environmentYAML.contains("keyring: { service: \"round-trip\", account: \"token\" }"))
        #expect(yaml.contains("expect:\n      status: 201\n      headers:\n        \"Location\": { exists: true }"))
        #expect(yaml.contains("capture:\n      \"id\": { json: \"$.id\" }"))
        #expect(yaml.contains("const body = pm.response.json();"))
        #expect(yaml.contains("- name: \"Read (2)\""))

        var postmanRun = RunConfiguration(paths: [postman])
        postmanRun.variables = VariableSettings(environment: env)
        let (postmanOutcome, postmanObserver, _) = try runSession(postmanRun)
        let postmanRequests = server.requests

        var yamlRun = RunConfiguration(paths: [dir.path("yaml/round-trip.yaml")])
        yamlRun.variables = VariableSettings(environment: "local")
        yamlRun.secrets = SecretSettings(commandLine: ["token": "tok-9c2e5b71d4"])
        let (checked, _) = try Validation.check(yamlRun, sources: SourceFiles(), secrets: SecretRegistry())
        #expect(checked.map(\.requestCount) == [3])
        let (yamlOutcome, yamlObserver, _) = try runSession(yamlRun)
        let yamlRequests = Array(server.requests.dropFirst(postmanRequests.count))

        #expect(ExitStatus(postmanOutcome) == .success, "\(postmanObserver.results.map { ($0.name, $0.failure as Any) })")
        #expect(ExitStatus(yamlOutcome) == .success, "\(yamlObserver.results.map { ($0.name, $0.failure as Any, $0.assertions) })")
        #expect(postmanObserver.results.map(\.outcome) == yamlObserver.results.map(\.outcome))
        func sent(_ requests: [RecordedRequest]) -> [String] {
            requests.map { r in
                "\(r.method) \(r.uri) auth=\(r.header("Authorization") ?? "-") trace=\(r.header("X-Trace") ?? "-") "
                    + "type=\(r.header("Content-Type") ?? "-") body=\(r.bodyText)"
            }
        }
        #expect(sent(postmanRequests) == [
            "POST /books auth=Bearer tok-9c2e5b71d4 trace=t-1 type=application/x-www-form-urlencoded body=title=Dune",
            "GET /books/41 auth=Bearer tok-9c2e5b71d4 trace=- type=- body=",
            "GET /books/41?again=1 auth=- trace=- type=- body=",
        ])
        #expect(sent(yamlRequests) == sent(postmanRequests))
    }

    static let redirects = """
        {"info": {"name": "Hops", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [
          {"name": "Follows", "request": "{{base}}/hop"},
          {"name": "Stays", "protocolProfileBehavior": {"followRedirects": false}, "request": "{{base}}/hop"},
          {"name": "Keeps POST", "protocolProfileBehavior": {"followOriginalHttpMethod": true, "maxRedirects": 3},
           "request": {"method": "POST", "url": "{{base}}/hop", "body": {"mode": "raw", "raw": "kept"}}},
          {"name": "Becomes GET", "request": {"method": "POST", "url": "{{base}}/hop", "body": {"mode": "raw", "raw": "dropped"}}}
         ]}
        """

    /// Postman follows redirects and Volley does not by default: the converted YAML says so on each
    /// request, so both send the same hops (and `followOriginalHttpMethod` keeps the POST).
    @Test func redirectBehaviourIsWrittenOnEachRequestAndBothRunsSendTheSameHops() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/hop" ? .json("{}", status: 302, headers: [("Location", "/end")]) : .json("{}")
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let postman = try dir.write(Self.redirects, to: "hops.postman_collection.json")

        _ = try PostmanImport.run(collection: postman, environment: nil, into: dir.path("yaml"))
        let yaml = try dir.read("yaml/hops.yaml")
        #expect(yaml.contains("follow_redirects: false"), "\(yaml)")
        #expect(yaml.contains("redirects_keep_method: true\n    compressed: true"), "\(yaml)")
        #expect(yaml.contains("max_redirects: 3"), "\(yaml)")
        #expect(!yaml.contains("-L"), "\(yaml)")

        var postmanRun = RunConfiguration(paths: [postman])
        postmanRun.variables = VariableSettings(commandLine: [("base", server.baseURL)])
        let (postmanOutcome, postmanObserver, _) = try runSession(postmanRun)
        let postmanRequests = server.requests
        var yamlRun = RunConfiguration(paths: [dir.path("yaml/hops.yaml")])
        yamlRun.variables = VariableSettings(commandLine: [("base", server.baseURL)])
        let (yamlOutcome, yamlObserver, _) = try runSession(yamlRun)
        let yamlRequests = Array(server.requests.dropFirst(postmanRequests.count))

        #expect(ExitStatus(postmanOutcome) == .success && ExitStatus(yamlOutcome) == .success)
        func sent(_ requests: [RecordedRequest]) -> [String] { requests.map { "\($0.method) \($0.path) \($0.bodyText)" } }
        #expect(sent(postmanRequests) == [
            "GET /hop ", "GET /end ", "GET /hop ", "POST /hop kept", "POST /end kept", "POST /hop dropped", "GET /end ",
        ])
        #expect(sent(yamlRequests) == sent(postmanRequests))
        #expect(postmanObserver.results.map(\.response?.status) == [200, 302, 200, 200])
        #expect(yamlObserver.results.map(\.response?.status) == postmanObserver.results.map(\.response?.status))
    }

    /// Newman reads a CSV cell that is a number as a number; a script converted with the collection
    /// expects that, so the converted YAML says `csv_numbers: true` and reads the same row the same way.
    @Test func csvNumbersReachConvertedScriptsAsNumbersAsInNewman() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let postman = try dir.write("""
            {"info": {"name": "Rows", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Row", "request": "{{base}}/rows/{{n}}",
               "event": [{"listen": "test", "script": {"exec": [
                 "pm.test('n is a number', () => pm.expect(pm.iterationData.get('n')).to.equal(7));",
                 "pm.test('zip stays text', () => pm.expect(pm.iterationData.get('zip')).to.equal('007'));"]}}]}]}
            """, to: "rows.postman_collection.json")
        let data = try dir.write("n,zip\n7,007\n", to: "rows.csv")

        _ = try PostmanImport.run(collection: postman, environment: nil, into: dir.path("yaml"))
        let yaml = try dir.read("yaml/rows.yaml")
        #expect(yaml.contains("csv_numbers: true"), "\(yaml)")

        for path in [postman, dir.path("yaml/rows.yaml")] {
            var run = RunConfiguration(paths: [path])
            run.variables = VariableSettings(commandLine: [("base", server.baseURL)])
            run.iterationsData = data
            let (outcome, observer, _) = try runSession(run)
            #expect(ExitStatus(outcome) == .success, "\(path): \(observer.results.map(\.hookAssertions))")
            #expect(observer.results.first?.hookAssertions.map(\.passed) == [true, true], "\(path)")
        }
        #expect(server.requests.map(\.path) == ["/rows/7", "/rows/7"])
    }

    @Test func aFileInTheWayStopsTheImportBeforeAnythingIsWritten() throws {
        let dir = try TemporaryDirectory()
        let postman = try dir.write(Self.collection, to: "trip.postman_collection.json")
        try dir.write("keep me\n", to: "out/round-trip.yaml")

        #expect {
            try PostmanImport.run(collection: postman, environment: nil, into: dir.path("out"))
        } throws: { error in
            (error as? PostmanImport.FileInTheWay)?.path == dir.path("out/round-trip.yaml")
        }
        #expect(try dir.read("out/round-trip.yaml") == "keep me\n")
    }

    @Test func aPlainCheckScriptIsReadAsChecksAndAnythingElseIsNot() throws {
        let checks = try #require(ScriptChecks("""
            pm.test("ok", () => pm.response.to.have.status(200));
            pm.expect(pm.response.json().data[0].name).to.eql("Ada");
            pm.environment.set("next", pm.response.json().next);
            """))
        #expect(checks.status == 200)
        #expect(checks.json.map { "\($0.path)=\($0.value)" } == ["$.data[0].name=\"Ada\""])
        #expect(checks.captures.map { "\($0.name)=\($0.path)" } == ["next=$.next"])
        #expect(ScriptChecks("if (pm.response.code === 200) { pm.environment.set('a', 1); }") == nil)
        #expect(ScriptChecks("pm.expect(pm.response.json().items.length).to.eql(3);") == nil)
    }

    @Test func scriptsAndBodiesReadBackFromTheYAMLAsTheyWere() throws {
        let script = "  // indented first line\r\nif (pm.response.code > 0) {\r\n\tconsole.log('tab');\r\n}\r\n"
        let body = "line one\n  line two: {{v}}\n\n"
        let dir = try TemporaryDirectory()
        let postman = try dir.write("""
            {"info": {"name": "Texts", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "R", "request": {"method": "POST", "url": "http://h/",
                        "body": {"mode": "raw", "raw": \(JSONValue.string(body).jsonText)}},
                       "event": [{"listen": "test", "script": {"exec": \(JSONValue.string(script).jsonText)}}]}]}
            """, to: "t.postman_collection.json")

        let written = try PostmanImport.run(collection: postman, environment: nil, into: dir.path("out"))
        let yaml = try dir.read("out/texts.yaml")
        let collection = try YAMLCollectionLoader().load(source: yaml, file: written.files[0])

        let request = try #require(collection.plannedRequests().first)
        #expect(request.scripts.map(\.source) == ["  // indented first line\nif (pm.response.code > 0) {\n\tconsole.log('tab');\n}\n"])
        guard case .raw(let template)? = request.spec.body else { Issue.record("no raw body in \(yaml)"); return }
        #expect(template.writtenText == body)
    }

    @Test func formdataAndFileBodiesBecomeMultipartAndBodyFileThatReadTheSameFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.write("PNG", to: "files/a.png")
        try dir.write("BIN", to: "files/b.bin")
        let postman = try dir.write("""
            {"info": {"name": "Up", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "form", "request": {"method": "POST", "url": "http://h/",
                        "body": {"mode": "formdata", "formdata": [{"key": "t", "value": "{{v}}"},
                          {"key": "f", "type": "file", "src": "files/a.png", "contentType": "image/png"}]}}},
                      {"name": "file", "request": {"method": "POST", "url": "http://h/",
                        "body": {"mode": "file", "file": {"src": "files/b.bin"}}}}]}
            """, to: "u.postman_collection.json")

        let written = try PostmanImport.run(collection: postman, environment: nil, into: dir.path("out"))
        let yaml = try dir.read("out/up.yaml")
        #expect(yaml.contains("multipart:"), "\(yaml)")
        let collection = try YAMLCollectionLoader().load(source: yaml, file: written.files[0])

        let specs = collection.plannedRequests().map(\.spec)
        guard case .multipart(let parts)? = specs.first?.body else { Issue.record("no multipart body in \(yaml)"); return }
        #expect(parts.map(\.name) == ["t", "f"])
        #expect(parts[1].content == .file(bytes: Array("PNG".utf8), filename: "a.png", contentType: "image/png"))
        guard case .file(let bytes, _)? = specs.last?.body else { Issue.record("no file body in \(yaml)"); return }
        #expect(bytes == Array("BIN".utf8))
    }

    /// Every example collection of Postman's suite that loads converts into YAML that loads, with
    /// as many requests (the corpus is read from ../shared/corpora, never copied).
    @Test func everyLoadableExampleCollectionConvertsToYAMLThatLoads() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/corpora/postman/examples").standardizedFileURL.path
        let names = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".json") }.sorted()
        var converted = 0
        for name in names {
            let dir = try TemporaryDirectory()
            guard let written = try? PostmanImport.run(collection: examples + "/" + name, environment: nil, into: dir.path) else { continue }
            let yaml = try String(contentsOfFile: written.files[0], encoding: .utf8)
            let original = try PostmanCollectionLoader().load(
                source: try String(contentsOfFile: examples + "/" + name, encoding: .utf8), file: name)
            let loaded = try YAMLCollectionLoader().load(source: yaml, file: written.files[0])
            #expect(loaded.plannedRequests().map(\.spec.method) == original.plannedRequests().map(\.spec.method), "\(name)")
            converted += 1
        }
        #expect(converted == 23)
    }
}

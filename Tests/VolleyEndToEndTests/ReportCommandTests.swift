import Foundation
import Testing
import TestSupport

/// Reports through the binary: written atomically, valid against their schemas, present even
/// when the run fails or is interrupted.
@Suite("volley run reports, end to end")
struct ReportCommandTests {
    let root = packageRoot()

    /// A collection with one passing and one failing request against the demo server.
    func mixed(_ base: String, in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: mixed
            requests:
              - name: small
                url: "\(base)/json/small"
                expect:
                  status: 200
                  json: { "$.name": Acme }
              - name: wrong
                url: "\(base)/json/small"
                expect:
                  json: { "$.price": { lt: 5 } }
            """, to: "mixed.yaml")
    }

    @Test func everyReportIsWrittenAndValidEvenWhenTheRunFails() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try mixed(server.baseURL, in: dir)
            let out = dir.path("nested/reports")

            let result = try await runVolley([
                "run", file, "--report-json", out + "/r.json", "--report-junit", out + "/r.xml",
                "--report-html", out + "/r.html", "--report-markdown", out + "/r.md",
            ])

            #expect(result.exitCode == 1)
            let json = try dir.read("nested/reports/r.json")
            #expect(json.contains(#""schema": "volley-report/1""#))
            #expect(try Validators.jsonSchema(json: dir.path("nested/reports/r.json"), schema: root + "/schemas/volley-report-1.schema.json") == nil)
            if let xsd = Validators.junitSchema(root: root) {
                #expect(try Validators.xmllint(dir.path("nested/reports/r.xml"), schema: xsd) == nil)
            }
            let junit = try dir.read("nested/reports/r.xml")
            #expect(junit.contains(#"tests="2""#) && junit.contains(#"failures="1""#))
            #expect(junit.contains("json $.price"))
            let html = try dir.read("nested/reports/r.html")
            #expect(html.contains(#"id="count-passed">1<"#), "\(html.prefix(400))")
            #expect(!html.contains("http://") || !html.contains("<script src"))
            #expect(try dir.read("nested/reports/r.md").contains("wrong"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func anUnwritableReportPathFailsBeforeAnythingIsSent() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try mixed(server.baseURL, in: dir)

            let result = try await runVolley(["run", file, "--report-json", "/proc/volley/r.json"])

            #expect(result.exitCode == 2)
            #expect(result.stderr.contains("error: cannot create the folder for report '/proc/volley/r.json'"))
            #expect(server.requests.isEmpty)
        }
    }

    @Test func gitHubActionsGetsAnnotationsAndAStepSummary() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try mixed(server.baseURL, in: dir)
            let summary = try dir.write("## earlier step\n", to: "summary.md")

            let result = try await runVolley(["run", file], environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary])

            #expect(result.exitCode == 1)
            #expect(result.stdout.contains("::error file=\(file),line=11,col=15,title="), "\(result.stdout)")
            let appended = try dir.read("summary.md")
            #expect(appended.hasPrefix("## earlier step\n"))
            #expect(appended.contains("mixed"))
        }
    }

    @Test func iterationDataRunsOncePerRowBetweenEnvironmentAndCaptures() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let rows = try dir.write("company,label\n1,\"first, quoted\"\n2,second\n", to: "rows.csv")
            let file = try dir.write("""
                name: rows
                variables: { label: from-collection }
                defaults:
                  headers: { apikey: demo0000000000000000000000000000 }
                requests:
                  - name: collect
                    url: "\(server.baseURL)/cdapi/v2/company_base/collect/{{company}}"
                    query: { label: "{{label}}" }
                    expect:
                      status: 200
                """, to: "rows.yaml")

            let result = try await runVolley(["run", file, "--iterations-data", rows])

            #expect(result.exitCode == 0, "\(result)")
            #expect(server.requests.map(\.path) == ["/cdapi/v2/company_base/collect/1", "/cdapi/v2/company_base/collect/2"])
            #expect(server.requests.map { $0.query["label"] } == ["first, quoted", "second"])
            #expect(result.stdout.contains("rows  (\(file))  [2/2]"))
        }
    }

    @Test func jsonIterationDataKeepsItsTypes() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let rows = try dir.write(#"[{"company": 1}, {"company": 2}]"#, to: "rows.json")
            let file = try dir.write("""
                name: typed rows
                defaults:
                  headers: { apikey: demo0000000000000000000000000000 }
                requests:
                  - name: collect
                    url: "\(server.baseURL)/cdapi/v2/company_base/collect/{{company}}"
                    expect:
                      json: { "$.id": "{{company}}" }
                """, to: "typed.yaml")

            let result = try await runVolley(["run", file, "--iterations-data", rows])

            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stdout.contains("2 requests: 2 passed"))
        }
    }

    @Test func repeatsGivePercentilesAndCapturesResetEachTime() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: repeat
                requests:
                  - name: small
                    url: "\(server.baseURL)/json/small"
                    capture: { seen: { json: "$.id" } }
                """, to: "repeat.yaml")

            let result = try await runVolley(["run", file, "--repeat", "20", "--quiet", "--report-json", dir.path("r.json")])

            #expect(result.exitCode == 0, "\(result)")
            #expect(server.requests.count == 20)
            #expect(result.stdout.hasPrefix("20 requests: 20 passed"))
            #expect(result.stdout.contains("Latency over 20 runs (ms)"))
            let json = try dir.read("r.json")
            #expect(json.contains(#""p99""#))
        }
    }

    @Test func ctrlCStopsTheRunPrintsTheSummaryAndWritesAPartialReport() async throws {
        let server = try await ScenarioServer.start { request in
            ScenarioResponse.json("{}").delayed(by: .milliseconds(request.path == "/slow" ? 30000 : 0))
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: interrupted
            requests:
              - name: fast
                url: "\(server.baseURL)/fast"
              - name: slow
                url: "\(server.baseURL)/slow"
              - name: never
                url: "\(server.baseURL)/never"
            """, to: "slow.yaml")

        // Ctrl-C while the slow request is in flight.
        let result = try await interruptedRun(["run", file, "--report-json", dir.path("r.json")], server: server, signal: SIGINT)

        #expect(result.exitCode == 130)
        #expect(result.stdout.contains("✔ fast"))
        #expect(result.stdout.contains("- never"))
        #expect(result.stdout.contains("3 requests: 1 passed"))
        #expect(result.stderr.contains("interrupted"))
        #expect(!server.requests.contains { $0.path == "/never" })
        let json = try dir.read("r.json")
        #expect(json.contains(#""partial": true"#))
    }
}

/// Schema validators run as separate tools, as CI would.
enum Validators {
    /// nil when valid, else the validator's complaint.
    static func jsonSchema(json: String, schema: String) throws -> String? {
        let script = "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))"
        let result = try Tool.run("python3", ["-c", script, json, schema])
        return result.exitCode == 0 ? nil : result.stderr
    }

    static func junitSchema(root: String) -> String? {
        let path = root + "/../shared/corpora/junit-10.xsd"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static func xmllint(_ file: String, schema: String) throws -> String? {
        let result = try Tool.run("xmllint", ["--noout", "--schema", schema, file])
        return result.exitCode == 0 ? nil : result.stderr
    }
}

enum Tool {
    static func run(_ name: String, _ arguments: [String]) throws -> ProcessResult {
        let process = try RunningProcess(executable: "/usr/bin/env", arguments: [name] + arguments)
        return try process.waitBlocking()
    }
}

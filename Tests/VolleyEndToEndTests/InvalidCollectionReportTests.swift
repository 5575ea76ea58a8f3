import Foundation
import Testing
import TestSupport

/// An invalid collection sends nothing and exits 2, but CI still gets every report it asked for.
@Suite("volley run, reports of a run that did not start")
struct InvalidCollectionReportTests {
    let root = packageRoot()

    @Test func everyRequestedReportSaysWhyAndGitHubGetsAnnotations() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: bad
            requests:
              - name: one
                url: "http://127.0.0.1:9/x"
                expect: { statuz: 200 }
            """, to: "bad.yaml")
        let summary = try dir.write("## earlier step\n", to: "summary.md")
        let out = dir.path("reports")

        let result = try await runVolley(
            ["run", file, "--report-json", out + "/r.json", "--report-junit", out + "/r.xml",
             "--report-html", out + "/r.html", "--report-markdown", out + "/r.md"],
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary])

        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("1 error; nothing was sent."))
        #expect(result.stdout.contains("::error file=\(file),line=5,col=15::unknown key 'statuz' (did you mean 'status'?)"), "\(result)")

        let json = try dir.read("reports/r.json")
        #expect(try Validators.jsonSchema(json: dir.path("reports/r.json"), schema: root + "/schemas/volley-report-1.schema.json") == nil)
        let diagnostics = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == file)
        #expect(diagnostics.first?["line"] as? Int == 5)
        #expect(diagnostics.first?["column"] as? Int == 15)

        let junit = try dir.read("reports/r.xml")
        #expect(junit.contains(#"errors="1""#) && junit.contains("<error "))
        #expect(junit.contains("\(file):5:15: error: unknown key"))
        if let xsd = Validators.junitSchema(root: root) {
            #expect(try Validators.xmllint(dir.path("reports/r.xml"), schema: xsd) == nil)
        }
        #expect(try dir.read("reports/r.md").contains("the run did not start"))
        #expect(try dir.read("reports/r.html").contains("The run did not start"))
        #expect(try dir.read("summary.md").contains("the run did not start"))
    }

    @Test func aBadIterationDataFileStillGivesItsReport() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("name: ok\nrequests:\n  - name: one\n    url: \"http://127.0.0.1:9/\"\n", to: "ok.yaml")
        let rows = try dir.write("a,b\n", to: "rows.txt")

        let result = try await runVolley(["run", file, "--iterations-data", rows, "--report-json", dir.path("r.json")])

        #expect(result.exitCode == 2)
        let json = try dir.read("r.json")
        #expect(json.contains("--iterations-data expects a .csv or .json file"), "\(json)")
        #expect(json.contains(#""exitCode": 2"#))
    }

    @Test func aMissingCollectionFileStillGivesAJUnitError() async throws {
        let dir = try TemporaryDirectory()

        let result = try await runVolley(["run", dir.path("missing.yaml"), "--report-junit", "-"])

        #expect(result.exitCode == 2)
        #expect(result.stdout.contains("<error type=\"invalid input\" message=\"no such file or directory"), "\(result)")
    }
}

import Testing
import VolleyCore
@testable import VolleyReporter

/// An invalid collection sends nothing, but every report still says the run did not start and why.
@Suite struct NotStartedReportTests {
    static let diagnostics = [
        RunDiagnostic(.error, "unknown key 'statuz' (did you mean 'status'?)", at: SourceLocation(file: "api.yaml", line: 5, column: 15)),
        RunDiagnostic(.error, "undefined variable 'nope' <in url>", at: SourceLocation(file: "api.yaml", line: 4, column: 10)),
        RunDiagnostic(.warning, "header 'apikey' is set twice", at: SourceLocation(file: "other.yaml", line: 2, column: 3)),
        RunDiagnostic(.error, "no such file or directory: 'missing.yaml'", at: nil),
    ]

    static var report: RunReport {
        RunRecorder(metadata: SampleResults.metadata)
            .finish(RunEnd(duration: .milliseconds(12), exitCode: 2, diagnostics: diagnostics))
    }

    @Test func junitHasOneErrorTestCasePerError() throws {
        let xml = try JUnitReportTests().rendered(Self.report)
        #expect(xml.contains(#"<testsuites name="volley" tests="3" failures="0" errors="3""#), "\(xml)")
        #expect(xml.components(separatedBy: "<error ").count - 1 == 3)
        #expect(xml.contains(#"<testcase name="api.yaml:5:15" classname="api.yaml""#))
        #expect(xml.contains(#"message="unknown key &#39;statuz&#39; (did you mean &#39;status&#39;?)""#))
        #expect(xml.contains("api.yaml:4:10: error: undefined variable &#39;nope&#39; &lt;in url&gt;"))
        #expect(!xml.contains("set twice"))
    }

    @Test func jsonListsEveryDiagnosticWithItsPosition() throws {
        let (_, doc) = try JSONReportTests().rendered(Self.report)
        #expect(doc["run", "exitCode"] == 2)
        #expect(doc["diagnostics"]?.arrayValue?.count == 4)
        #expect(doc["diagnostics", 0] == [
            "file": "api.yaml", "line": 5, "column": 15, "severity": "error",
            "message": "unknown key 'statuz' (did you mean 'status'?)",
        ])
        #expect(doc["diagnostics", 2, "severity"] == "warning")
        #expect(doc["diagnostics", 3, "file"] == .null)
        #expect(doc["diagnostics", 3, "line"] == .null)
        #expect(doc["collections"]?.arrayValue?.count == 0)
    }

    @Test func aRunThatStartedHasNoDiagnostics() throws {
        let (_, doc) = try JSONReportTests().rendered(SampleResults.report())
        #expect(doc["diagnostics"]?.arrayValue?.count == 0)
    }

    @Test func markdownSaysTheRunDidNotStartAndWhy() {
        let markdown = MarkdownSummary().render(Self.report)
        #expect(markdown.hasPrefix("## ❌ Volley: the run did not start\n"), "\(markdown)")
        #expect(markdown.contains("3 errors in the collections, environments or secrets; nothing was sent:"))
        #expect(markdown.contains("- `api.yaml:5:15` error: unknown key 'statuz' (did you mean 'status'?)"))
        #expect(markdown.contains("- error: no such file or directory: 'missing.yaml'"))
    }

    @Test func htmlShowsABannerAndEachProblem() {
        let html = HTMLReport().render(Self.report)
        #expect(html.contains(#"id="not-started">The run did not start: 3 errors"#))
        #expect(html.contains("error: unknown key &#39;statuz&#39;"))
        #expect(html.contains("<code>api.yaml:5:15</code>"))
    }

    @Test func gitHubGetsAnAnnotationPerProblem() {
        let lines = GitHubAnnotations().annotations(for: Self.report)
        #expect(lines == [
            "::error file=api.yaml,line=5,col=15::unknown key 'statuz' (did you mean 'status'?)",
            "::error file=api.yaml,line=4,col=10::undefined variable 'nope' <in url>",
            "::warning file=other.yaml,line=2,col=3::header 'apikey' is set twice",
            "::error::no such file or directory: 'missing.yaml'",
        ])
    }
}

import Foundation
import Testing
import VolleyCore
import VolleyJSON
@testable import VolleyReporter

/// The checks request hooks make, and a hook's reason for skipping a request, appear in every
/// report as assertion results do: each reporter reads them from `RequestResult.problems`.
@Suite struct HookResultReportTests {
    static let file = "collections/hooked.yaml"
    static let checked = SourceLocation(file: file, line: 4, column: 3)
    static let script = SourceLocation(file: "scripts/check.js", line: 7, column: 1)

    /// A 200 whose hook checked it twice: one check passed, one (written at a script line) failed.
    static var hooked: RequestResult {
        var result = RequestResult(
            collection: "Hooked", folderPath: [], name: "Make order", location: checked,
            sent: SentRequest(method: "POST", url: "http://127.0.0.1:1/orders", headers: []),
            response: ReceivedResponse(status: 200), timings: SampleResults.timings(totalMs: 12.5))
        result.hookAssertions = [
            HookAssertionResult(name: "body has an id", passed: true),
            HookAssertionResult(name: "status is 201", passed: false, message: "got 200", location: script),
        ]
        return result
    }

    /// A request a hook skipped, saying why.
    static var skipped: RequestResult {
        var result = RequestResult(
            collection: "Hooked", folderPath: [], name: "Refund", location: SourceLocation(file: file, line: 9, column: 3),
            skipped: true)
        result.skipReason = "no order to refund"
        return result
    }

    static func report() -> RunReport {
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.beginCollection(name: "Hooked", file: file)
        recorder.record(hooked)
        recorder.record(skipped)
        recorder.endCollection()
        return recorder.finish(RunEnd(duration: .milliseconds(5), exitCode: 1))
    }

    @Test func aFailedHookCheckIsAProblemAtItsLocationAndAPassedOneIsNot() {
        let problems = Self.hooked.problems
        #expect(problems == [RequestProblem(kind: .hookAssertion, message: "status is 201: got 200", location: Self.script)])
        #expect(problems[0].typeName == "hook_assertion")
        #expect(Self.hooked.outcome == .failed)
        var unplaced = Self.hooked
        unplaced.hookAssertions = [HookAssertionResult(name: "fast enough", passed: false)]
        #expect(unplaced.problems.map(\.message) == ["fast enough"])
        #expect(unplaced.problems.map(\.location) == [Self.checked], "a check the hook did not place is at the request")
        #expect(Self.skipped.problems.isEmpty)
    }

    @Test func theConsoleShowsAFailedCheckWithItsMessageAndLocationAndASkipWithItsReason() {
        let console = ConsoleReporter(style: ConsoleStyle(colors: false))
        let lines = console.format(Self.hooked).components(separatedBy: "\n")
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.last == "      ✘ status is 201: got 200  (scripts/check.js:7:1)")
        #expect(console.format(Self.skipped).hasSuffix(" skipped: no order to refund"), "\(console.format(Self.skipped))")
        var plain = Self.skipped
        plain.skipReason = nil
        #expect(console.format(plain).hasSuffix(" skipped"), "a skip under --bail keeps its word")
    }

    @Test func theJSONReportHasEachCheckAndTheSkipReasonAndValidates() throws {
        // Validated against the schema when python's jsonschema is there.
        let (_, doc) = try JSONReportTests().rendered(Self.report())
        let made = try #require(doc["collections", 0, "requests", 0])
        #expect(made["hookAssertions", 0, "name"] == "body has an id")
        #expect(made["hookAssertions", 0, "passed"] == true)
        #expect(made["hookAssertions", 0, "message"] == .null)
        #expect(made["hookAssertions", 0, "location", "file"] == .string(Self.file), "unplaced: the request's location")
        #expect(made["hookAssertions", 1, "passed"] == false)
        #expect(made["hookAssertions", 1, "message"] == "got 200")
        #expect(made["hookAssertions", 1, "location", "file"] == "scripts/check.js")
        #expect(made["hookAssertions", 1, "location", "line"] == 7)
        #expect(made["skipReason"] == .null)
        #expect(doc["collections", 0, "requests", 1, "skipReason"] == "no order to refund")
        #expect(doc["summary", "assertions", "passed"] == 1, "each hook check counts as an assertion")
        #expect(doc["summary", "assertions", "failed"] == 1)
    }

    @Test func junitMakesAFailedCheckAFailureAndSaysWhyAHookSkipped() throws {
        // Validated against junit-10.xsd when xmllint and the schema are there.
        let xml = try JUnitReportTests().rendered(Self.report())
        #expect(xml.contains(#"<failure type="hook_assertion" message="status is 201: got 200">"#), "\(xml)")
        #expect(xml.contains("hook check status is 201\n  message:  got 200\n  at scripts/check.js:7:1</failure>"), "\(xml)")
        #expect(xml.contains(#"<skipped message="skipped by a hook: no order to refund"/>"#), "\(xml)")
    }

    @Test func markdownHTMLAndGitHubListTheFailedCheck() {
        let report = Self.report()
        let markdown = MarkdownSummary().render(report)
        #expect(markdown.contains("  - `scripts/check.js:7:1` status is 201: got 200"), "\(markdown)")
        let html = HTMLReport().render(report)
        #expect(html.contains("<div class=\"message\">status is 201: got 200</div><div class=\"loc\"><code>scripts/check.js:7:1</code></div>"))
        #expect(GitHubAnnotations().annotations(for: Self.hooked)
            == ["::error file=scripts/check.js,line=7,col=1,title=Hooked / Make order::status is 201: got 200"])
        #expect(GitHubAnnotations().annotations(for: report)
            == ["::error file=scripts/check.js,line=7,col=1,title=Hooked / Make order::status is 201: got 200"])
    }
}

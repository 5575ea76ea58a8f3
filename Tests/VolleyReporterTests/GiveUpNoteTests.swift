import Testing
import VolleyCore
import VolleyJSON
@testable import VolleyReporter

/// A result keeps why retrying stopped as a value; the console and the JSON report word it as a
/// note, with the settings spelled as the front end names them, before the run's own notes.
@Suite struct GiveUpNoteTests {
    static let names = SettingNames([.retryCount: "--retry"])

    static var gaveUp: RequestResult {
        var result = SampleResults.search
        result.gaveUp = .retriesUsedUp(.status(503), attempts: 1, limit: 0, origin: .commandLine(.retryCount))
        result.notes = ["a note of the run's own"]
        return result
    }

    @Test func theConsoleWordsTheGiveUpWithTheFrontEndsNames() {
        let text = ConsoleReporter(style: ConsoleStyle(colors: false), names: Self.names).format(Self.gaveUp)
        let notes = text.split(separator: "\n").filter { $0.contains("note: ") }
        #expect(notes == [
            "      note: not retried: 503 Service Unavailable after 1 attempt: retry count 0 (--retry)",
            "      note: a note of the run's own",
        ], "\(text)")
        #expect(!ConsoleReporter(style: ConsoleStyle(colors: false)).format(SampleResults.search).contains("not retried"))
    }

    @Test func aJUnitFailureEndsWithTheNotes() {
        var failed = Self.gaveUp
        failed.assertions = [AssertionOutcome(
            assertion: Assertion(subject: .status, predicate: .equals(.number(200)), location: failed.location),
            passed: false, actual: .number(503))]
        let lines = JUnitReport.details(failed, wording: RetryWording(names: Self.names))
        #expect(Array(lines.suffix(2)) == [
            "note: not retried: 503 Service Unavailable after 1 attempt: retry count 0 (--retry)",
            "note: a note of the run's own",
        ], "\(lines)")
    }

    @Test func theJSONReportListsItAmongTheNotes() throws {
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.beginCollection(name: "Orders", file: SampleResults.ordersFile)
        recorder.record(Self.gaveUp)
        let (_, doc) = try JSONReportTests().rendered(recorder.finish(RunEnd(duration: .zero, exitCode: 1)), names: Self.names)
        #expect(doc["collections", 0, "requests", 0, "notes"] == [
            "not retried: 503 Service Unavailable after 1 attempt: retry count 0 (--retry)", "a note of the run's own",
        ])
    }
}

import Testing
import TestSupport
import VolleyCore
import VolleyReporter
import VolleyRun

@Suite("the console observer, through a sink")
struct ConsoleRunObserverTests {
    private let here = SourceLocation(file: "c.yaml", line: 1, column: 1)

    @Test func quietShowsOnlyFailuresAndAStopGoesToStandardError() {
        let sink = CollectingSink()
        let console = ConsoleRunObserver(
            reporter: ConsoleReporter(style: ConsoleStyle(colors: false), verbose: false), output: sink,
            interactive: false, quiet: true, total: 2)
        let passed = RequestResult(collection: "c", folderPath: [], name: "fine", location: here)
        var failed = RequestResult(collection: "c", folderPath: [], name: "broken", location: here)
        failed.failure = RequestFailure(kind: .transport, message: "connection refused")
        console.didFinish(passed)
        console.didFinish(failed)
        console.didStop(RunStop(reason: .creditBudget, message: "credit budget reached"))
        #expect(sink.lines.count == 1)
        #expect(sink.lines.first?.contains("broken") == true, "\(sink.lines)")
        #expect(sink.errors == ["error: credit budget reached"])
    }
}

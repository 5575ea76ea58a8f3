import VolleyCore
import VolleyExecutor
import VolleyReporter

/// Prints each result as it arrives and keeps the counts and latencies for the summary.
/// On a terminal it keeps a progress line (done / total, elapsed, current request) at the bottom.
public final class ConsoleRunObserver: RunSessionObserver {
    private let reporter: ConsoleReporter
    private let output: ConsoleSink
    private(set) var statistics = RunStatistics()
    private(set) var ledger = QuotaLedger()
    /// Countdowns and progress rewrite one terminal line; in a pipe or a file they would be noise.
    private let interactive: Bool
    /// `--quiet`: only failures and the summary.
    private let quiet: Bool
    private let total: Int
    private var done = 0
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var statusLineShown = false
    /// The progress line for the request under way, shown again after a countdown replaces it.
    private var progress: String?
    /// Without a terminal, when the wait under way prints its next "still waiting" line.
    private var nextWaitLine: ContinuousClock.Instant?

    /// Without a terminal there is no countdown, so a wait this long gets a line of its own:
    /// a CI log that goes quiet for a minute looks like a hang.
    static let waitWorthALine: Duration = .seconds(2)
    static let waitLineInterval: Duration = .seconds(30)

    public init(reporter: ConsoleReporter, output: ConsoleSink, interactive: Bool, quiet: Bool, total: Int) {
        self.reporter = reporter
        self.output = output
        self.interactive = interactive
        self.quiet = quiet
        self.total = total
        self.start = clock.now
    }

    public func willSend(_ request: PlannedRequest, in collection: Collection) {
        guard interactive, total > 1 else { return }
        let name = (request.folderPath + [request.spec.name]).joined(separator: " / ")
        progress = "[\(done)/\(total)] \((clock.now - start).humanText) · \(name)"
        status(progress!)
    }

    /// A parallel run's progress line: what its workers run; only on a terminal, as for one request.
    public func running(_ running: [String], finished: Int) {
        guard interactive, !running.isEmpty else { return }
        let shown = running.prefix(3).joined(separator: ", ") + (running.count > 3 ? " +\(running.count - 3)" : "")
        progress = "[\(finished)/\(total)] \((clock.now - start).humanText) · running \(shown)"
        status(progress!)
    }

    public func willWait(_ duration: Duration, cause: WaitCause?) {
        guard !interactive, !quiet, duration > Self.waitWorthALine else { return }
        let reason = words(cause)
        output.out("  waiting \(duration.humanText) · \(reason)")
        nextWaitLine = clock.now + Self.waitLineInterval
    }

    /// A wait's cause in the console's words; `waiting` when pacing gave no reason.
    private func words(_ cause: WaitCause?) -> String {
        cause.map(reporter.wording.text) ?? "waiting"
    }

    public func waiting(remaining: Duration, cause: WaitCause?) {
        let reason = words(cause)
        guard interactive else {
            if let next = nextWaitLine, clock.now >= next {
                // Whole seconds: a log line every 30 s needs no tenths.
                let left = Duration.seconds(Int((remaining.milliseconds / 1000).rounded(.up)))
                output.out("  still waiting \(left.humanText) · \(reason)")
                nextWaitLine = next + Self.waitLineInterval
            }
            return
        }
        status("⏳ \(remaining.humanText) · \(reason)")
    }

    public func didWait() {
        nextWaitLine = nil
        if let progress { status(progress) } else { clearStatus() }
    }

    public func didFinish(_ result: RequestResult) {
        // The total counts request entries: a paginated request's further pages do not advance it.
        if (result.page ?? 1) == 1 { done += 1 }
        progress = nil
        statistics.add(result)
        // A request its script's sub-request kept from being sent still has that sub-request to count.
        if result.sent != nil || !result.subRequests.isEmpty { ledger.add(result, host: URLHost.of(result.sent?.url ?? "")) }
        if quiet, result.outcome == .passed || result.outcome == .skipped { return }
        clearStatus()
        output.out(reporter.format(result))
    }

    public func didStop(_ stop: RunStop) {
        output.err("error: \(stop.message)")
    }

    public func willRun(_ collection: Collection, iteration: Int, of iterations: Int) {
        guard !quiet else { return }
        clearStatus()
        var header = reporter.collectionHeader(name: collection.name, file: collection.file)
        if iterations > 1 { header += "  [\(iteration)/\(iterations)]" }
        output.out(header)
    }

    public func summary(elapsed: Duration, report: RunReport?) -> String {
        clearStatus()
        var lines = [reporter.summary(statistics, elapsed: elapsed)]
        if let report, report.isRepeated {
            let table = reporter.latencyTable(report)
            if !table.isEmpty { lines.append(table) }
        }
        lines += reporter.quotaSummary(ledger)
        return lines.joined(separator: "\n")
    }

    private func status(_ text: String) {
        output.outInline("\r\u{1B}[2K  " + text)
        statusLineShown = true
    }

    private func clearStatus() {
        guard statusLineShown else { return }
        output.outInline("\r\u{1B}[2K")
        statusLineShown = false
    }
}

import VolleyCore
import VolleyExecutor
import VolleyReporter

/// Prints each result as it arrives and keeps the counts and latencies for the summary.
final class ConsoleRunObserver: RunObserver {
    private let reporter: ConsoleReporter
    private let output: Output
    private(set) var statistics = RunStatistics()
    private(set) var ledger = QuotaLedger()
    private(set) var worst = ExitStatus.success
    /// Countdowns rewrite one terminal line; in a pipe or a file they would be noise.
    private let showsCountdown: Bool
    private var countdownShown = false

    init(reporter: ConsoleReporter, output: Output, showsCountdown: Bool) {
        self.reporter = reporter
        self.output = output
        self.showsCountdown = showsCountdown
    }

    func waiting(remaining: Duration, reason: String) {
        guard showsCountdown else { return }
        output.outInline("\r\u{1B}[2K  ⏳ \(remaining.humanText) · \(reason)")
        countdownShown = true
    }

    func didWait() {
        guard countdownShown else { return }
        output.outInline("\r\u{1B}[2K")
        countdownShown = false
    }

    func didFinish(_ result: RequestResult) {
        // A value captured as secret must be masked before anything, including this very line, prints it.
        for capture in result.captures where capture.capture.isSecret {
            if let value = capture.value { output.addSecret(value.templateText) }
        }
        statistics.add(result)
        if let url = result.sent?.url { ledger.add(result, host: URLHost.of(url)) }
        output.out(reporter.format(result))
        switch result.outcome {
        case .passed, .skipped: break
        case .failed: worst = max(worst, .assertionFailed)
        case .errored:
            // A request that could not be built (an undefined variable after a failed capture)
            // is a failure of the collection's logic; one that could not complete is a transport error.
            switch result.failure?.kind {
            case .transport: worst = max(worst, .requestFailed)
            case .secret: worst = max(worst, .invalidInput)
            default: worst = max(worst, .assertionFailed)
            }
        }
    }

    func summary(elapsed: Duration) -> String {
        ([reporter.summary(&statistics, elapsed: elapsed)] + reporter.quotaSummary(ledger)).joined(separator: "\n")
    }
}

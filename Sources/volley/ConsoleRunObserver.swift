import VolleyCore
import VolleyExecutor
import VolleyReporter

/// Prints each result as it arrives and keeps the counts and latencies for the summary.
final class ConsoleRunObserver: RunObserver {
    private let reporter: ConsoleReporter
    private let output: Output
    private(set) var statistics = RunStatistics()
    private(set) var worst = ExitStatus.success

    init(reporter: ConsoleReporter, output: Output) {
        self.reporter = reporter
        self.output = output
    }

    func didFinish(_ result: RequestResult) {
        // A value captured as secret must be masked before anything, including this very line, prints it.
        for capture in result.captures where capture.capture.isSecret {
            if let value = capture.value { output.addSecret(value.templateText) }
        }
        statistics.add(result)
        output.out(reporter.format(result))
        switch result.outcome {
        case .passed, .skipped: break
        case .failed: worst = max(worst, .assertionFailed)
        case .errored:
            // A request that could not be built (an undefined variable after a failed capture)
            // is a failure of the collection's logic; one that could not complete is a transport error.
            worst = max(worst, result.failure?.kind == .transport ? .requestFailed : .assertionFailed)
        }
    }

    func summary(elapsed: Duration) -> String {
        reporter.summary(&statistics, elapsed: elapsed)
    }
}

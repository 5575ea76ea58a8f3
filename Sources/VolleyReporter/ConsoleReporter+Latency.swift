import VolleyCore

extension ConsoleReporter {
    /// The per-request percentile table for the summary of a repeated run: the total, then each
    /// phase that took any time (a phase that was always zero, like TLS on plain HTTP, is left
    /// out), in milliseconds. Empty when nothing ran more than once.
    ///
    ///     Latency over 200 runs (ms)            runs     p50     p90     p95     p99     max
    ///       List users                  total    200    17.5    34.2    37.0    38.8    39.2
    ///                                   connect          0.0     0.1     0.1     0.2     0.3
    ///                                   ttfb             9.1    17.8    19.2    20.2    20.4
    public func latencyTable(_ report: RunReport) -> String {
        guard report.isRepeated else { return "" }
        let columns = ["runs", "p50", "p90", "p95", "p99", "max"]
        let title = "Latency over \(report.executions.total) runs (ms)"
        var lines = [style.bold(title.padded(to: 40)) + columns.map { $0.leftPadded(to: 8) }.joined()]
        let multipleCollections = report.collections.count > 1
        for collection in report.collections {
            for request in collection.requests {
                guard let total = request.latency.percentiles(.total) else { continue }
                let name = multipleCollections ? "\(collection.name) / \(request.displayName)" : request.displayName
                // One column short of the cell, so a shortened name never runs into "total".
                lines.append("  " + name.shortened(toColumns: 29).fitted(toColumns: 30) + "total".padded(to: 8) + String(request.runs.total).leftPadded(to: 8) + Self.cells(total))
                for phase in [TimingPhase.dns, .connect, .tls, .ttfb, .transfer] {
                    guard let p = request.latency.percentiles(phase), p.max > 0 else { continue }
                    lines.append("  " + "".padded(to: 30) + style.dim(phase.rawValue.padded(to: 8) + "".leftPadded(to: 8) + Self.cells(p)))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func cells(_ p: Percentiles) -> String {
        p.labeled.map { DurationText.tableMilliseconds($0.microseconds).leftPadded(to: 8) }.joined()
    }
}

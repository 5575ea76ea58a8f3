import VolleyCore

/// Running latency figures for one request over all its runs: a histogram per phase, so that
/// percentiles are available at the end without keeping the runs.
public struct LatencyAggregate: Sendable, Hashable {
    private var histograms = [LatencyHistogram](repeating: LatencyHistogram(), count: TimingPhase.allCases.count)

    public init() {}

    /// Runs that produced timings (errors and skips have none).
    public var count: Int { histograms[0].count }

    public mutating func record(_ timings: PhaseTimings) {
        for (i, phase) in TimingPhase.allCases.enumerated() {
            histograms[i].record(phase.value(in: timings))
        }
    }

    public func histogram(_ phase: TimingPhase) -> LatencyHistogram {
        histograms[TimingPhase.allCases.firstIndex(of: phase)!]
    }

    public func percentiles(_ phase: TimingPhase) -> Percentiles? {
        histogram(phase).percentiles
    }
}

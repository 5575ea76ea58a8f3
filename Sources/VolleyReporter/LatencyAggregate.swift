import VolleyCore

/// Running latency figures for one request over all its runs: a histogram per phase, so that
/// percentiles are available at the end without keeping the runs.
public struct LatencyAggregate: Sendable, Hashable {
    /// `allCases` of a CaseIterable enum builds a new array at each call: once here, not per request.
    private static let phases = TimingPhase.allCases
    private var histograms = [LatencyHistogram](repeating: LatencyHistogram(), count: phases.count)

    public init() {}

    /// Runs that produced timings (errors and skips have none).
    public var count: Int { histograms[0].count }

    public mutating func record(_ timings: PhaseTimings) {
        for (i, phase) in Self.phases.enumerated() {
            histograms[i].record(phase.value(in: timings))
        }
    }

    public func histogram(_ phase: TimingPhase) -> LatencyHistogram {
        histograms[Self.phases.firstIndex(of: phase)!]
    }

    /// Adds `histogram`'s values to the phase's (a merge of reports reads them back).
    public mutating func merge(_ histogram: LatencyHistogram, into phase: TimingPhase) {
        histograms[Self.phases.firstIndex(of: phase)!].merge(histogram)
    }

    public func percentiles(_ phase: TimingPhase) -> Percentiles? {
        histogram(phase).percentiles
    }
}

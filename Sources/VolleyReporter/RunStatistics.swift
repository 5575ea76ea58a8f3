import VolleyCore

/// Running counts and latency percentiles over finished requests, for the console summary.
/// Memory stays flat however many requests run: totals go into a histogram, not a list.
public struct RunStatistics: Sendable {
    public private(set) var passed = 0
    public private(set) var failed = 0
    public private(set) var errored = 0
    public private(set) var skipped = 0
    /// Total times, in microseconds, of requests that got a response.
    private var totals = LatencyHistogram()

    public init() {}

    public var total: Int { passed + failed + errored + skipped }

    public mutating func add(_ result: RequestResult) {
        switch result.outcome {
        case .passed: passed += 1
        case .failed: failed += 1
        case .errored: errored += 1
        case .skipped: skipped += 1
        }
        if let timings = result.timings { totals.record(timings.total) }
    }

    /// Total time in milliseconds at percentile `p` (0–100); nil before any response.
    public func percentile(_ p: Double) -> Double? {
        totals.percentile(p).map { Double($0) / 1000 }
    }
}

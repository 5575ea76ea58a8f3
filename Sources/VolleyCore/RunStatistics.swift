/// Running counts and latency percentiles over finished requests, for summaries.
public struct RunStatistics: Sendable {
    public private(set) var passed = 0
    public private(set) var failed = 0
    public private(set) var errored = 0
    public private(set) var skipped = 0
    /// Total times in microseconds of requests that got a response.
    private var totals: [Int64] = []
    private var sorted = true

    public init() {}

    public var total: Int { passed + failed + errored + skipped }

    public mutating func add(_ result: RequestResult) {
        switch result.outcome {
        case .passed: passed += 1
        case .failed: failed += 1
        case .errored: errored += 1
        case .skipped: skipped += 1
        }
        if let timings = result.timings {
            totals.append(timings.total)
            sorted = false
        }
    }

    /// Nearest-rank percentile of total time in milliseconds; nil before any response.
    public mutating func percentile(_ p: Double) -> Double? {
        guard !totals.isEmpty else { return nil }
        if !sorted { totals.sort(); sorted = true }
        let rank = Int((p / 100 * Double(totals.count)).rounded(.up))
        return Double(totals[min(max(rank, 1), totals.count) - 1]) / 1000
    }
}

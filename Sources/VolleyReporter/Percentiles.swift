/// The latency figures reports show for a repeated request, in microseconds.
public struct Percentiles: Sendable, Hashable {
    public var p50: Int64
    public var p90: Int64
    public var p95: Int64
    public var p99: Int64
    public var max: Int64
    /// How many values they summarize.
    public var count: Int

    public init(p50: Int64, p90: Int64, p95: Int64, p99: Int64, max: Int64, count: Int) {
        self.p50 = p50
        self.p90 = p90
        self.p95 = p95
        self.p99 = p99
        self.max = max
        self.count = count
    }

    /// In report order, with the names reports use.
    public var labeled: [(label: String, microseconds: Int64)] {
        [("p50", p50), ("p90", p90), ("p95", p95), ("p99", p99), ("max", max)]
    }
}

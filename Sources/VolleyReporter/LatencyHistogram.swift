/// A log-linear histogram of non-negative microsecond values, in the manner of HdrHistogram:
/// exact below 128 µs, then 128 equal buckets per power of two, so a percentile read back is
/// within 0.4% of a recorded value (half a bucket of at most 1/128 of it), from 1 µs to hours.
///
/// Memory does not grow with the number of values, only with their spread: counts are kept for
/// the window of buckets between the smallest and the largest value seen (a request's latencies
/// spanning 1–100 ms use about 900 buckets, 3.5 KB).
public struct LatencyHistogram: Sendable, Hashable {
    static let subBucketBits = 7
    static let subBuckets = 1 << subBucketBits

    /// Counts for buckets `offset ..< offset + counts.count` (empty while one value is held:
    /// it is in bucket `offset`). Internal for `LatencyHistogram+Merging.swift`.
    var counts: [UInt32] = []
    var offset = 0
    public internal(set) var count = 0
    public internal(set) var min: Int64 = 0
    public internal(set) var max: Int64 = 0
    public internal(set) var sum: Int64 = 0

    public init() {}

    public mutating func record(_ value: Int64) {
        let value = Swift.max(0, value)
        let bucket = Self.bucket(of: value)
        if count == 0 {
            // Most requests of a run run once: their one value needs no counts array (an
            // allocation per phase per request). The counts appear with the second value.
            offset = bucket
            min = value
            max = value
            count = 1
            sum = value
            return
        }
        if counts.isEmpty { counts = [1] }
        if bucket < offset {
            counts.insert(contentsOf: repeatElement(0, count: offset - bucket), at: 0)
            offset = bucket
        } else if bucket >= offset + counts.count {
            counts.append(contentsOf: repeatElement(0, count: bucket - offset - counts.count + 1))
        }
        counts[bucket - offset] &+= 1
        count += 1
        sum &+= value
        min = Swift.min(min, value)
        max = Swift.max(max, value)
    }

    /// The nearest-rank percentile (`p` in 0...100): the smallest recorded value with at least
    /// p% of values at or below it, to within the bucket's precision. Nil when empty.
    public func percentile(_ p: Double) -> Int64? {
        guard count > 0 else { return nil }
        let rank = Swift.min(count, Swift.max(1, Int((p / 100 * Double(count)).rounded(.up))))
        if rank == count || counts.isEmpty { return max }
        var seen = 0
        for (i, n) in counts.enumerated() where n > 0 {
            seen += Int(n)
            if seen >= rank {
                return Swift.min(max, Swift.max(min, Self.representative(of: offset + i)))
            }
        }
        return max
    }

    /// Buckets held in memory: the spread of the values, not their number.
    var storedBuckets: Int { count == 1 ? 1 : counts.count }

    public var mean: Double? {
        count > 0 ? Double(sum) / Double(count) : nil
    }

    public var percentiles: Percentiles? {
        guard count > 0 else { return nil }
        return Percentiles(
            p50: percentile(50)!, p90: percentile(90)!, p95: percentile(95)!, p99: percentile(99)!,
            max: max, count: count)
    }

    /// Values below 128 have a bucket each; above, the top 8 significant bits pick the bucket.
    static func bucket(of value: Int64) -> Int {
        if value < subBuckets { return Int(value) }
        let exponent = 63 - value.leadingZeroBitCount
        let shift = exponent - subBucketBits
        let sub = Int(value >> Int64(shift)) - subBuckets
        return subBuckets + shift * subBuckets + sub
    }

    /// The middle of a bucket, which bounds the error at half its width.
    static func representative(of bucket: Int) -> Int64 {
        if bucket < subBuckets { return Int64(bucket) }
        let shift = (bucket - subBuckets) / subBuckets
        let sub = (bucket - subBuckets) % subBuckets
        let lower = Int64(subBuckets + sub) << Int64(shift)
        let width = Int64(1) << Int64(shift)
        return lower + (width - 1) / 2
    }
}

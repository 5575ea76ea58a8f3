/// A histogram as a report stores it, and two histograms added together: a merge of sharded
/// runs' reports (`volley report merge`) reads each request's histograms back and recomputes its
/// percentiles from their sum, which averaging the shards' percentiles could not give.
extension LatencyHistogram {
    /// What a report keeps of a histogram: bucket counts from bucket `offset`, and the exact
    /// count, minimum, maximum and sum (microseconds).
    public struct Stored: Sendable, Hashable {
        public var offset: Int
        public var counts: [Int]
        public var count: Int
        public var min: Int64
        public var max: Int64
        public var sum: Int64

        public init(offset: Int, counts: [Int], count: Int, min: Int64, max: Int64, sum: Int64) {
            self.offset = offset
            self.counts = counts
            self.count = count
            self.min = min
            self.max = max
            self.sum = sum
        }
    }

    /// The buckets in full: a histogram of one value keeps no counts array.
    public var stored: Stored {
        let full: [UInt32] = count == 0 ? [] : counts.isEmpty ? [1] : counts
        return Stored(offset: offset, counts: full.map(Int.init), count: count, min: min, max: max, sum: sum)
    }

    /// A histogram read back from a report; nil when the counts do not add up to `count` or a
    /// bucket lies outside what values can fill (a report edited by hand, or corrupted).
    public init?(_ stored: Stored) {
        self.init()
        guard stored.count >= 0, stored.offset >= 0, stored.offset <= Self.bucket(of: Int64.max),
              stored.counts.allSatisfy({ $0 >= 0 && $0 <= Int(UInt32.max) }),
              stored.counts.reduce(0, &+) == stored.count, stored.min >= 0, stored.min <= stored.max
        else { return nil }
        guard stored.count > 0 else { return }
        offset = stored.offset
        counts = stored.count == 1 ? [] : stored.counts.map { UInt32($0) }
        count = stored.count
        min = stored.min
        max = stored.max
        sum = stored.sum
    }

    /// Adds every value of `other`, bucket by bucket.
    public mutating func merge(_ other: LatencyHistogram) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        let mine = stored.counts, theirs = other.stored.counts
        let low = Swift.min(offset, other.offset)
        let high = Swift.max(offset + mine.count, other.offset + theirs.count)
        var merged = [UInt32](repeating: 0, count: high - low)
        for (i, n) in mine.enumerated() { merged[offset - low + i] &+= UInt32(n) }
        for (i, n) in theirs.enumerated() { merged[other.offset - low + i] &+= UInt32(n) }
        offset = low
        counts = merged
        count += other.count
        sum &+= other.sum
        min = Swift.min(min, other.min)
        max = Swift.max(max, other.max)
    }
}

import Testing
import TestSupport
@testable import VolleyReporter

@Suite struct LatencyHistogramTests {
    static func exactPercentile(_ sorted: [Int64], _ p: Double) -> Int64 {
        let rank = min(sorted.count, max(1, Int((p / 100 * Double(sorted.count)).rounded(.up))))
        return sorted[rank - 1]
    }

    @Test func percentilesOf100kValuesAreWithinHalfABucket() {
        var rng = SeededGenerator(seed: 42)
        var histogram = LatencyHistogram()
        var values: [Int64] = []
        // Log-normal-ish latencies from ~0.2 ms to several seconds, plus a long tail.
        for i in 0..<100_000 {
            let base = Double.random(in: 0...1, using: &rng)
            var value = Int64(200 * pow2(base * 12))
            if i % 1000 == 0 { value *= 50 }
            values.append(value)
            histogram.record(value)
        }
        values.sort()
        #expect(histogram.count == 100_000)
        #expect(histogram.max == values.last!)
        #expect(histogram.min == values.first!)
        for p in [50.0, 90, 95, 99, 99.9] {
            let exact = Self.exactPercentile(values, p)
            let approximate = histogram.percentile(p)!
            let error = abs(Double(approximate - exact)) / Double(exact)
            #expect(error <= 0.004, "p\(p): \(approximate) vs \(exact)")
        }
        #expect(histogram.percentile(100) == values.last!)
        #expect(histogram.percentiles?.max == values.last!)
    }

    private func pow2(_ x: Double) -> Double {
        var result = 1.0
        var x = x
        while x >= 1 { result *= 2; x -= 1 }
        return result * (1 + x * 0.6931 + x * x * 0.2402 + x * x * x * 0.0555)
    }

    @Test func memoryDependsOnSpreadNotCount() {
        var narrow = LatencyHistogram()
        for i in 0..<200_000 { narrow.record(Int64(10_000 + i % 5_000)) }
        #expect(narrow.storedBuckets < 100)
        var wide = LatencyHistogram()
        for value: Int64 in [0, 1, 1_000, 3_600_000_000] { wide.record(value) }
        #expect(wide.storedBuckets < 3500, "0 µs to one hour")
    }

    @Test func smallValuesAreExact() {
        var histogram = LatencyHistogram()
        for value: Int64 in [0, 1, 2, 3, 127] { histogram.record(value) }
        #expect(histogram.percentile(20) == 0)
        #expect(histogram.percentile(40) == 1)
        #expect(histogram.percentile(60) == 2)
        #expect(histogram.percentile(80) == 3)
        #expect(histogram.percentile(100) == 127)
    }

    @Test func bucketsAreContiguousAndTight() {
        var previous = -1
        for value: Int64 in [0, 1, 127, 128, 129, 255, 256, 257, 1000, 65_535, 65_536, 3_600_000_000] {
            let bucket = LatencyHistogram.bucket(of: value)
            #expect(bucket >= previous)
            previous = bucket
            let representative = LatencyHistogram.representative(of: bucket)
            #expect(abs(Double(representative - value)) <= max(0.5, Double(value) / 128), "\(value) → \(representative)")
        }
        // One hour in microseconds needs fewer than 3500 buckets.
        #expect(LatencyHistogram.bucket(of: 3_600_000_000) < 3500)
    }

    @Test func aSingleValueIsEveryPercentile() {
        var histogram = LatencyHistogram()
        histogram.record(12_345)
        let p = histogram.percentiles!
        #expect([p.p50, p.p90, p.p95, p.p99, p.max] == [12_345, 12_345, 12_345, 12_345, 12_345])
        #expect(p.count == 1)
    }

    /// The first value is kept without a counts array; the second must count it, wherever it falls.
    @Test(arguments: [(12_345 as Int64, 12_345 as Int64), (12_345, 3), (3, 12_345), (100, 7), (7, 100)])
    func aSecondValueKeepsTheFirst(first: Int64, second: Int64) {
        var histogram = LatencyHistogram()
        histogram.record(first)
        #expect(histogram.storedBuckets == 1)
        histogram.record(second)
        #expect(histogram.count == 2)
        #expect(histogram.sum == first + second)
        #expect(histogram.percentile(50) == min(first, second))
        #expect(histogram.percentile(100) == max(first, second))
    }

    @Test func emptyHasNoPercentiles() {
        #expect(LatencyHistogram().percentile(50) == nil)
        #expect(LatencyHistogram().percentiles == nil)
    }

    @Test func boundedSeriesThinsEvenlyAndKeepsTheLatest() {
        var series = BoundedSeries<Int>(capacity: 10)
        for i in 0..<1000 { series.append(i) }
        let points = series.points
        #expect(points.count <= 11)
        #expect(points.first == 0)
        #expect(points.last == 999)
        let gaps = Set(zip(points.dropLast(), points.dropLast().dropFirst()).map { $1 - $0 })
        #expect(gaps.count == 1, "evenly spaced: \(points)")
        #expect(series.seen == 1000)
    }
}

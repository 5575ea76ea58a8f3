import Testing
import TestSupport
@testable import VolleyReporter

/// A merge of reports sums histograms: the sum must be the histogram of all the values.
@Suite struct LatencyHistogramMergeTests {
    @Test(arguments: [0, 1, 2, 50, 1000])
    func mergingTwoHistogramsEqualsRecordingEveryValueInOne(split: Int) {
        var generator = SeededGenerator(seed: UInt64(split + 1))
        let values = (0..<1000).map { _ in Int64.random(in: 0...2_000_000, using: &generator) / Int64.random(in: 1...1000, using: &generator) }
        var all = LatencyHistogram(), a = LatencyHistogram(), b = LatencyHistogram()
        for (i, v) in values.enumerated() {
            all.record(v)
            if i < split { a.record(v) } else { b.record(v) }
        }
        var merged = a
        merged.merge(b)
        #expect(merged.percentiles == all.percentiles)
        #expect(merged.stored == all.stored)
    }

    @Test func aStoredHistogramReadsBackTheSame() throws {
        for values in [[], [7], [7, 7], [3, 900, 40_000, 40_001, 2_000_000]] as [[Int64]] {
            var h = LatencyHistogram()
            for v in values { h.record(v) }
            let back = try #require(LatencyHistogram(h.stored))
            #expect(back.stored == h.stored)
            #expect(back.percentiles == h.percentiles)
        }
    }

    @Test func storedCountsThatDoNotAddUpAreRefused() {
        #expect(LatencyHistogram(.init(offset: 10, counts: [1, 2], count: 4, min: 10, max: 11, sum: 31)) == nil)
        #expect(LatencyHistogram(.init(offset: -1, counts: [1], count: 1, min: 0, max: 0, sum: 0)) == nil)
        #expect(LatencyHistogram(.init(offset: 0, counts: [-1, 2], count: 1, min: 0, max: 1, sum: 1)) == nil)
    }
}

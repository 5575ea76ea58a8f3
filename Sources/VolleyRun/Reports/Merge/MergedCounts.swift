import VolleyJSON
import VolleyReporter

/// Outcome counts as reports write and read them.
enum MergedCounts {
    static func json(_ counts: OutcomeCounts) -> JSONValue {
        [
            "total": .integer(Int64(counts.total)), "passed": .integer(Int64(counts.passed)),
            "failed": .integer(Int64(counts.failed)), "errored": .integer(Int64(counts.errored)),
            "skipped": .integer(Int64(counts.skipped)),
        ]
    }

    /// Counts read back; zero for a field missing (a merge adds what is there).
    static func read(_ value: JSONValue?) -> OutcomeCounts {
        let object = value?.objectValue
        func n(_ key: String) -> Int { object?[key]?.numberValue.map { Int($0) } ?? 0 }
        return OutcomeCounts(passed: n("passed"), failed: n("failed"), errored: n("errored"), skipped: n("skipped"))
    }

    /// Whole microseconds, as every report time is.
    static func milliseconds(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}

extension OutcomeCounts {
    mutating func add(_ other: OutcomeCounts) {
        passed += other.passed
        failed += other.failed
        errored += other.errored
        skipped += other.skipped
    }
}

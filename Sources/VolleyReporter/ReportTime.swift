import VolleyCore

/// How reports turn durations into numbers. Timings are whole microseconds; JSON carries them as
/// milliseconds with three decimals (`12.345`), which is exactly a microsecond. Text for people
/// comes from `DurationText`.
enum ReportTime {
    static func microseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000 + (attoseconds + 500_000_000_000) / 1_000_000_000_000
    }

    /// Milliseconds as a number, for JSON: `12.345`.
    static func milliseconds(_ microseconds: Int64) -> Double {
        Double(microseconds) / 1000
    }

    /// `0.012`: seconds with three decimals, as JUnit's `time` wants (a machine format: the
    /// milliseconds, rounded, written as `DurationText` writes exact milliseconds).
    static func secondsText(_ microseconds: Int64) -> String {
        DurationText.exactMilliseconds((microseconds + 500) / 1000)
    }
}

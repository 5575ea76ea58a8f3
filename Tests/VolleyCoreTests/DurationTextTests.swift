import Testing

@testable import VolleyCore

/// Every format of `DurationText`, at the edges where each changes its rounding or its unit.
@Suite struct DurationTextTests {
    @Test(arguments: [
        (Duration.zero, "0s"), (.milliseconds(4), "4ms"), (.milliseconds(40), "0.04s"), (.milliseconds(250), "0.25s"),
        (.milliseconds(800), "0.8s"), (.seconds(2), "2s"), (.milliseconds(2500), "2.5s"), (.milliseconds(59_540), "59.5s"),
        (.seconds(120), "120s"), (.seconds(599), "599s"), (.seconds(600), "10m"), (.seconds(3600), "1h0m"),
        (.seconds(5400), "1h30m"),
    ])
    func formatsWaitsInSeconds(duration: Duration, text: String) {
        #expect(duration.quotaText == text)
        #expect(DurationText.quota(duration) == text)
    }

    @Test(arguments: [
        (Duration.zero, "0ms"), (.microseconds(400), "0ms"), (.milliseconds(850), "850ms"), (.milliseconds(999), "999ms"),
        (.seconds(1), "1s"), (.milliseconds(2500), "2.5s"), (.milliseconds(59_940), "59.9s"), (.seconds(60), "1m0s"),
        (.seconds(90), "1m30s"),
    ])
    func writesShortHumanDurations(duration: Duration, text: String) {
        #expect(duration.humanText == text)
        #expect(DurationText.short(duration) == text)
    }

    @Test(arguments: [(0.0, "0.0 ms"), (0.84, "0.8 ms"), (9.94, "9.9 ms"), (12.4, "12 ms"), (1530.0, "1530 ms")])
    func writesResponseTimesInMilliseconds(ms: Double, text: String) {
        #expect(DurationText.milliseconds(ms) == text)
    }

    @Test(arguments: [(Int64(0), "0.000"), (12_345, "12.345"), (7, "0.007"), (-1_500, "-1.500")])
    func writesExactMilliseconds(microseconds: Int64, text: String) {
        #expect(DurationText.exactMilliseconds(microseconds) == text)
    }

    @Test(arguments: [(Int64(0), "0"), (420, "0.42"), (999, "1.00"), (12_340, "12.3"), (99_960, "100.0"), (1_530_400, "1530")])
    func writesTableMilliseconds(microseconds: Int64, text: String) {
        #expect(DurationText.tableMilliseconds(microseconds) == text)
    }

    @Test func roundsFractionalSecondsUpToTheNanosecond() {
        #expect(Duration(secondsRoundingUp: 0.2) >= .milliseconds(200))
        #expect(Duration(secondsRoundingUp: 0.2) <= .nanoseconds(200_000_001))
        #expect(Duration(secondsRoundingUp: -3) == .zero)
        #expect(Duration(secondsRoundingUp: .nan) == .zero)
        #expect(Duration.milliseconds(1500).fractionalSeconds == 1.5)
    }
}

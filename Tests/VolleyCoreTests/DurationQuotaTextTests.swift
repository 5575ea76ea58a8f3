import Testing

@testable import VolleyCore

@Suite struct DurationQuotaTextTests {
    @Test(arguments: [
        (Duration.zero, "0s"), (.milliseconds(4), "4ms"), (.milliseconds(40), "0.04s"), (.milliseconds(250), "0.25s"),
        (.milliseconds(800), "0.8s"), (.seconds(2), "2s"), (.milliseconds(2500), "2.5s"), (.milliseconds(59_540), "59.5s"),
        (.seconds(120), "120s"), (.seconds(599), "599s"), (.seconds(600), "10m"), (.seconds(3600), "1h0m"),
        (.seconds(5400), "1h30m"),
    ])
    func formatsWaitsInSeconds(duration: Duration, text: String) {
        #expect(duration.quotaText == text)
    }

    @Test func roundsFractionalSecondsUpToTheNanosecond() {
        #expect(Duration(secondsRoundingUp: 0.2) >= .milliseconds(200))
        #expect(Duration(secondsRoundingUp: 0.2) <= .nanoseconds(200_000_001))
        #expect(Duration(secondsRoundingUp: -3) == .zero)
        #expect(Duration(secondsRoundingUp: .nan) == .zero)
        #expect(Duration.milliseconds(1500).fractionalSeconds == 1.5)
    }
}

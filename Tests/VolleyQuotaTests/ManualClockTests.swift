import Testing
import VolleyCore
import VolleyQuota

@Suite struct ManualClockTests {
    @Test func sleepingMovesBothReadingsAtOnce() {
        let clock = ManualClock(startingAt: 1_700_000_000)
        let start = clock.now()
        let realStart = ContinuousClock.now

        clock.sleep(for: .seconds(30))

        #expect(clock.now() - start == .seconds(30))
        #expect(clock.epochNow() == 1_700_000_030)
        #expect(clock.advanced == .seconds(30))
        #expect(ContinuousClock.now - realStart < .seconds(1), "a manual sleep waits no real time")
    }

    @Test func aZeroOrNegativeAdvanceLeavesTheClockWhereItIs() {
        let clock = ManualClock(startingAt: 100)
        clock.advance(by: .zero)
        clock.advance(by: .seconds(-5))
        #expect(clock.epochNow() == 100)
        #expect(clock.advanced == .zero)
    }

    @Test func theSystemClockReadsRealTime() {
        let clock = SystemClock()
        let before = clock.now()
        clock.sleep(for: .milliseconds(20))
        #expect(clock.now() - before >= .milliseconds(20))
        // 2023-11-14 or later: a real epoch, not seconds since boot.
        #expect(clock.epochNow() > 1_700_000_000)
    }
}

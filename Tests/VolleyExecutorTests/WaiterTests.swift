import Testing
import VolleyCore
@testable import VolleyExecutor
import VolleyQuota

/// The wait loop on the run's clock: a countdown per slice, and Ctrl-C honoured between slices.
@Suite struct WaiterTests {
    final class Countdown: RunObserver {
        var remaining: [Duration] = []
        var began: Duration?
        var ended = false
        func didFinish(_ result: RequestResult) {}
        func willWait(_ duration: Duration, cause: WaitCause?) { began = duration }
        func waiting(remaining: Duration, cause: WaitCause?) { self.remaining.append(remaining) }
        func didWait() { ended = true }
    }

    @Test func aWaitSleepsInSlicesOnTheGivenClock() {
        let clock = ManualClock()
        let observer = Countdown()

        let finished = Waiter(clock: clock, cancellation: nil).wait(.milliseconds(250), cause: nil, observer: observer)

        #expect(finished)
        #expect(clock.advanced == .milliseconds(250))
        #expect(observer.began == .milliseconds(250))
        #expect(observer.remaining == [.milliseconds(250), .milliseconds(150), .milliseconds(50)])
        #expect(observer.ended)
    }

    @Test func aCancelledRunStopsWaitingAtOnce() {
        let clock = ManualClock()
        let flag = CancellationFlag()
        flag.cancel()
        let observer = Countdown()

        let finished = Waiter(clock: clock, cancellation: flag).wait(.seconds(30), cause: nil, observer: observer)

        #expect(!finished)
        #expect(clock.advanced == .zero)
        #expect(observer.ended)
    }
}

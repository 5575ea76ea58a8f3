import VolleyCore
import VolleyQuota

/// Sleeps for a retry delay or a pacing wait in short slices, so that a countdown can be shown
/// and Ctrl-C ends the wait at once. Time is the run's clock, so a test clock waits no real time.
struct Waiter {
    var clock: any RunClock
    var cancellation: CancellationFlag?
    var slice: Duration = .milliseconds(100)

    /// Returns false when the run was cancelled during the wait.
    func wait(_ duration: Duration, cause: WaitCause?, observer: RunObserver) -> Bool {
        guard duration > .zero else { return !(cancellation?.isCancelled ?? false) }
        let deadline = clock.now() + duration
        observer.willWait(duration, cause: cause)
        while true {
            if cancellation?.isCancelled ?? false { observer.didWait(); return false }
            let remaining = deadline - clock.now()
            if remaining <= .zero { break }
            observer.waiting(remaining: remaining, cause: cause)
            // A signal (Ctrl-C) cuts the sleep short; the loop then sees the flag.
            clock.sleep(for: min(remaining, slice))
        }
        observer.didWait()
        return !(cancellation?.isCancelled ?? false)
    }
}

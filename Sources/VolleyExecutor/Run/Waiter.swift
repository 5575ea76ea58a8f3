import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sleeps for a retry delay or a pacing wait in short slices, so that a countdown can be shown
/// and Ctrl-C ends the wait at once.
struct Waiter {
    var cancellation: CancellationFlag?
    var slice: Duration = .milliseconds(100)

    /// Returns false when the run was cancelled during the wait.
    func wait(_ duration: Duration, reason: String, observer: RunObserver) -> Bool {
        guard duration > .zero else { return !(cancellation?.isCancelled ?? false) }
        let clock = ContinuousClock()
        let deadline = clock.now + duration
        observer.willWait(duration, reason: reason)
        while true {
            if cancellation?.isCancelled ?? false { observer.didWait(); return false }
            let remaining = deadline - clock.now
            if remaining <= .zero { break }
            observer.waiting(remaining: remaining, reason: reason)
            Self.sleep(min(remaining, slice))
        }
        observer.didWait()
        return !(cancellation?.isCancelled ?? false)
    }

    private static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        // A signal (Ctrl-C) interrupts nanosleep; the loop above then sees the flag.
        _ = nanosleep(&request, &remaining)
    }
}

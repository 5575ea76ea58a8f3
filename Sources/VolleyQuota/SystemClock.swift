import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Real time: `ContinuousClock` for waits, `CLOCK_REALTIME` for quota headers and pacing, and
/// `nanosleep`, which a signal interrupts so that Ctrl-C ends a wait at once.
public struct SystemClock: RunClock {
    public init() {}

    public func now() -> ContinuousClock.Instant { ContinuousClock.now }

    public func epochNow() -> EpochSeconds {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    public func sleep(for duration: Duration) {
        guard duration > .zero else { return }
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        _ = nanosleep(&request, &remaining)
    }
}

import VolleyLock
import VolleyCore

/// A clock that moves only when slept on or advanced: `sleep(for:)` adds the duration at once.
/// Both readings move together, so a retry that "waits" a second is a second later on the
/// monotonic and the epoch reading alike. For tests (and anything that must not wait real time).
public final class ManualClock: RunClock {
    private let start: ContinuousClock.Instant
    private let startEpoch: EpochSeconds
    private let elapsed = Locked(Duration.zero)

    /// Starts at the real time of creation, so epochs read from a real server's headers still make sense.
    public init(startingAt epoch: EpochSeconds = SystemClock().epochNow()) {
        self.start = ContinuousClock.now
        self.startEpoch = epoch
    }

    public func now() -> ContinuousClock.Instant { start + elapsed.withLock { $0 } }

    public func epochNow() -> EpochSeconds { startEpoch + elapsed.withLock { $0 }.fractionalSeconds }

    public func sleep(for duration: Duration) { advance(by: duration) }

    /// Moves both readings forward; a negative or zero duration leaves the clock where it is.
    public func advance(by duration: Duration) {
        guard duration > .zero else { return }
        elapsed.withLock { $0 += duration }
    }

    /// Time slept or advanced since creation.
    public var advanced: Duration { elapsed.withLock { $0 } }
}

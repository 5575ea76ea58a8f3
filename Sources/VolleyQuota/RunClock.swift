import VolleyCore

/// The one clock a run reads: monotonic time for waits and elapsed budgets, wall-clock epoch time
/// for comparing with the instants servers put in quota headers, and a sleep.
///
/// Injected (`SystemClock` in a real run, `ManualClock` in tests) so that retry and pacing logic
/// runs the same under a test clock that never really waits as under the real one.
public protocol RunClock: Sendable {
    /// Monotonic time: never jumps when the wall clock is set. Waits and budgets are measured on it.
    func now() -> ContinuousClock.Instant
    /// Wall-clock time, for quota headers (`Date`, epoch resets) and the pacer's buckets.
    func epochNow() -> EpochSeconds
    /// Sleeps for up to `duration`; may return early (a signal such as Ctrl-C interrupts it), so
    /// callers sleep in a loop against a deadline on `now()`.
    func sleep(for duration: Duration)
}

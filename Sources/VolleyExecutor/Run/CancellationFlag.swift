import Synchronization

/// Set once, from a signal handler or another thread, to stop a run: waits end at once and a
/// transfer in flight is aborted. What already finished is still reported.
public final class CancellationFlag: Sendable {
    private let cancelled = Atomic<Bool>(false)

    public init() {}

    public func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    public var isCancelled: Bool {
        cancelled.load(ordering: .relaxed)
    }
}

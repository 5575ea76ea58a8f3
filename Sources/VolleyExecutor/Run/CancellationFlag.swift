import Synchronization

/// Set once, from a signal handler or another thread, to stop a run: waits end at once and a
/// transfer in flight is aborted. What already finished is still reported.
public final class CancellationFlag: Sendable {
    private let cancelled = Atomic<Bool>(false)
    /// The front end's code for what stopped the run (a signal number); 0 until then.
    private let cause = Atomic<Int32>(0)
    private let describe: @Sendable (Int32) -> String
    /// A flag whose cancellation cancels this one too (the run's Ctrl-C for a parallel run's
    /// workers, which a quota stop also cancels without it being an interrupt).
    private let parent: CancellationFlag?

    /// `describe` words a cause for people (`interrupted (SIGTERM)`): only the front end knows
    /// what its causes mean.
    public init(describe: @escaping @Sendable (Int32) -> String = { _ in "interrupted" }) {
        self.describe = describe
        self.parent = nil
    }

    /// A flag cancelled by `parent` and by its own `cancel`; cancelling it leaves `parent` alone.
    public init(linkedTo parent: CancellationFlag?, describe: @escaping @Sendable (Int32) -> String = { _ in "stopped" }) {
        self.describe = describe
        self.parent = parent
    }

    /// Safe in a signal handler: two atomic stores, no allocation. The first cause is kept.
    public func cancel(cause: Int32 = 0) {
        _ = self.cause.compareExchange(expected: 0, desired: cause, ordering: .relaxed)
        cancelled.store(true, ordering: .relaxed)
    }

    public var isCancelled: Bool {
        cancelled.load(ordering: .relaxed) || parent?.isCancelled == true
    }

    /// What stopped the run, in the front end's words: `interrupted (Ctrl-C)`, `interrupted (SIGTERM)`.
    public var reason: String {
        if let parent, parent.isCancelled { return parent.reason }
        return describe(cause.load(ordering: .relaxed))
    }
}

import VolleyLock

/// A run's spare runners, each with a transport (one libcurl handle) and hooks (one script
/// context) of its own, lent to a collection run for the entries of a `parallel: true` group.
///
/// A lane is its borrower's alone until given back, so no handle or context is used by two
/// threads at once. Borrowing never waits: with every lane out (another worker's group has them),
/// the group's entries run on fewer threads, down to the borrower's own, so the lanes plus the
/// workers bound the requests in flight at `--jobs` and no group waits for another.
public final class RunnerLanes: Sendable {
    private let idle: Locked<[Lane]>
    /// How many lanes the run has.
    public let count: Int

    public init(_ runners: [CollectionRunner]) {
        count = runners.count
        idle = Locked(runners.map(Lane.init))
    }

    /// Up to `wanted` idle lanes, at once.
    func borrow(upTo wanted: Int) -> [Lane] {
        guard wanted > 0 else { return [] }
        return idle.withLock { idle in
            let taken = Array(idle.suffix(wanted))
            idle.removeLast(taken.count)
            return taken
        }
    }

    func giveBack(_ lanes: [Lane]) {
        guard !lanes.isEmpty else { return }
        idle.withLock { $0 += lanes }
    }
}

/// One lent runner. The wrapper carries it to the thread that uses it; the borrow makes that
/// thread its only user until the group ends.
final class Lane: @unchecked Sendable {
    let runner: CollectionRunner

    init(_ runner: CollectionRunner) {
        self.runner = runner
    }
}

import VolleyLock

/// The group's entries as its threads take them: the next one not taken, and what each came to.
/// After an entry halts the run (bail, a quota stop, Ctrl-C) the entries taken later are
/// reported as skipped, not sent; those already sending finish.
final class GroupBoard: Sendable {
    private struct State {
        var next = 0
        var halted = false
        var runs: [GroupEntryRun?]
    }
    private let state: Locked<State>
    private let count: Int

    init(entries: Int) {
        count = entries
        state = Locked(State(runs: Array(repeating: nil, count: entries)))
    }

    /// The next entry to run, and whether the group halted (run it as skipped); nil when none is left.
    func take() -> (entry: Int, halted: Bool)? {
        state.withLock { state in
            guard state.next < count else { return nil }
            defer { state.next += 1 }
            return (state.next, state.halted)
        }
    }

    func complete(_ entry: Int, _ run: GroupEntryRun) {
        state.withLock { state in
            state.runs[entry] = run
            if run.outcome.halted { state.halted = true }
        }
    }

    /// Every entry's run, in file order; called once every thread has finished.
    func runs() -> [GroupEntryRun] {
        state.withLock { $0.runs.map { $0 ?? GroupEntryRun() } }
    }
}

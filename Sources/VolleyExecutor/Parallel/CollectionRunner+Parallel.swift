import VolleyCore

/// The entries of a `parallel: true` group (`ParallelGroup`): sent at the same time on this
/// runner and the lanes it can borrow, then taken in, in file order, as if they had run one
/// after another on copies of the variables the group started with.
extension CollectionRunner {
    /// Runs the group that `planned[first]` belongs to, from `first` to the group's end, and
    /// returns the index after it, with whether an entry's script asked for no further request.
    func runGroup(
        from first: Int, of planned: [PlannedRequest], in collection: Collection, scopes: inout VariableScopes,
        observer: RunObserver, outcome: inout CollectionOutcome
    ) -> (end: Int, stopPicked: Bool) {
        let group = planned[first].parallel?.group
        var end = first
        var entries: [[Int]] = []
        while end < planned.count, let membership = planned[end].parallel, membership.group == group {
            if let last = entries.last?.last, planned[last].parallel?.member == membership.member {
                entries[entries.count - 1].append(end)
            } else {
                entries.append([end])
            }
            end += 1
        }
        if outcome.halted {
            for index in first..<end { step(planned[index], in: collection, scopes: &scopes, observer: observer, outcome: &outcome) }
            return (end, false)
        }
        // The progress line names the group's first request while the group runs.
        observer.willSend(planned[first], in: collection)
        let start = GroupStart(
            collection: collection, requests: planned, entries: entries, scopes: scopes, failedCaptures: failedCaptures,
            iteration: iteration, scripts: scripts, sendsUndefinedLiterally: sendsUndefinedLiterally)
        let board = GroupBoard(entries: entries.count)
        let lanes = self.lanes?.borrow(upTo: entries.count - 1) ?? []
        let threads = lanes.compactMap { lane in
            WorkerThread { lane.runner.runEntries(of: start, from: board) }
        }
        runEntries(of: start, from: board)
        for thread in threads { thread.join() }
        self.lanes?.giveBack(lanes)

        // Taken in as the requests would have finished one after another: results, counts,
        // variables and failed captures, entry by entry in file order.
        failedCaptures = start.failedCaptures
        var stopPicked = false
        for run in board.runs() {
            for result in run.results { observer.didFinish(result) }
            outcome.absorb(run.outcome)
            scopes.apply(run.changes)
            for (name, missing) in run.failedCaptures { failedCaptures[name] = missing }
            stopPicked = stopPicked || run.stopPicked
        }
        return (end, stopPicked)
    }

    /// One thread's share of a group: entries taken from `board` until none is left.
    private func runEntries(of start: GroupStart, from board: GroupBoard) {
        iteration = start.iteration
        scripts = start.scripts
        sendsUndefinedLiterally = start.sendsUndefinedLiterally
        while let (entry, halted) = board.take() {
            board.complete(entry, runEntry(start.entries[entry], of: start, halted: halted))
        }
        groupEntry = nil
    }

    /// One entry's requests in order, on a copy of the variables the group started with.
    private func runEntry(_ indices: [Int], of start: GroupStart, halted: Bool) -> GroupEntryRun {
        var scopes = start.scopes
        failedCaptures = start.failedCaptures
        groupEntry = GroupEntryState()
        let buffer = GroupEntryBuffer()
        var run = GroupEntryRun()
        for index in indices {
            let request = start.requests[index]
            if halted {
                // Another entry stopped or bailed before this one began: reported as skipped, as the rest of a halted run.
                skip(request, in: start.collection, observer: buffer, outcome: &run.outcome)
                continue
            }
            step(request, in: start.collection, scopes: &scopes, observer: buffer, outcome: &run.outcome)
            if groupEntry?.stopPicked == true { break }
        }
        run.results = buffer.results
        run.changes = scopes.changes(since: start.scopes)
        for index in indices {
            for name in start.requests[index].spec.captures.map(\.name) { run.failedCaptures[name] = .some(failedCaptures[name]) }
        }
        run.stopPicked = groupEntry?.stopPicked ?? false
        return run
    }
}

/// An entry's requests report here, on the thread that runs them; the collection run hands the
/// results on in file order once the group is done. Waits are not passed on: a countdown of one
/// entry among eight would be noise.
final class GroupEntryBuffer: RunObserver {
    private(set) var results: [RequestResult] = []

    func didFinish(_ result: RequestResult) {
        results.append(result)
    }
}

/// What a runner notes while it runs an entry of a parallel group.
struct GroupEntryState {
    /// A script asked for no further request: the entry ends, and the collection after the group.
    var stopPicked = false
}

extension CollectionRunner {
    /// A next-request pick made inside a parallel group. `null` ends the entry and, after the
    /// group, the collection run; a named pick cannot be followed, since the entries run at the
    /// same time, and the result says so.
    func followInGroup(_ pick: NextRequest, into result: inout RequestResult) {
        switch pick {
        case .stop:
            groupEntry?.stopPicked = true
        case .named(let name):
            result.notes.append(
                "next request '\(name)' not followed: this request is in a parallel group, whose entries run at the same "
                    + "time; the collection goes on after the group")
        }
    }
}

extension CollectionOutcome {
    /// Adds what a part of the collection run (an entry of a parallel group) came to.
    mutating func absorb(_ part: CollectionOutcome) {
        passed += part.passed
        failed += part.failed
        errored += part.errored
        skipped += part.skipped
        connectionsOpened += part.connectionsOpened
        retries += part.retries
        waited += part.waited
        bailed = bailed || part.bailed
        stop = stop ?? part.stop
        interrupted = interrupted || part.interrupted
    }
}

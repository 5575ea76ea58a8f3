import VolleyCore
import VolleyExecutor

extension RunSession {
    /// How far the workers may run ahead of the unit the console waits for, per worker: enough
    /// that a slow unit does not idle the others, few enough that the results held stay small.
    static let unitsAheadPerWorker = 4

    /// Runs the plan's units on `workers` threads and replays each unit's results, in input
    /// order, to the console, the collector and the tally on this thread.
    ///
    /// `--bail` (a unit's own bail) and a quota stop halt scheduling: no unit starts after them
    /// and the units not started are reported as skipped. A quota stop (402, 429 with no retry
    /// left, the credit budget) also cancels `stop`, so the units running end at once, their
    /// remaining requests skipped, as Ctrl-C ends them; a bail lets them finish.
    func runParallel(
        _ workers: [ParallelWorker], stop: CancellationFlag, observer: RunSessionObserver, events: RunObserver,
        outcome: inout RunOutcome
    ) {
        let plan = self.plan
        let secrets = self.secrets
        let scheduler = UnitScheduler(total: plan.unitCount, window: workers.count * Self.unitsAheadPerWorker)
        let threads = workers.compactMap { worker in
            WorkerThread {
                Self.work(worker.runner, plan: plan, scheduler: scheduler, stop: stop, secrets: secrets)
            }
        }
        if threads.isEmpty {
            // No thread could be had: the run still goes, in order on this one.
            runSequential(workers[0].runner, observer: observer, events: events, outcome: &outcome)
            return
        }
        for u in 0..<plan.unitCount {
            let (index, iteration, _) = plan.unit(at: u)
            let planned = plan.collections[index]
            let delivery = scheduler.take(u) { running, finished in observer.running(running, finished: finished) }
            observer.willRun(planned.collection, iteration: iteration, of: plan.iterations)
            collector.beginCollection(planned.collection)
            defer { collector.endCollection() }
            switch delivery {
            case .finished(let unit):
                for result in unit.results { events.didFinish(result) }
                if let unitStop = unit.outcome.stop {
                    observer.didStop(unitStop)
                    outcome.stop = outcome.stop ?? unitStop
                }
                outcome.halted = outcome.halted || unit.outcome.halted
            case .notStarted:
                outcome.halted = true
                for skipped in plan.skippedResults(of: planned, iteration: iteration) { events.didFinish(skipped) }
            }
        }
        for thread in threads { thread.join() }
    }

    /// One worker's loop: take the next unit, run it, hand its results over.
    private static func work(
        _ runner: CollectionRunner, plan: RunPlan, scheduler: UnitScheduler, stop: CancellationFlag, secrets: SecretRegistry
    ) {
        let label = { (u: Int) -> String in
            let (index, iteration, _) = plan.unit(at: u)
            let name = plan.collections[index].collection.name
            return plan.iterations > 1 ? "\(name) [\(iteration)/\(plan.iterations)]" : name
        }
        while let u = scheduler.next(label: label, cancelled: { stop.isCancelled }) {
            let (index, iteration, row) = plan.unit(at: u)
            let planned = plan.collections[index]
            var scopes = planned.scopes
            scopes.setAll(row, in: .iteration)
            let buffer = UnitBuffer(secrets: secrets, scheduler: scheduler)
            let outcome = runner.run(
                planned.collection, requests: planned.requests, variables: scopes, observer: buffer, iteration: iteration)
            // Every other worker stops its waits and transfers now, not at its next unit.
            if outcome.stop != nil { stop.cancel() }
            scheduler.complete(u, UnitScheduler.Finished(results: buffer.results, outcome: outcome), halt: outcome.halted)
        }
    }
}

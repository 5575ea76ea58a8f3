import VolleyCore
import VolleyExecutor

/// What the front end hears of a run, as it happens: every request event, plus where each
/// collection's iteration begins and what stopped the run. Results arrive already masked.
public protocol RunSessionObserver: RunObserver {
    /// A collection's run in iteration `iteration` (from 1) of `iterations` begins; also for a
    /// collection that a halted run reports as skipped.
    func willRun(_ collection: Collection, iteration: Int, of iterations: Int)
    /// A response (402, 429 with no retry left) or the credit budget stopped the run.
    func didStop(_ stop: RunStop)
    /// A parallel run's units under way changed: `running` names them (collection, with the
    /// iteration when repeated), in input order; `finished` requests are done so far.
    func running(_ running: [String], finished: Int)
}

extension RunSessionObserver {
    public func willRun(_ collection: Collection, iteration: Int, of iterations: Int) {}
    public func didStop(_ stop: RunStop) {}
    public func running(_ running: [String], finished: Int) {}
}

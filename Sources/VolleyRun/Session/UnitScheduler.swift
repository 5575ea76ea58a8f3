import VolleyCore
import VolleyExecutor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands a parallel run's units (one collection run in one iteration each) to its workers in
/// input order, and their results back to the coordinating thread in the same order, whatever
/// finished first: the console prints each collection's block whole and the reports list
/// collections as the sequential run would.
///
/// Workers stay at most `window` units ahead of the unit the coordinator waits for, so the
/// results held for later units are bounded (a slow first unit does not make the run keep a
/// hundred thousand finished ones in memory). After `halt` (bail, a quota stop, Ctrl-C) no
/// further unit starts; the coordinator reports the units never started as skipped.
///
/// A monitor on a pthread mutex and condition: the coordinator must block while it waits (it
/// owns the non-Sendable console and collector), and Synchronization's `Mutex` has no condition.
final class UnitScheduler: @unchecked Sendable {
    /// What one unit produced, results already in the order they happened.
    struct Finished: Sendable {
        var results: [RequestResult]
        var outcome: CollectionOutcome
    }

    /// What the coordinator gets for a unit.
    enum Delivery {
        case finished(Finished)
        /// It never started: the run halted first.
        case notStarted
    }

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    // Everything below is read and written with `mutex` held.
    private let total: Int
    private let window: Int
    private var started = 0
    private var awaited = 0
    private var halted = false
    private var finished: [Int: Finished] = [:]
    private var running: [Int: String] = [:]
    private var requestsFinished = 0
    private var changes = 0

    init(total: Int, window: Int) {
        self.total = total
        self.window = max(1, window)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// The next unit for a worker, or nil when there is none left or the run halted.
    /// - Parameters:
    ///   - label: names the unit on the progress line while it runs.
    ///   - cancelled: checked before each unit starts (Ctrl-C, a quota stop).
    func next(label: (Int) -> String, cancelled: () -> Bool) -> Int? {
        locked {
            while !halted, started < total, started >= awaited + window, !cancelled() { wait() }
            if cancelled() { halted = true }
            guard !halted, started < total else {
                changed()
                return nil
            }
            let unit = started
            started += 1
            running[unit] = label(unit)
            changed()
            return unit
        }
    }

    /// A worker hands over a unit's results; `halt` stops scheduling (bail, quota stop).
    func complete(_ unit: Int, _ result: Finished, halt: Bool) {
        locked {
            finished[unit] = result
            running[unit] = nil
            if halt { halted = true }
            changed()
        }
    }

    /// A worker finished a request: the progress line counts it now, not when its unit is replayed.
    func requestFinished() {
        locked {
            requestsFinished += 1
            changed()
        }
    }

    /// Stops scheduling: the units not started yet are reported as skipped.
    func halt() {
        locked {
            halted = true
            changed()
        }
    }

    /// Waits for unit `unit`'s results (the coordinator asks in order); calls `progress` with
    /// the labels of the units running and the requests finished so far whenever they change.
    func take(_ unit: Int, progress: ([String], Int) -> Void) -> Delivery {
        locked {
            awaited = unit
            pthread_cond_broadcast(condition)
            var seen = -1
            while true {
                if let result = finished.removeValue(forKey: unit) {
                    awaited = unit + 1
                    changed()
                    return .finished(result)
                }
                if unit >= started, halted || started >= total { return .notStarted }
                if seen != changes {
                    seen = changes
                    let labels = running.sorted { $0.key < $1.key }.map(\.value)
                    let count = requestsFinished
                    pthread_mutex_unlock(mutex)
                    progress(labels, count)
                    pthread_mutex_lock(mutex)
                    continue
                }
                wait()
            }
        }
    }

    private func changed() {
        changes &+= 1
        pthread_cond_broadcast(condition)
    }

    private func wait() {
        pthread_cond_wait(condition, mutex)
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }
}

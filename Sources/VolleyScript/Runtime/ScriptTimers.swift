#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the timers a script call set (`TimersBootstrap`) after its own code: sleeps until the
/// earliest is due and fires it, until none is left. Each firing is its own call into the
/// engine, with its own CPU limit, and the promises it settles run before the next; the waits
/// and firings together stay within the call's wall-clock limit, and Ctrl-C ends the wait.
struct ScriptTimers {
    let js: JavaScriptContext
    let wait: JSValue
    let fire: JSValue
    let reset: JSValue
    let isCancelled: () -> Bool

    init(js: JavaScriptContext, isCancelled: @escaping () -> Bool) {
        self.js = js
        self.isCancelled = isCancelled
        wait = js.global("__volleyTimerWait")
        fire = js.global("__volleyTimerFire")
        reset = js.global("__volleyTimerReset")
    }

    /// Fires the pending timers in order; `started` is when the script call began (monotonic
    /// nanoseconds). Whatever ends it, no timer is left for the next call.
    func drain(startedAt started: Int64) throws(ScriptError) {
        defer { _ = try? js.call(reset, values: []) }
        let deadline = started + js.limits.wallTime.nanoseconds
        while true {
            let text = try js.string(try js.call(wait, values: []))
            guard let milliseconds = Double(text), milliseconds >= 0 else { return }
            let due = ProcessMeters.monotonicNanoseconds() + Int64(min(milliseconds, 1e12) * 1e6)
            guard due <= deadline else {
                throw ScriptError(kind: .limit(.wallTime), message: js.limits.describe(.wallTime) + " (waiting for a timer)")
            }
            try sleep(until: due)
            try js.call(fire, values: [])
        }
    }

    /// Sleeps in short steps, so Ctrl-C is seen within one.
    private func sleep(until due: Int64) throws(ScriptError) {
        while true {
            if isCancelled() { throw ScriptError(kind: .limit(.cancelled), message: js.limits.describe(.cancelled)) }
            let left = due - ProcessMeters.monotonicNanoseconds()
            guard left > 0 else { return }
            usleep(UInt32(min(left, 50_000_000) / 1000))
        }
    }
}

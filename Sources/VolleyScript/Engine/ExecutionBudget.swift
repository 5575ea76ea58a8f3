internal import CJavaScriptCore

/// One call's limits, checked from JavaScriptCore's execution time limit: the engine calls back
/// every `checkInterval` of CPU time, the budget compares the clocks, the context's heap and the
/// run's cancellation, and either stops the script or re-arms the callback (returning false
/// alone would not: the limit fires once).
///
/// Memory: a script is stopped when, during its call, the process's resident memory grew by more
/// than the limit *and* its own context's heap (`HeapMeter`, its context group's alone) holds
/// more than the limit. Resident memory is cheap to read and says that something grew; the heap
/// says whether it was this script, so with several runs' contexts at once (`--jobs`) another
/// script's growth does not stop this one. The heap walk is taken only then, and at most once
/// per ten times its own cost in CPU time.
final class ExecutionBudget {
    var limits: ScriptLimits
    let isCancelled: () -> Bool
    private let group: JSContextGroupRef
    private var startCPU: Int64 = 0
    private var startWall: Int64 = 0
    private var startResident: Int?
    /// CPU time (of the thread) before which the heap is not read again.
    private var nextHeapReading: Int64 = 0
    /// The limit that stopped the current call, if one did.
    private(set) var stoppedBy: ScriptLimits.Kind?
    /// Whether the engine will call back: after a stop it must be armed again.
    private var armed = false

    init(limits: ScriptLimits, group: JSContextGroupRef, isCancelled: @escaping () -> Bool) {
        self.limits = limits
        self.group = group
        self.isCancelled = isCancelled
    }

    /// Starts counting for one call into the engine and arms the periodic check. Resident memory
    /// is first read at the first check: most calls end long before one, and skip the read.
    func begin() {
        stoppedBy = nil
        startCPU = ProcessMeters.threadCPUNanoseconds()
        startWall = ProcessMeters.monotonicNanoseconds()
        startResident = nil
        nextHeapReading = 0
        if !armed { arm() }
    }

    /// Leaves out of the current call's count time spent outside the script (a sub-request).
    func exclude(cpu: Int64, wall: Int64) {
        startCPU += cpu
        startWall += wall
    }

    /// Calls the engine's setter (also from inside the callback: that is what re-arms it).
    private func arm() {
        armed = true
        let context = Unmanaged.passUnretained(self).toOpaque()
        JavaScriptCore.api.JSContextGroupSetExecutionTimeLimit(group, limits.checkInterval.seconds, budgetCheck, context)
    }

    /// The check the engine calls (on the script's thread, with `context` the running one):
    /// true stops the script.
    fileprivate func shouldTerminate(_ context: JSContextRef) -> Bool {
        if let kind = exceeded(context) {
            stoppedBy = kind
            armed = false
            return true
        }
        arm()
        return false
    }

    private func exceeded(_ context: JSContextRef) -> ScriptLimits.Kind? {
        if isCancelled() { return .cancelled }
        let cpu = ProcessMeters.threadCPUNanoseconds()
        if cpu - startCPU > limits.cpuTime.nanoseconds { return .cpuTime }
        if ProcessMeters.monotonicNanoseconds() - startWall > limits.wallTime.nanoseconds { return .wallTime }
        guard let resident = ProcessMeters.residentBytes() else { return nil }
        guard let startResident else {
            self.startResident = resident
            return nil
        }
        guard resident - startResident > limits.memoryGrowth, cpu >= nextHeapReading,
            let heap = HeapMeter.bytes(of: context)
        else { return nil }
        nextHeapReading = cpu + 10 * max(ProcessMeters.threadCPUNanoseconds() - cpu, 0)
        return heap > limits.memoryGrowth ? .memory : nil
    }
}

/// A plain function (no captures), so it converts to the C callback type.
private let budgetCheck: JSShouldTerminateCallback = { jsContext, context in
    guard let jsContext else { return false }
    return Unmanaged<ExecutionBudget>.fromOpaque(context!).takeUnretainedValue().shouldTerminate(jsContext)
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    var seconds: Double { Double(nanoseconds) / 1e9 }
}

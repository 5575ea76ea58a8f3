internal import CJavaScriptCore

/// One call's limits, checked from JavaScriptCore's execution time limit: the engine calls back
/// every `checkInterval` of CPU time, the budget compares the clocks, resident memory and the
/// run's cancellation, and either stops the script or re-arms the callback (returning false
/// alone would not: the limit fires once).
final class ExecutionBudget {
    var limits: ScriptLimits
    let isCancelled: () -> Bool
    private let group: JSContextGroupRef
    private var startCPU: Int64 = 0
    private var startWall: Int64 = 0
    private var startResident: Int?
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

    /// The check the engine calls: true stops the script.
    fileprivate func shouldTerminate() -> Bool {
        if let kind = exceeded() {
            stoppedBy = kind
            armed = false
            return true
        }
        arm()
        return false
    }

    private func exceeded() -> ScriptLimits.Kind? {
        if isCancelled() { return .cancelled }
        if ProcessMeters.threadCPUNanoseconds() - startCPU > limits.cpuTime.nanoseconds { return .cpuTime }
        if ProcessMeters.monotonicNanoseconds() - startWall > limits.wallTime.nanoseconds { return .wallTime }
        guard let now = ProcessMeters.residentBytes() else { return nil }
        guard let startResident else {
            self.startResident = now
            return nil
        }
        if now - startResident > limits.memoryGrowth { return .memory }
        return nil
    }
}

/// A plain function (no captures), so it converts to the C callback type.
private let budgetCheck: JSShouldTerminateCallback = { _, context in
    Unmanaged<ExecutionBudget>.fromOpaque(context!).takeUnretainedValue().shouldTerminate()
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    var seconds: Double { Double(nanoseconds) / 1e9 }
}

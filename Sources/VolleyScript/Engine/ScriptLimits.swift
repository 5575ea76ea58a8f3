/// How far one script call may go before it is stopped and reported as its request's error.
/// JavaScriptCore has no memory limit of its own and reserves tens of GB of address space (so
/// `ulimit -v` cannot cap it): resident memory is checked instead, with the clocks, every
/// `checkInterval` of CPU time.
public struct ScriptLimits: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case cpuTime, wallTime, memory
        /// The run was cancelled (Ctrl-C) while the script ran.
        case cancelled
    }

    /// CPU time of one call (what an endless loop burns).
    public var cpuTime: Duration
    /// Wall-clock time of one call.
    public var wallTime: Duration
    /// Resident memory the process may grow by during one call.
    public var memoryGrowth: Int
    /// CPU time between two checks of the limits and of cancellation.
    public var checkInterval: Duration

    public init(
        cpuTime: Duration = .seconds(5), wallTime: Duration = .seconds(30), memoryGrowth: Int = 512 << 20,
        checkInterval: Duration = .milliseconds(20)
    ) {
        self.cpuTime = cpuTime
        self.wallTime = wallTime
        self.memoryGrowth = memoryGrowth
        self.checkInterval = checkInterval
    }

    public static let `default` = ScriptLimits()

    /// The limits for a script time-out of `timeout`: that much CPU time, and six times as much
    /// wall-clock time (5 s and 30 s by default), for a script waiting on a promise. The time a
    /// `pm.sendRequest` takes counts in neither (the run's timeouts and retry limits bound it).
    public static func timeout(_ timeout: Duration) -> ScriptLimits {
        ScriptLimits(cpuTime: timeout, wallTime: timeout * 6)
    }

    /// The words for a limit that stopped a script, with its value.
    public func describe(_ kind: Kind) -> String {
        switch kind {
        case .cpuTime: "the script ran past its CPU time limit of \(Self.seconds(cpuTime))"
        case .wallTime: "the script ran past its time limit of \(Self.seconds(wallTime))"
        case .memory: "the script grew memory past its limit of \(memoryGrowth >> 20) MB"
        case .cancelled: "the script was interrupted: the run was cancelled"
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
    }
}

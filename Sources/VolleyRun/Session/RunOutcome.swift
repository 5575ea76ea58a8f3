import VolleyCore

/// How a run ended, as facts: the exit status is a pure function of this value.
public struct RunOutcome: Sendable, Hashable {
    /// The most severe kind of result seen.
    public var worstResult: ResultSeverity = .none
    /// A response (402, 429 with no retry left) or the credit budget ended the run.
    public var stop: RunStop?
    /// A signal stopped the run.
    public var interrupted = false
    /// Requests were left unsent (bail, stop or interrupt).
    public var halted = false
    /// A report could not be written at the end.
    public var reportWriteFailed = false
    public var duration: Duration = .zero

    public init() {}

    /// What one result says about the run, in increasing severity.
    public enum ResultSeverity: Int, Sendable, Hashable, Comparable {
        case none
        /// An assertion or capture failed, or a request could not be built.
        case assertionFailed
        /// A request could not complete (DNS, connect, TLS, timeout, not HTTP).
        case transportFailed
        /// A secret could not be had, or a request is invalid.
        case invalidInput

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Borrowing: an initializer would otherwise take (copy) the whole result to read its outcome.
        public init(_ result: borrowing RequestResult) {
            switch result.outcome {
            case .passed, .skipped: self = .none
            case .failed: self = .assertionFailed
            case .errored:
                // A request that could not be built (an undefined variable after a failed capture)
                // or whose script failed is a failure of the collection's logic; one that could
                // not complete is a transport error.
                switch result.failure?.kind {
                case .transport: self = .transportFailed
                case .secret, .invalid: self = .invalidInput
                default: self = .assertionFailed
                }
            }
        }
    }

    public mutating func add(_ result: RequestResult) {
        worstResult = max(worstResult, ResultSeverity(result))
    }
}

extension ExitStatus {
    /// The documented exit code for how a run ended. An interrupt wins over everything; a report
    /// that could not be written turns any lesser outcome into invalid input.
    public init(_ outcome: RunOutcome) {
        var status: ExitStatus = switch outcome.worstResult {
        case .none: .success
        case .assertionFailed: .assertionFailed
        case .transportFailed: .requestFailed
        case .invalidInput: .invalidInput
        }
        if outcome.stop != nil { status = max(status, .quotaExhausted) }
        if outcome.interrupted { status = .interrupted }
        if outcome.reportWriteFailed { status = max(status, .invalidInput) }
        self = status
    }
}

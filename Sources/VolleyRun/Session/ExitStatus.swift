/// Volley's documented exit codes; the executable exits with them.
public enum ExitStatus: Int32, Comparable, Sendable {
    case success = 0
    case assertionFailed = 1
    case invalidInput = 2
    case requestFailed = 3
    /// 402 out of credits, or 429 with no retry left: the run stopped to spend nothing more.
    case quotaExhausted = 4
    /// Ctrl-C: the shell convention, 128 + SIGINT.
    case interrupted = 130

    /// When several things went wrong, the most severe outcome decides: a request that could not
    /// complete outranks a failed assertion.
    public static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool {
        lhs.severity < rhs.severity
    }

    private var severity: Int {
        switch self {
        case .success: 0
        case .assertionFailed: 1
        case .requestFailed: 2
        case .quotaExhausted: 3
        case .invalidInput: 4
        case .interrupted: 5
        }
    }
}

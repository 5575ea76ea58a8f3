import VolleyCore

/// How many results (or requests) ended each way.
public struct OutcomeCounts: Sendable, Hashable {
    public var passed = 0
    public var failed = 0
    public var errored = 0
    public var skipped = 0

    public init(passed: Int = 0, failed: Int = 0, errored: Int = 0, skipped: Int = 0) {
        self.passed = passed
        self.failed = failed
        self.errored = errored
        self.skipped = skipped
    }

    public var total: Int { passed + failed + errored + skipped }

    public mutating func add(_ outcome: RequestResult.Outcome) {
        switch outcome {
        case .passed: passed += 1
        case .failed: failed += 1
        case .errored: errored += 1
        case .skipped: skipped += 1
        }
    }

    /// The outcome a repeated request is reported under: any error beats any failure, which beats
    /// a pass; skipped only if it never ran. Nil when nothing was counted.
    public var worst: RequestResult.Outcome? {
        if errored > 0 { return .errored }
        if failed > 0 { return .failed }
        if passed > 0 { return .passed }
        if skipped > 0 { return .skipped }
        return nil
    }
}

extension RequestResult.Outcome {
    /// The word reports use: `passed`, `failed`, `errored`, `skipped`.
    public var name: String {
        switch self {
        case .passed: "passed"
        case .failed: "failed"
        case .errored: "errored"
        case .skipped: "skipped"
        }
    }
}

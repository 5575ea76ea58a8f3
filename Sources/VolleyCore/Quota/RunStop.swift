/// A response that ends the whole run, not just its request: further requests would only spend
/// money or be refused. Every reason exits with code 4, so scripts can tell quota trouble from
/// failed assertions.
public struct RunStop: Sendable, Hashable, Error {
    public enum Reason: Sendable, Hashable {
        /// 402 Payment Required: the account has no credits left.
        case outOfCredits
        /// 429 Too Many Requests and no retry left (or none allowed, or the server asked for longer
        /// than `--max-retry-wait`).
        case quotaExhausted
        /// `--max-credits` / `max_credits:`: the next request would spend more than the budget.
        case creditBudget
    }

    public var reason: Reason
    public var message: String

    public init(reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }

    /// Whether the last attempt of a request, and the retry decision made on it, stop the run.
    /// Call it with the decision that ended the request's attempts; nil means the run goes on.
    public static func classify(_ outcome: AttemptOutcome, decision: RetryDecision) -> RunStop? {
        guard case .response(let status, let quota) = outcome else { return nil }
        let detail = quota.text.isEmpty ? "" : " (\(quota.text))"
        switch (status, decision) {
        case (402, _):
            return RunStop(reason: .outOfCredits, message: "402 Payment Required: out of credits\(detail); run stopped")
        case (429, .giveUp(let why)):
            return RunStop(reason: .quotaExhausted, message: "rate limit exhausted: \(why)\(detail); run stopped")
        default:
            return nil
        }
    }
}

extension RunStop.Reason {
    /// The reason as reports spell it (`out_of_credits`).
    public var reportName: String {
        switch self {
        case .outOfCredits: "out_of_credits"
        case .quotaExhausted: "quota_exhausted"
        case .creditBudget: "credit_budget"
        }
    }
}

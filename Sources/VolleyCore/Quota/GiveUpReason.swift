/// Why a retry the outcome called for is not made, with the limit that stopped it and where it was set.
public enum GiveUpReason: Sendable, Hashable {
    /// `method` is not idempotent; after a connection failure the server may have acted on it.
    case notIdempotent(RetryTrigger, method: String)
    /// Every retry allowed was made: `attempts` sent, `limit` retries allowed.
    case retriesUsedUp(RetryTrigger, attempts: Int, limit: Int, origin: SettingOrigin)
    /// The server asked for a wait longer than the max retry wait.
    case serverWaitTooLong(RetryTrigger, asked: Duration, limit: Duration, origin: SettingOrigin)
    /// Waiting `wait` more would pass the time budget for all attempts, `spent` being used already.
    case timeBudget(RetryTrigger, wait: Duration, budget: Duration, origin: SettingOrigin, spent: Duration)

    public var trigger: RetryTrigger {
        switch self {
        case .notIdempotent(let trigger, _), .retriesUsedUp(let trigger, _, _, _),
            .serverWaitTooLong(let trigger, _, _, _), .timeBudget(let trigger, _, _, _, _):
            trigger
        }
    }
}

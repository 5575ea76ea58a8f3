/// What to do after an attempt, from `RetryPolicy.decide`: a value, worded by `RetryWording`.
public enum RetryDecision: Sendable, Hashable {
    /// Send the request again after this wait, for this reason.
    case retry(after: Duration, because: RetryReason)
    /// The outcome called for a retry but none may be made (retries used up, a non-idempotent
    /// method, a server wait beyond the max retry wait, the retry time budget): the request
    /// fails for this reason.
    case giveUp(because: GiveUpReason)
    /// Retrying does not apply (a success, a non-retryable status, or a failure retrying cannot fix):
    /// the outcome stands as it is.
    case done
}

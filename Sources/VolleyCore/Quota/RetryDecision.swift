/// What to do after an attempt, from `RetryPolicy.decide`.
public enum RetryDecision: Sendable, Hashable {
    /// Send the request again after this wait. The reason is for the console.
    case retry(after: Duration, reason: String)
    /// The outcome called for a retry but none may be made (retries used up, a non-idempotent
    /// method, a server wait beyond `--max-retry-wait`, the `--retry-max-time` budget): the
    /// request fails with this reason.
    case giveUp(reason: String)
    /// Retrying does not apply (a success, a non-retryable status, or a failure retrying cannot fix):
    /// the outcome stands as it is.
    case done
}

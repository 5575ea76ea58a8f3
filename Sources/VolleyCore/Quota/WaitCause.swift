/// Why an attempt waited before it was sent, as a value the reports can show field by field.
public enum WaitCause: Sendable, Hashable {
    /// A retry: the wait the retry policy chose (pacing may have added to it).
    case retry(RetryReason)
    /// A first send held by pacing: a quota reset, a token bucket, or both.
    case pacing([PacingReason])
}

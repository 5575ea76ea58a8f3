extension RetrySettings {
    /// Why `status` cannot be on a retry list, or nil when it can. The one rule behind both the
    /// command line's status list and a collection's `retry.on`, so the two refuse the same codes
    /// in the same words. In Core because the parser checks it and must not need the quota engine.
    ///
    /// 402 is refused: it means the account is out of credits, which stops the run instead.
    public static func refusal(ofRetryStatus status: Int) -> String? {
        guard (100...599).contains(status) else { return "status \(status) is not an HTTP status code (100 to 599)" }
        guard status != 402 else { return "status 402 (out of credits) stops the run and is never retried" }
        return nil
    }
}

import VolleyCore

extension RetryPolicy {
    /// Where each of a policy's settings came from; all built-in defaults until something sets them.
    public struct Origins: Sendable, Hashable {
        public var count: SettingOrigin = .defaultOf(.retryCount)
        public var statuses: SettingOrigin = .defaultOf(.retryStatuses)
        public var maxWait: SettingOrigin = .defaultOf(.maxRetryWait)
        public var maxTotalTime: SettingOrigin = .defaultOf(.retryTimeBudget)

        public init() {}
    }

    /// This policy with a request's inherited `retry:` settings on top, field by field, except
    /// where the command line set the field: an option typed for this run beats a shared collection.
    public func applying(_ settings: RetrySettings?) -> RetryPolicy {
        guard let settings else { return self }
        var policy = self
        if let count = settings.count, !origins.count.isCommandLine {
            policy.maxRetries = count
            policy.origins.count = settings.countOrigin ?? .collection(key: "retry.count", at: nil)
        }
        if let on = settings.on, !origins.statuses.isCommandLine {
            policy.retryableStatuses = on
            policy.origins.statuses = settings.onOrigin ?? .collection(key: "retry.on", at: nil)
        }
        if let maxWait = settings.maxWait, !origins.maxWait.isCommandLine {
            policy.maxWait = maxWait
            policy.origins.maxWait = settings.maxWaitOrigin ?? .collection(key: "retry.max_wait", at: nil)
        }
        return policy
    }
}

import VolleyCore
import VolleyQuota

extension RetryPolicy {
    /// The built-in policy with every setting the command line gave put in and marked as the
    /// command line's, so that no collection, folder or request `retry:` overrides it (nil: not
    /// given, the collection's or the default stands).
    public static func commandLine(
        retries: Int?, statuses: Set<Int>?, maxWait: Duration?, maxTotalTime: Duration?
    ) -> RetryPolicy {
        var policy = RetryPolicy()
        policy.set(retries, \.maxRetries, origin: \.count, .retryCount)
        policy.set(statuses, \.retryableStatuses, origin: \.statuses, .retryStatuses)
        policy.set(maxWait, \.maxWait, origin: \.maxWait, .maxRetryWait)
        policy.set(maxTotalTime, \.maxTotalTime, origin: \.maxTotalTime, .retryTimeBudget)
        return policy
    }

    /// One field and its origin, when the command line gave it.
    private mutating func set<Value>(
        _ value: Value?, _ field: WritableKeyPath<RetryPolicy, Value>,
        origin: WritableKeyPath<Origins, SettingOrigin>, _ setting: RunSetting
    ) {
        guard let value else { return }
        self[keyPath: field] = value
        origins[keyPath: origin] = .commandLine(setting)
    }
}

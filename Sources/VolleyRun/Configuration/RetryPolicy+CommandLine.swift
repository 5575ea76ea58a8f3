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
        if let retries {
            policy.maxRetries = retries
            policy.origins.count = .commandLine(.retryCount)
        }
        if let statuses {
            policy.retryableStatuses = statuses
            policy.origins.statuses = .commandLine(.retryStatuses)
        }
        if let maxWait {
            policy.maxWait = maxWait
            policy.origins.maxWait = .commandLine(.maxRetryWait)
        }
        if let maxTotalTime {
            policy.maxTotalTime = maxTotalTime
            policy.origins.maxTotalTime = .commandLine(.retryTimeBudget)
        }
        return policy
    }
}

/// `retry: { count, on, max_wait }` in a collection, folder or request; unset fields inherit
/// from the level above, then from the command line (`--retry`, `--retry-on`, `--max-retry-wait`).
public struct RetrySettings: Sendable, Hashable {
    public var count: Int?
    public var on: Set<Int>?
    public var maxWait: Duration?

    public init(count: Int? = nil, on: Set<Int>? = nil, maxWait: Duration? = nil) {
        self.count = count
        self.on = on
        self.maxWait = maxWait
    }

    /// These settings with `nearer`'s fields layered on top.
    public func overlaid(with nearer: RetrySettings?) -> RetrySettings {
        guard let nearer else { return self }
        return RetrySettings(count: nearer.count ?? count, on: nearer.on ?? on, maxWait: nearer.maxWait ?? maxWait)
    }
}

/// `retry: { count, on, max_wait }` in a collection, folder or request; unset fields inherit
/// from the level above, then from the built-in defaults. A retry option given on the command
/// line (`--retry`, `--retry-on`, `--max-retry-wait`) beats all of them.
public struct RetrySettings: Sendable, Hashable {
    public var count: Int?
    public var on: Set<Int>?
    public var maxWait: Duration?
    /// Where each field was written, for the notes that quote the setting that applied.
    public var countOrigin: SettingOrigin?
    public var onOrigin: SettingOrigin?
    public var maxWaitOrigin: SettingOrigin?

    public init(count: Int? = nil, on: Set<Int>? = nil, maxWait: Duration? = nil) {
        self.count = count
        self.on = on
        self.maxWait = maxWait
    }

    /// These settings with `nearer`'s fields (and where they were written) layered on top.
    public func overlaid(with nearer: RetrySettings?) -> RetrySettings {
        guard let nearer else { return self }
        var merged = self
        if let count = nearer.count { (merged.count, merged.countOrigin) = (count, nearer.countOrigin) }
        if let on = nearer.on { (merged.on, merged.onOrigin) = (on, nearer.onOrigin) }
        if let maxWait = nearer.maxWait { (merged.maxWait, merged.maxWaitOrigin) = (maxWait, nearer.maxWaitOrigin) }
        return merged
    }
}

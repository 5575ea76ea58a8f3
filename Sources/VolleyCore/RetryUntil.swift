/// `retry_until: { count: 10, interval: 2s }`: send the request again, after `interval`, while
/// its `expect:` fails, at most `count` more times: polling a job until it reports done. Apart
/// from `retry:`, which repeats one send after a 429, a 503 or a lost connection; each poll
/// still gets those retries.
public struct RetryUntil: Sendable, Hashable {
    public var count: Int
    public var interval: Duration
    public var location: SourceLocation

    public static let defaultInterval = Duration.seconds(1)
    /// More polls than this is a loop someone forgot; a longer job wants a longer interval.
    public static let maximumCount = 1000

    public init(count: Int, interval: Duration = RetryUntil.defaultInterval, location: SourceLocation) {
        self.count = count
        self.interval = interval
        self.location = location
    }
}

/// One try at sending a request. A request that passed after a retry, or failed after its
/// retries ran out, reports every attempt, with what it waited before each.
public struct AttemptRecord: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    /// Time spent waiting before this attempt: the retry delay, or pacing (rate limit, quota reset).
    public var waitedBefore: Duration
    /// Why it waited, as a value; the reporters word it (`RetryWording`).
    public var waitCause: WaitCause?
    public var status: Int?
    /// The transport failure, when no response arrived.
    public var failure: String?
    public var timings: PhaseTimings?
    /// What the response's headers said about the quota, when they said anything.
    public var quota: QuotaState?

    public init(
        number: Int, waitedBefore: Duration = .zero, status: Int? = nil,
        failure: String? = nil, timings: PhaseTimings? = nil, quota: QuotaState? = nil, waitCause: WaitCause? = nil
    ) {
        self.waitCause = waitCause
        self.number = number
        self.waitedBefore = waitedBefore
        self.status = status
        self.failure = failure
        self.timings = timings
        self.quota = quota
    }
}

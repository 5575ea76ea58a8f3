import VolleyCore

/// What the quota headers said at one attempt, for the quota-over-the-run chart.
public struct QuotaPoint: Sendable, Hashable {
    /// The attempt's position in the run, 1-based, counting every attempt of every request.
    public var attempt: Int
    /// `Collection / Folder / Request`, for the chart's tooltips.
    public var request: String
    public var status: Int?
    public var remaining: Int?
    public var limit: Int?
    public var credits: Double?

    public init(attempt: Int, request: String, status: Int?, quota: QuotaState) {
        self.attempt = attempt
        self.request = request
        self.status = status
        self.remaining = quota.remaining
        self.limit = quota.limit
        self.credits = quota.credits?.remaining
    }
}

import VolleyCore

/// A finished (or interrupted) run as the report formats see it. `RunRecorder.finish` builds it;
/// every format renders from the same value, so they agree.
public struct RunReport: Sendable {
    public var metadata: RunMetadata
    public var end: RunEnd
    public var collections: [CollectionReport]
    /// Every run of every request.
    public var executions: OutcomeCounts
    public var assertionsPassed: Int
    public var assertionsFailed: Int
    /// Time spent waiting before attempts (retry delays, pacing), over the whole run.
    public var waited: Duration
    /// The highest iteration number seen (`--repeat`, `--iterations-data`).
    public var iterations: Int
    /// Quota and credits as the responses reported them, evenly thinned to a bounded number.
    public var quota: BoundedSeries<QuotaPoint>
    /// Credits spent, from the balance headers.
    public var credits = CreditLedger()

    /// `RunRecorder.finish` builds a run's report; a report read back from its JSON
    /// (`volley report merge`) is built from the parts it states.
    public init(
        metadata: RunMetadata, end: RunEnd, collections: [CollectionReport], executions: OutcomeCounts,
        assertionsPassed: Int, assertionsFailed: Int, waited: Duration, iterations: Int, quota: BoundedSeries<QuotaPoint>
    ) {
        self.metadata = metadata
        self.end = end
        self.collections = collections
        self.executions = executions
        self.assertionsPassed = assertionsPassed
        self.assertionsFailed = assertionsFailed
        self.waited = waited
        self.iterations = iterations
        self.quota = quota
    }

    /// Requests counted once each, under their outcome over all runs.
    public var requestCounts: OutcomeCounts {
        var counts = OutcomeCounts()
        for collection in collections {
            let c = collection.requestCounts
            counts.passed += c.passed
            counts.failed += c.failed
            counts.errored += c.errored
            counts.skipped += c.skipped
        }
        return counts
    }

    /// Whether any request ran more than once: reports then add percentiles.
    public var isRepeated: Bool {
        iterations > 1 || collections.contains { $0.requests.contains(where: \.isRepeated) }
    }

    /// Requests that failed or errored in at least one run, in run order.
    public var failingRequests: [(collection: CollectionReport, request: RequestReport)] {
        collections.flatMap { collection in
            collection.requests.filter { $0.outcome == .failed || $0.outcome == .errored }.map { (collection, $0) }
        }
    }
}

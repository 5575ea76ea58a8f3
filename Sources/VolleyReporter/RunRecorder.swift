import VolleyCore

/// Takes the results of a run as they arrive and keeps what the reports need, in memory that
/// does not grow with `--repeat` or data rows: per request, the first run, the last failure,
/// counts, a few failure samples and latency histograms (see `RequestReport`).
///
/// Feed it `beginCollection`, `record` for each result, `endCollection`; call `finish` at the
/// end, or at any time to report an interrupted run. A collection begun again (the next
/// iteration) continues where it was, so its requests aggregate over iterations.
public struct RunRecorder: Sendable {
    public struct Options: Sendable, Hashable {
        /// Keep request and response bodies of the results kept (`--report-bodies`).
        public var keepBodies: Bool
        /// Failed runs described per request; further ones are only counted.
        public var failureSamplesPerRequest: Int
        /// Points kept for the quota chart.
        public var quotaPoints: Int

        public init(keepBodies: Bool = false, failureSamplesPerRequest: Int = 20, quotaPoints: Int = 1000) {
            self.keepBodies = keepBodies
            self.failureSamplesPerRequest = failureSamplesPerRequest
            self.quotaPoints = quotaPoints
        }
    }

    public let metadata: RunMetadata
    public let options: Options
    private var collections: [CollectionReport] = []
    private var collectionIndex: [CollectionKey: Int] = [:]
    private var current: Int?
    private var executions = OutcomeCounts()
    private var assertionsPassed = 0
    private var assertionsFailed = 0
    private var waited: Duration = .zero
    private var iterations = 0
    private var attemptsSeen = 0
    private var quota: BoundedSeries<QuotaPoint>
    private var credits = CreditLedger()

    public init(metadata: RunMetadata, options: Options = Options()) {
        self.metadata = metadata
        self.options = options
        self.quota = BoundedSeries(capacity: Swift.max(2, options.quotaPoints))
    }

    /// Results recorded from now on belong to this collection (until `endCollection`).
    public mutating func beginCollection(name: String, file: String) {
        current = collectionPosition(name: name, file: file)
    }

    public mutating func endCollection() {
        current = nil
    }

    public mutating func record(_ result: RequestResult) {
        // A result outside begin/end still lands somewhere sensible: its own collection.
        let position = current ?? collectionPosition(name: result.collection, file: result.location.file)
        collections[position].record(result, options: options)
        executions.add(result.outcome)
        iterations = Swift.max(iterations, result.iteration)
        waited += result.waited
        // A hook's check counts as an assertion in every summary.
        for passed in result.assertions.map(\.passed) + result.hookAssertions.map(\.passed) {
            if passed { assertionsPassed += 1 } else { assertionsFailed += 1 }
        }
        recordQuota(result)
        credits.add(result)
    }

    /// The report as things stand; the recorder can go on recording after it.
    public func finish(_ end: RunEnd) -> RunReport {
        var report = RunReport(
            metadata: metadata, end: end, collections: collections, executions: executions,
            assertionsPassed: assertionsPassed, assertionsFailed: assertionsFailed, waited: waited,
            iterations: Swift.max(1, iterations), quota: quota)
        report.credits = credits
        return report
    }

    private mutating func collectionPosition(name: String, file: String) -> Int {
        let key = CollectionKey(name: name, file: file)
        if let i = collectionIndex[key] { return i }
        collectionIndex[key] = collections.count
        collections.append(CollectionReport(name: name, file: file))
        return collections.count - 1
    }

    /// Every attempt's quota, not just the last one's: the 429s before a retry are the story.
    private mutating func recordQuota(_ result: RequestResult) {
        // Built only for a point: most responses carry no quota headers (2,300 instructions each).
        var label: String { ([result.collection] + result.folderPath + [result.name]).joined(separator: " / ") }
        if result.attempts.isEmpty {
            if let state = result.quota, !state.isEmpty {
                attemptsSeen += 1
                quota.append(QuotaPoint(attempt: attemptsSeen, request: label, status: result.response?.status, quota: state))
            }
            return
        }
        for attempt in result.attempts {
            attemptsSeen += 1
            if let state = attempt.quota, !state.isEmpty {
                quota.append(QuotaPoint(attempt: attemptsSeen, request: label, status: attempt.status, quota: state))
            }
        }
    }

    private struct CollectionKey: Hashable {
        var name: String
        var file: String
    }
}

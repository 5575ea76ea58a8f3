import VolleyCore

/// Everything reports say about one request of a collection, however many times it ran: the
/// first run in full, the last failed run in full when a later run failed, counts, a bounded
/// number of failure samples, and latency histograms. Its size does not depend on the runs.
public struct RequestReport: Sendable {
    public let folderPath: [String]
    public let name: String
    public let location: SourceLocation
    /// The first run, in full.
    public private(set) var first: RecordedResult
    /// The most recent failed or errored run after the first, in full.
    public private(set) var lastFailure: RecordedResult?
    public private(set) var runs = OutcomeCounts()
    public private(set) var latency = LatencyAggregate()
    /// The first failed or errored runs, at most `failureSampleLimit` of them.
    public private(set) var failureSamples: [FailureSample] = []
    /// Failed or errored runs beyond the samples kept.
    public private(set) var failureSamplesDropped = 0
    /// Attempts over all runs (more than the runs when requests were retried).
    public private(set) var attempts = 0
    /// Time spent waiting before attempts, over all runs.
    public private(set) var waited: Duration = .zero
    private let keepBodies: Bool
    private let failureSampleLimit: Int

    /// Borrowing, like `RequestKey.init`: an initializer otherwise takes (copies) the whole result,
    /// ~1k instructions a request; the one copy kept is the `RecordedResult`.
    init(first result: borrowing RequestResult, keepBodies: Bool, failureSampleLimit: Int) {
        self.folderPath = result.folderPath
        self.name = result.name
        self.location = result.location
        self.first = RecordedResult(copy result, keepBodies: keepBodies)
        self.keepBodies = keepBodies
        self.failureSampleLimit = failureSampleLimit
        count(result)
    }

    /// A request as a report states it, every run already folded in (`volley report merge` reads
    /// one back from its JSON): the runs in full, counts, samples and histograms as written.
    public init(
        first: RecordedResult, lastFailure: RecordedResult?, runs: OutcomeCounts, latency: LatencyAggregate,
        failureSamples: [FailureSample], failureSamplesDropped: Int, attempts: Int, waited: Duration
    ) {
        self.folderPath = first.result.folderPath
        self.name = first.result.name
        self.location = first.result.location
        self.first = first
        self.lastFailure = lastFailure
        self.runs = runs
        self.latency = latency
        self.failureSamples = failureSamples
        self.failureSamplesDropped = failureSamplesDropped
        self.attempts = attempts
        self.waited = waited
        self.keepBodies = first.hasBodies
        self.failureSampleLimit = failureSamples.count
    }

    mutating func record(_ result: RequestResult) {
        if result.outcome == .failed || result.outcome == .errored {
            lastFailure = RecordedResult(result, keepBodies: keepBodies)
        }
        count(result)
    }

    private mutating func count(_ result: RequestResult) {
        runs.add(result.outcome)
        if let timings = result.timings { latency.record(timings) }
        attempts += result.attempts.count
        waited += result.waited
        if result.outcome == .failed || result.outcome == .errored {
            if failureSamples.count < failureSampleLimit {
                failureSamples.append(FailureSample(result))
            } else {
                failureSamplesDropped += 1
            }
        }
    }

    /// The failure samples other than `except` (the run shown in full), those with the same
    /// messages together, in order of first appearance: repeated runs tend to fail alike.
    public func failureSampleGroups(except iteration: Int? = nil) -> [(iterations: [Int], messages: [String])] {
        var groups: [(iterations: [Int], messages: [String])] = []
        for sample in failureSamples where sample.iteration != iteration {
            if let i = groups.firstIndex(where: { $0.messages == sample.messages }) {
                groups[i].iterations.append(sample.iteration)
            } else {
                groups.append(([sample.iteration], sample.messages))
            }
        }
        return groups
    }

    /// The outcome over all runs (see `OutcomeCounts.worst`).
    public var outcome: RequestResult.Outcome { runs.worst ?? .skipped }

    /// Whether it ran more than once: reports then show percentiles rather than one timing.
    public var isRepeated: Bool { runs.total > 1 }

    /// `Folder / Sub / Request`.
    public var displayName: String { (folderPath + [name]).joined(separator: " / ") }

    /// The run whose failure reports show: the first if it failed, else the last that did.
    public var failureToShow: RecordedResult? {
        let outcome = first.result.outcome
        if outcome == .failed || outcome == .errored { return first }
        return lastFailure
    }
}

/// Identifies a request within a collection across runs: the name alone may repeat.
struct RequestKey: Hashable {
    var folderPath: [String]
    var name: String
    var location: SourceLocation

    init(_ result: borrowing RequestResult) {
        folderPath = result.folderPath
        name = result.name
        location = result.location
    }

    /// A collection's requests start at different places of its file, so where one starts
    /// tells them apart; hashing the names and the file's path as well cost more than the rest
    /// of recording a result. Equality still compares every field.
    func hash(into hasher: inout Hasher) {
        hasher.combine(location.line)
        hasher.combine(location.column)
    }
}

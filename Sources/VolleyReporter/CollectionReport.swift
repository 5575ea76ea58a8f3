import VolleyCore

/// One collection's requests in the order they first ran, each with its runs folded in.
public struct CollectionReport: Sendable {
    public let name: String
    public let file: String
    public private(set) var requests: [RequestReport] = []
    /// Every run of every request.
    public private(set) var executions = OutcomeCounts()
    private var index: [RequestKey: Int] = [:]

    init(name: String, file: String) {
        self.name = name
        self.file = file
    }

    /// A collection as a report states it (`volley report merge` reads one back from its JSON):
    /// its requests already folded over their runs.
    public init(name: String, file: String, requests: [RequestReport]) {
        self.name = name
        self.file = file
        self.requests = requests
        for (i, request) in requests.enumerated() {
            executions.passed += request.runs.passed
            executions.failed += request.runs.failed
            executions.errored += request.runs.errored
            executions.skipped += request.runs.skipped
            index[RequestKey(request.first.result)] = i
        }
    }

    mutating func record(_ result: RequestResult, options: RunRecorder.Options) {
        executions.add(result.outcome)
        let key = RequestKey(result)
        if let i = index[key] {
            requests[i].record(result)
        } else {
            index[key] = requests.count
            requests.append(RequestReport(
                first: result, keepBodies: options.keepBodies, failureSampleLimit: options.failureSamplesPerRequest))
        }
    }

    /// Requests counted once each, under their outcome over all runs.
    public var requestCounts: OutcomeCounts {
        var counts = OutcomeCounts()
        for request in requests { counts.add(request.outcome) }
        return counts
    }

    /// Sum of every run's total time, in microseconds.
    public var totalMicroseconds: Int64 {
        requests.reduce(0) { $0 + $1.latency.histogram(.total).sum }
    }
}

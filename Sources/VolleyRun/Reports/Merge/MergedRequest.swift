import VolleyCore
import VolleyJSON
import VolleyReporter

/// One request as several reports saw it (each ran some of its iterations), combined as one
/// run's report would have it: runs and attempts added, the earliest run in full, the latest
/// failure after it, the first failure samples by iteration, latency from the summed histograms
/// (a report of a request that ran once has no histogram: its one timing is added instead).
struct MergedRequest {
    /// The members of a report's request that aggregate over runs; the others are the first
    /// run's details.
    static let aggregateKeys: Set<String> = [
        "name", "folderPath", "location", "outcome", "runs", "attemptsTotal", "waitedTotalMs",
        "lastFailure", "failureSamples", "failureSamplesDropped", "latency",
    ]
    static let failureSampleLimit = RunRecorder.Options().failureSamplesPerRequest

    private var entries: [JSONObject]

    init(_ entry: JSONObject) {
        entries = [entry]
    }

    mutating func add(_ entry: JSONObject) {
        entries.append(entry)
    }

    /// Name, folders and where it is written: two requests of one name in a folder stay apart.
    static func key(of request: JSONObject) -> String {
        [request["name"]?.jsonText ?? "", request["folderPath"]?.jsonText ?? "", request["location"]?.jsonText ?? ""]
            .joined(separator: "\u{0}")
    }

    var runs: OutcomeCounts {
        var counts = OutcomeCounts()
        for entry in entries { counts.add(MergedCounts.read(entry["runs"])) }
        return counts
    }

    /// Errored if any run errored, else failed, else passed, else skipped (as a run's report says).
    var outcome: RequestResult.Outcome { runs.worst ?? .skipped }

    func rendered() -> JSONValue {
        let first = firstRun
        var object = JSONObject()
        for key in ["name", "folderPath", "location"] { object[key] = entries[0][key] ?? .null }
        object["outcome"] = .string(outcome.name)
        object["runs"] = MergedCounts.json(runs)
        object["attemptsTotal"] = .integer(Int64(entries.reduce(0) { $0 + Int($1["attemptsTotal"]?.numberValue ?? 0) }))
        object["waitedTotalMs"] = .number(MergedCounts.milliseconds(entries.reduce(0) { $0 + ($1["waitedTotalMs"]?.numberValue ?? 0) }))
        for key in entries[first].keys where !Self.aggregateKeys.contains(key) { object[key] = entries[first][key] }
        object["lastFailure"] = lastFailure(excluding: first) ?? .null
        let (samples, dropped) = failureSamples
        object["failureSamples"] = .array(samples)
        object["failureSamplesDropped"] = .integer(Int64(dropped))
        object["latency"] = runs.total > 1 ? JSONReport().latency(latency) : .null
        return .object(object)
    }

    private static func iteration(of details: JSONObject) -> Int {
        details["iteration"]?.numberValue.map { Int($0) } ?? Int.max
    }

    private static func isFailure(_ details: JSONObject) -> Bool {
        let outcome = details["runOutcome"]?.stringValue
        return outcome == "failed" || outcome == "errored"
    }

    /// The entry whose first run came first: the lowest iteration, a run that was not skipped
    /// before one that was.
    private var firstRun: Int {
        entries.indices.min { a, b in
            let skippedA = entries[a]["runOutcome"]?.stringValue == "skipped"
            let skippedB = entries[b]["runOutcome"]?.stringValue == "skipped"
            return (skippedA ? 1 : 0, Self.iteration(of: entries[a]), a) < (skippedB ? 1 : 0, Self.iteration(of: entries[b]), b)
        } ?? 0
    }

    /// The most recent failed run other than the one shown in full: each report's last failure,
    /// and the other reports' first runs when those failed.
    private func lastFailure(excluding first: Int) -> JSONValue? {
        var candidates: [JSONObject] = []
        for (i, entry) in entries.enumerated() {
            if let last = entry["lastFailure"]?.objectValue { candidates.append(last) }
            if i != first, Self.isFailure(entry) {
                var details = JSONObject()
                for key in entry.keys where !Self.aggregateKeys.contains(key) { details[key] = entry[key] }
                candidates.append(details)
            }
        }
        return candidates.max { Self.iteration(of: $0) < Self.iteration(of: $1) }.map(JSONValue.object)
    }

    private var failureSamples: ([JSONValue], Int) {
        var samples: [(Int, JSONValue)] = []
        var dropped = 0
        for entry in entries {
            dropped += entry["failureSamplesDropped"]?.numberValue.map { Int($0) } ?? 0
            for sample in entry["failureSamples"]?.arrayValue ?? [] {
                samples.append((sample.objectValue.map(Self.iteration) ?? Int.max, sample))
            }
        }
        samples.sort { $0.0 < $1.0 }
        let kept = samples.prefix(Self.failureSampleLimit).map(\.1)
        return (kept, dropped + samples.count - kept.count)
    }

    /// Every entry's histograms summed; an entry that ran once gives its timings.
    var latency: LatencyAggregate {
        var aggregate = LatencyAggregate()
        for entry in entries {
            if let histograms = entry["latency"]?.objectValue?["histograms"]?.objectValue {
                for phase in TimingPhase.allCases {
                    if let histogram = histograms[phase.rawValue].flatMap(Self.histogram) { aggregate.merge(histogram, into: phase) }
                }
            } else if let timings = entry["timings"]?.objectValue {
                for phase in TimingPhase.allCases {
                    guard let ms = timings[phase.rawValue + "Ms"]?.numberValue else { continue }
                    var one = LatencyHistogram()
                    one.record(Int64((ms * 1000).rounded()))
                    aggregate.merge(one, into: phase)
                }
            }
        }
        return aggregate
    }

    static func histogram(_ value: JSONValue) -> LatencyHistogram? {
        guard let object = value.objectValue, let counts = object["counts"]?.arrayValue else { return nil }
        func n(_ key: String) -> Int64? { object[key]?.numberValue.map { Int64($0) } }
        guard let offset = n("offset"), let count = n("count"), let min = n("minUs"), let max = n("maxUs"), let sum = n("sumUs")
        else { return nil }
        return LatencyHistogram(LatencyHistogram.Stored(
            offset: Int(offset), counts: counts.map { Int($0.numberValue ?? -1) }, count: Int(count), min: min, max: max, sum: sum))
    }
}

import VolleyCore
import VolleyJSON
import VolleyReporter

/// `volley report merge`: several `volley-report/1` documents (the shards of one suite, or runs
/// of the same collections) combined into one, as if one run had run them all: collections in
/// the suite's order, a request that several reports ran (`--shard-by iteration`) counted once
/// with its runs added, percentiles recomputed from the summed histograms, credits per host and
/// balance header, the summary recomputed from the merged requests.
public enum ReportMerge {
    /// One report to merge, as read.
    public struct Input: Sendable {
        public var path: String
        public var document: JSONValue

        public init(path: String, document: JSONValue) {
            self.path = path
            self.document = document
        }
    }

    /// Why reports cannot be merged: values, worded by the front end (which names its options).
    public enum Failure: Error, Equatable, Sendable {
        /// Not a `volley-report/1` document, or a field the merge needs is missing or mistyped.
        case notAReport(path: String, reason: String)
        /// Two reports ran different collection sets.
        case mixedSuites(path: String, files: [String], otherPath: String, otherFiles: [String])
        /// Two reports are the same shard of the suite.
        case shardTwice(shard: String, path: String, otherPath: String)
        /// Shards of different splits (`4` and `3` shards, or by file and by iteration).
        case mixedShards(path: String, shard: String, otherPath: String, otherShard: String)
    }

    public struct Merged: Sendable {
        public var document: JSONValue
        /// Remarks that do not stop the merge: shards missing from the set.
        public var warnings: [String]
    }

    /// - Parameters:
    ///   - allowMixed: merge reports of different collection sets (and shard splits) anyway.
    ///   - commandLine: the merge's own command line, for the merged report's `run.commandLine`.
    public static func merge(_ inputs: [Input], allowMixed: Bool, commandLine: [String]) throws(Failure) -> Merged {
        let reports = try inputs.map { input throws(Failure) in try ParsedReport(input) }
        var warnings: [String] = []
        if !allowMixed { try checkSameSuite(reports) }
        try checkShards(reports, allowMixed: allowMixed, warnings: &warnings)

        let suite = suiteOrder(reports)
        var collections: [MergedCollection] = []
        var index: [String: Int] = [:]
        for report in reports {
            for collection in report.collections {
                let key = collection.key
                if let i = index[key] {
                    collections[i].add(collection, from: report.path)
                } else {
                    index[key] = collections.count
                    collections.append(MergedCollection(collection, from: report.path))
                }
            }
        }
        // The suite's order, as one run would have listed them; a file outside it (mixed) after.
        let position = Dictionary(suite.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = collections.enumerated().sorted {
            (position[$0.element.file] ?? Int.max, $0.offset) < (position[$1.element.file] ?? Int.max, $1.offset)
        }.map(\.element)
        let renderedCollections = ordered.map { $0.rendered() }
        let missingShard = !warnings.isEmpty
        return Merged(
            document: document(reports, collections: ordered, rendered: renderedCollections, suite: suite,
                               missingShard: missingShard, commandLine: commandLine),
            warnings: warnings)
    }

    private static func document(
        _ reports: [ParsedReport], collections: [MergedCollection], rendered: [JSONValue], suite: [String],
        missingShard: Bool, commandLine: [String]
    ) -> JSONValue {
        var requests = OutcomeCounts(), executions = OutcomeCounts()
        for collection in collections {
            requests.add(collection.requestCounts)
            executions.add(collection.executions)
        }
        let assertionsPassed = reports.reduce(0) { $0 + $1.assertionsPassed }
        let assertionsFailed = reports.reduce(0) { $0 + $1.assertionsFailed }
        let firstRun = reports.first?.run ?? JSONObject()
        let exitCode = reports.map(\.exitCode).max { ExitStatus.severity(of: $0) < ExitStatus.severity(of: $1) } ?? 0
        var run = JSONObject()
        run["startedAt"] = .string(reports.map(\.startedAt).min() ?? "")
        // Shards run side by side: the merged run took as long as the longest.
        run["durationMs"] = .number(reports.map(\.durationMs).max() ?? 0)
        run["exitCode"] = .integer(Int64(exitCode))
        run["partial"] = .bool(missingShard || reports.contains(where: \.partial))
        run["partialReason"] = reports.lazy.compactMap(\.partialReason).first.map(JSONValue.string)
            ?? (missingShard ? .string("a shard's report is missing from the merge") : .null)
        run["stop"] = reports.lazy.compactMap(\.stop).first ?? .null
        run["commandLine"] = .array(commandLine.map(JSONValue.string))
        run["collectionFiles"] = .array(suite.map(JSONValue.string))
        run["environment"] = firstRun["environment"] ?? .null
        run["repeat"] = firstRun["repeat"] ?? .integer(1)
        run["iterationData"] = firstRun["iterationData"] ?? .null
        run["iterations"] = .integer(Int64(reports.map(\.iterations).max() ?? 1))
        run["shard"] = .null
        var summary = JSONObject()
        summary["requests"] = MergedCounts.json(requests)
        summary["executions"] = MergedCounts.json(executions)
        summary["assertions"] = [
            "total": .integer(Int64(assertionsPassed + assertionsFailed)),
            "passed": .integer(Int64(assertionsPassed)), "failed": .integer(Int64(assertionsFailed)),
        ]
        summary["waitedMs"] = .number(MergedCounts.milliseconds(reports.reduce(0) { $0 + $1.waitedMs }))
        summary["credits"] = MergedCredits(reports.compactMap(\.credits)).json
        var object = JSONObject()
        object["schema"] = .string(JSONReport.schema)
        object["volley"] = ["version": .string(VolleyVersion.current)]
        object["run"] = .object(run)
        object["summary"] = .object(summary)
        object["collections"] = .array(rendered)
        object["diagnostics"] = .array(reports.flatMap(\.diagnostics))
        return .object(object)
    }

    /// The suite's files in order: a shard's `suiteFiles`, else the files as the reports list them.
    private static func suiteOrder(_ reports: [ParsedReport]) -> [String] {
        var seen = Set<String>(), order: [String] = []
        for report in reports {
            for file in report.suiteFiles where seen.insert(file).inserted { order.append(file) }
        }
        return order
    }

    private static func checkSameSuite(_ reports: [ParsedReport]) throws(Failure) {
        guard let first = reports.first else { return }
        for report in reports.dropFirst() where Set(report.suiteFiles) != Set(first.suiteFiles) {
            throw .mixedSuites(path: first.path, files: first.suiteFiles, otherPath: report.path, otherFiles: report.suiteFiles)
        }
    }

    /// Shards of one split, none twice; a missing one is a warning (its collections are absent).
    private static func checkShards(_ reports: [ParsedReport], allowMixed: Bool, warnings: inout [String]) throws(Failure) {
        let sharded = reports.filter { $0.shard != nil }
        guard let first = sharded.first, let split = first.shard else { return }
        var holders: [Int: String] = [:]
        for report in sharded {
            let shard = report.shard!
            if shard.count != split.count || shard.by != split.by {
                if allowMixed { continue }
                throw .mixedShards(path: first.path, shard: split.text, otherPath: report.path, otherShard: shard.text)
            }
            if let other = holders[shard.index] {
                throw .shardTwice(shard: shard.text, path: other, otherPath: report.path)
            }
            holders[shard.index] = report.path
        }
        let missing = (1...split.count).filter { holders[$0] == nil }
        if !missing.isEmpty, sharded.count == reports.count {
            let list = missing.map { "\($0)/\(split.count)" }.joined(separator: ", ")
            warnings.append("shard\(missing.count == 1 ? "" : "s") \(list) missing: the merged report lacks what \(missing.count == 1 ? "it" : "they") ran and is marked partial")
        }
    }
}

extension ExitStatus {
    /// The order `<` uses, for an exit code read back from a report.
    static func severity(of code: Int) -> Int {
        guard let status = ExitStatus(rawValue: Int32(truncatingIfNeeded: code)) else { return Int.max }
        return ExitStatus.allOrdered.firstIndex(of: status) ?? Int.max
    }

    private static let allOrdered: [ExitStatus] = [.success, .assertionFailed, .requestFailed, .quotaExhausted, .invalidInput, .interrupted]
}

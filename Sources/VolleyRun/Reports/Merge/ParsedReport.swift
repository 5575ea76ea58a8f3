import VolleyJSON
import VolleyReporter

/// The fields of one `volley-report/1` document a merge reads, checked as they are read: a
/// missing or mistyped one fails the merge naming the report and the field, rather than writing
/// a merged report with holes.
struct ParsedReport {
    struct ShardInfo: Equatable {
        var index: Int
        var count: Int
        var by: String
        var text: String { "\(index)/\(count) by \(by)" }
    }

    struct CollectionEntry {
        var name: String
        var file: String
        var requests: [JSONObject]
        /// File and name: the same file may hold one collection only, but a merge of mixed
        /// reports keeps two collections of one name apart by their files.
        var key: String { file + "\u{0}" + name }
    }

    let path: String
    let run: JSONObject
    let exitCode: Int
    let startedAt: String
    let durationMs: Double
    let partial: Bool
    let partialReason: String?
    let stop: JSONValue?
    let iterations: Int
    let collectionFiles: [String]
    let shard: ShardInfo?
    /// Every file of the suite the run belonged to: a shard's `suiteFiles`, else its own files.
    let suiteFiles: [String]
    let collections: [CollectionEntry]
    let assertionsPassed: Int
    let assertionsFailed: Int
    let waitedMs: Double
    let credits: JSONObject?
    let diagnostics: [JSONValue]

    init(_ input: ReportMerge.Input) throws(ReportMerge.Failure) {
        path = input.path
        let fail = { (reason: String) in ReportMerge.Failure.notAReport(path: input.path, reason: reason) }
        guard let root = input.document.objectValue else { throw fail("not a JSON object") }
        guard root["schema"]?.stringValue == JSONReport.schema else {
            throw fail("its \"schema\" is not \"\(JSONReport.schema)\"")
        }
        let reader = FieldReader(fail: fail)
        run = try reader.object(root["run"], "run")
        exitCode = try reader.int(run["exitCode"], "run.exitCode")
        startedAt = try reader.string(run["startedAt"], "run.startedAt")
        durationMs = try reader.number(run["durationMs"], "run.durationMs")
        partial = try reader.bool(run["partial"], "run.partial")
        partialReason = run["partialReason"]?.stringValue
        stop = run["stop"].flatMap { $0 == .null ? nil : $0 }
        iterations = try reader.int(run["iterations"], "run.iterations")
        collectionFiles = try reader.strings(run["collectionFiles"], "run.collectionFiles")
        if let shardValue = run["shard"], shardValue != .null {
            let object = try reader.object(shardValue, "run.shard")
            shard = ShardInfo(
                index: try reader.int(object["index"], "run.shard.index"), count: try reader.int(object["count"], "run.shard.count"),
                by: try reader.string(object["by"], "run.shard.by"))
            suiteFiles = try reader.strings(object["suiteFiles"], "run.shard.suiteFiles")
        } else {
            shard = nil
            suiteFiles = collectionFiles
        }
        let summary = try reader.object(root["summary"], "summary")
        let assertions = try reader.object(summary["assertions"], "summary.assertions")
        assertionsPassed = try reader.int(assertions["passed"], "summary.assertions.passed")
        assertionsFailed = try reader.int(assertions["failed"], "summary.assertions.failed")
        waitedMs = try reader.number(summary["waitedMs"], "summary.waitedMs")
        credits = summary["credits"]?.objectValue
        diagnostics = root["diagnostics"]?.arrayValue ?? []
        var collections: [CollectionEntry] = []
        for (i, value) in try reader.array(root["collections"], "collections").enumerated() {
            let object = try reader.object(value, "collections[\(i)]")
            let requests = try reader.array(object["requests"], "collections[\(i)].requests").enumerated().map {
                (j, request) throws(ReportMerge.Failure) in try reader.object(request, "collections[\(i)].requests[\(j)]")
            }
            collections.append(CollectionEntry(
                name: try reader.string(object["name"], "collections[\(i)].name"),
                file: try reader.string(object["file"], "collections[\(i)].file"), requests: requests))
        }
        self.collections = collections
    }
}

/// Reads typed fields, failing with the field's path.
struct FieldReader {
    let fail: (String) -> ReportMerge.Failure

    func object(_ value: JSONValue?, _ field: String) throws(ReportMerge.Failure) -> JSONObject {
        guard let object = value?.objectValue else { throw fail("\(field) is missing or not an object") }
        return object
    }

    func array(_ value: JSONValue?, _ field: String) throws(ReportMerge.Failure) -> [JSONValue] {
        guard let array = value?.arrayValue else { throw fail("\(field) is missing or not an array") }
        return array
    }

    func strings(_ value: JSONValue?, _ field: String) throws(ReportMerge.Failure) -> [String] {
        let items = try array(value, field)
        let strings = items.compactMap(\.stringValue)
        guard strings.count == items.count else { throw fail("\(field) holds something other than strings") }
        return strings
    }

    func string(_ value: JSONValue?, _ field: String) throws(ReportMerge.Failure) -> String {
        guard let text = value?.stringValue else { throw fail("\(field) is missing or not a string") }
        return text
    }

    func number(_ value: JSONValue?, _ field: String) throws(ReportMerge.Failure) -> Double {
        guard let n = value?.numberValue, n.isFinite else { throw fail("\(field) is missing or not a number") }
        return n
    }

    func int(_ value: JSONValue?, _ field: String) throws(ReportMerge.Failure) -> Int {
        let n = try number(value, field)
        guard n.rounded() == n, abs(n) < 9e15 else { throw fail("\(field) is not a whole number") }
        return Int(n)
    }

    func bool(_ value: JSONValue?, _ field: String) throws(ReportMerge.Failure) -> Bool {
        guard case .bool(let b)? = value else { throw fail("\(field) is missing or not true or false") }
        return b
    }
}

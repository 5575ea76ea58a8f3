import VolleyCore
import VolleyJSON
import VolleyReporter

/// A `volley-report/1` document read back into the `RunReport` the reporters render, so that
/// `volley report merge` writes JUnit, HTML and Markdown through the same reporters as
/// `volley run` (one rendering path per format). The document is one the merge wrote, so a field
/// is read leniently: one missing reads as absent, as the JSON report writes an unknown.
///
/// What a JSON report does not keep stays out of the reports written from it: the quota chart's
/// readings and the source lines the HTML report quotes.
enum ReportReader {
    static func runReport(_ document: JSONValue) -> RunReport {
        let root = document.objectValue ?? JSONObject()
        let run = root["run"]?.objectValue ?? JSONObject()
        let summary = root["summary"]?.objectValue ?? JSONObject()
        var metadata = RunMetadata(
            volleyVersion: root["volley"]?.objectValue?["version"]?.stringValue ?? VolleyVersion.current,
            startedAt: run["startedAt"]?.stringValue ?? "",
            commandLine: strings(run["commandLine"]), collectionFiles: strings(run["collectionFiles"]),
            environmentName: run["environment"]?.stringValue, repeatCount: int(run["repeat"]) ?? 1,
            iterationSource: run["iterationData"]?.stringValue)
        metadata.shard = nil
        let end = RunEnd(
            duration: duration(run["durationMs"]), exitCode: Int32(truncatingIfNeeded: int(run["exitCode"]) ?? 0),
            partial: run["partial"] == .bool(true), partialReason: run["partialReason"]?.stringValue,
            stop: stop(run["stop"]), diagnostics: (root["diagnostics"]?.arrayValue ?? []).compactMap(diagnostic))
        let collections = (root["collections"]?.arrayValue ?? []).compactMap(\.objectValue).map(collection)
        let assertions = summary["assertions"]?.objectValue
        var report = RunReport(
            metadata: metadata, end: end, collections: collections, executions: MergedCounts.read(summary["executions"]),
            assertionsPassed: int(assertions?["passed"]) ?? 0, assertionsFailed: int(assertions?["failed"]) ?? 0,
            waited: duration(summary["waitedMs"]), iterations: max(1, int(run["iterations"]) ?? 1),
            quota: BoundedSeries(capacity: 2))
        report.credits = credits(summary["credits"])
        return report
    }

    private static func collection(_ object: JSONObject) -> CollectionReport {
        let name = object["name"]?.stringValue ?? ""
        let requests = (object["requests"]?.arrayValue ?? []).compactMap(\.objectValue).map { request($0, collection: name) }
        return CollectionReport(name: name, file: object["file"]?.stringValue ?? "", requests: requests)
    }

    /// A request's first run sits in the request itself; its last failure, samples and latency beside it.
    private static func request(_ object: JSONObject, collection: String) -> RequestReport {
        let identity = RequestIdentity(
            collection: collection, folderPath: strings(object["folderPath"]), name: object["name"]?.stringValue ?? "",
            location: location(object["location"]) ?? SourceLocation(file: "", line: 0, column: 0))
        let samples = (object["failureSamples"]?.arrayValue ?? []).compactMap(\.objectValue).map { sample in
            FailureSample(
                iteration: int(sample["iteration"]) ?? 1, outcome: outcome(sample["outcome"]),
                messages: strings(sample["messages"]))
        }
        return RequestReport(
            first: recorded(object, identity), lastFailure: object["lastFailure"]?.objectValue.map { recorded($0, identity) },
            runs: MergedCounts.read(object["runs"]), latency: MergedRequest(object).latency, failureSamples: samples,
            failureSamplesDropped: int(object["failureSamplesDropped"]) ?? 0, attempts: int(object["attemptsTotal"]) ?? 0,
            waited: duration(object["waitedTotalMs"]))
    }

    /// `summary.credits`: one account per host and balance header.
    private static func credits(_ value: JSONValue?) -> CreditLedger {
        let accounts = (value?.objectValue?["accounts"]?.arrayValue ?? []).compactMap(\.objectValue).compactMap { account -> CreditAccount? in
            guard let host = account["host"]?.stringValue, let header = account["header"]?.stringValue,
                  let end = account["end"]?.numberValue else { return nil }
            return CreditAccount(
                host: host, header: header, start: account["start"]?.numberValue, end: end,
                used: account["used"]?.numberValue ?? 0, exact: account["exact"] == .bool(true), readings: int(account["readings"]) ?? 0)
        }
        return CreditLedger(accounts: accounts)
    }

    static func stop(_ value: JSONValue?) -> RunStop? {
        guard let object = value?.objectValue, let name = object["reason"]?.stringValue else { return nil }
        let reasons: [RunStop.Reason] = [.outOfCredits, .quotaExhausted, .creditBudget]
        guard let reason = reasons.first(where: { $0.reportName == name }) else { return nil }
        return RunStop(reason: reason, message: object["message"]?.stringValue ?? "")
    }

    private static func diagnostic(_ value: JSONValue) -> RunDiagnostic? {
        guard let object = value.objectValue, let severity = object["severity"]?.stringValue.flatMap(Diagnostic.Severity.init)
        else { return nil }
        let at: SourceLocation? = object["file"]?.stringValue.map { file in
            SourceLocation(file: file, line: int(object["line"]) ?? 0, column: int(object["column"]) ?? 0)
        }
        return RunDiagnostic(severity, object["message"]?.stringValue ?? "", at: at)
    }

    static func outcome(_ value: JSONValue?) -> RequestResult.Outcome {
        let outcomes: [RequestResult.Outcome] = [.passed, .failed, .errored, .skipped]
        return outcomes.first { $0.name == value?.stringValue } ?? .skipped
    }

    static func location(_ value: JSONValue?) -> SourceLocation? {
        guard let object = value?.objectValue, let file = object["file"]?.stringValue else { return nil }
        return SourceLocation(file: file, line: int(object["line"]) ?? 0, column: int(object["column"]) ?? 0)
    }

    static func strings(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap(\.stringValue)
    }

    static func int(_ value: JSONValue?) -> Int? {
        guard let n = value?.numberValue, n.isFinite, abs(n) < 9e15 else { return nil }
        return Int(n)
    }

    /// Whole microseconds, as every report time is written in milliseconds to three places.
    static func microseconds(_ value: JSONValue?) -> Int64? {
        guard let ms = value?.numberValue, ms.isFinite, abs(ms) < 9e12 else { return nil }
        return Int64((ms * 1000).rounded())
    }

    static func duration(_ value: JSONValue?) -> Duration {
        .microseconds(microseconds(value) ?? 0)
    }
}

/// Which request a run read back belongs to: the fields a run's details leave to the request.
struct RequestIdentity {
    var collection: String
    var folderPath: [String]
    var name: String
    var location: SourceLocation
}

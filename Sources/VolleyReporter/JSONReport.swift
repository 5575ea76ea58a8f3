import VolleyCore
import VolleyJSON

/// The `--report-json` document, schema `volley-report/1`: described field by field in
/// `schemas/volley-report-1.schema.json` and `docs/report-json.md`. Every key is always present
/// (null when unknown) except `body`, which appears only with `includeBodies`.
public struct JSONReport: Sendable {
    public static let schema = "volley-report/1"

    /// Include request and response bodies (`--report-bodies`); the recorder must keep them too.
    public var includeBodies: Bool
    /// Words `waitReason`, with the settings spelled as the front end names them.
    public var wording: RetryWording

    public init(includeBodies: Bool = false, names: SettingNames = .plain) {
        self.includeBodies = includeBodies
        self.wording = RetryWording(names: names)
    }

    /// The document, pretty-printed, ending with a newline.
    public func render(_ report: RunReport) -> String {
        document(report).prettyJSONText + "\n"
    }

    public func document(_ report: RunReport) -> JSONValue {
        [
            "schema": .string(Self.schema),
            "volley": ["version": .string(report.metadata.volleyVersion)],
            "run": run(report),
            "summary": [
                "requests": counts(report.requestCounts),
                "executions": counts(report.executions),
                "assertions": [
                    "total": number(report.assertionsPassed + report.assertionsFailed),
                    "passed": number(report.assertionsPassed),
                    "failed": number(report.assertionsFailed),
                ],
                "waitedMs": milliseconds(report.waited),
                "credits": credits(report.credits),
            ],
            "collections": .array(report.collections.map(collection)),
            "diagnostics": .array(report.end.diagnostics.map(diagnostic)),
        ]
    }

    /// A problem that stopped the run before it started; `file`, `line` and `column` are null
    /// for one with no position.
    private func diagnostic(_ diagnostic: RunDiagnostic) -> JSONValue {
        [
            "file": optional(diagnostic.location?.file),
            "line": diagnostic.location.map { number($0.line) } ?? .null,
            "column": diagnostic.location.map { number($0.column) } ?? .null,
            "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
        ]
    }

    private func run(_ report: RunReport) -> JSONValue {
        let m = report.metadata
        let stop: JSONValue = report.end.stop.map { stop in
            [
                "reason": .string(stop.reason.reportName),
                "message": .string(stop.message),
            ]
        } ?? .null
        return [
            "startedAt": .string(m.startedAt),
            "durationMs": milliseconds(report.end.duration),
            "exitCode": number(Int(report.end.exitCode)),
            "partial": .bool(report.end.partial),
            "partialReason": optional(report.end.partialReason),
            "stop": stop,
            "commandLine": .array(m.commandLine.map(JSONValue.string)),
            "collectionFiles": .array(m.collectionFiles.map(JSONValue.string)),
            "environment": optional(m.environmentName),
            "repeat": number(m.repeatCount),
            "iterationData": optional(m.iterationSource),
            "iterations": number(report.iterations),
            "shard": m.shard.map(shard) ?? .null,
        ]
    }

    private func collection(_ collection: CollectionReport) -> JSONValue {
        [
            "name": .string(collection.name),
            "file": .string(collection.file),
            "summary": [
                "requests": counts(collection.requestCounts),
                "executions": counts(collection.executions),
            ],
            "requests": .array(collection.requests.map(request)),
        ]
    }

    private func request(_ request: RequestReport) -> JSONValue {
        var object = JSONObject([
            ("name", .string(request.name)),
            ("folderPath", .array(request.folderPath.map(JSONValue.string))),
            ("location", location(request.location)),
            ("outcome", .string(request.outcome.name)),
            ("runs", counts(request.runs)),
            ("attemptsTotal", number(request.attempts)),
            ("waitedTotalMs", milliseconds(request.waited)),
        ])
        // The first run's details sit directly in the request, so a single run reads naturally.
        for (key, value) in details(request.first).entries { object[key] = value }
        object["lastFailure"] = request.lastFailure.map(details).map(JSONValue.object) ?? .null
        object["failureSamples"] = .array(request.failureSamples.map { sample in
            [
                "iteration": number(sample.iteration),
                "outcome": .string(sample.outcome.name),
                "messages": .array(sample.messages.map(JSONValue.string)),
            ]
        })
        object["failureSamplesDropped"] = number(request.failureSamplesDropped)
        object["latency"] = request.isRepeated ? latency(request.latency) : .null
        return .object(object)
    }

    /// Public for `volley report merge`, which writes merged latencies as a run's report does.
    public func latency(_ aggregate: LatencyAggregate) -> JSONValue {
        var object = JSONObject([("samples", number(aggregate.count))])
        var histograms = JSONObject()
        for phase in TimingPhase.allCases {
            object[phase.rawValue] = aggregate.percentiles(phase).map(percentiles) ?? .null
            histograms[phase.rawValue] = histogram(aggregate.histogram(phase).stored)
        }
        // The buckets themselves, so a merge of several runs' reports recomputes percentiles.
        object["histograms"] = .object(histograms)
        return .object(object)
    }

    private func shard(_ shard: RunMetadata.Shard) -> JSONValue {
        [
            "index": number(shard.index), "count": number(shard.count), "by": .string(shard.by),
            "suiteFiles": .array(shard.suiteFiles.map(JSONValue.string)), "suiteIterations": number(shard.suiteIterations),
        ]
    }

    private func histogram(_ stored: LatencyHistogram.Stored) -> JSONValue {
        [
            "offset": number(stored.offset), "counts": .array(stored.counts.map(number)), "count": number(stored.count),
            "minUs": .integer(stored.min), "maxUs": .integer(stored.max), "sumUs": .integer(stored.sum),
        ]
    }

    private func percentiles(_ p: Percentiles) -> JSONValue {
        .object(JSONObject(p.labeled.map { ($0.label, .number(ReportTime.milliseconds($0.microseconds))) }))
    }

    private func credits(_ ledger: CreditLedger) -> JSONValue {
        guard !ledger.accounts.isEmpty else { return .null }
        let spent = ledger.spent
        return [
            "used": .number(spent.amount),
            "exact": .bool(spent.exact),
            "accounts": .array(ledger.accounts.map { account in
                [
                    "host": .string(account.host),
                    "header": .string(account.header),
                    "start": account.startBalance.map(JSONValue.number) ?? .null,
                    "end": account.lastBalance.map(JSONValue.number) ?? .null,
                    "used": .number(account.spent.amount),
                    "exact": .bool(account.spent.exact),
                    "readings": number(account.readings),
                ]
            }),
        ]
    }

    func counts(_ counts: OutcomeCounts) -> JSONValue {
        [
            "total": number(counts.total), "passed": number(counts.passed), "failed": number(counts.failed),
            "errored": number(counts.errored), "skipped": number(counts.skipped),
        ]
    }
}

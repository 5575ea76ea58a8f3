import Testing
import VolleyCore
import VolleyJSON
@testable import VolleyReporter

@Suite struct JSONReportTests {
    static let validatorMissing: Comment = "python3 with the jsonschema module is not available (pip install jsonschema): schema validation skipped"

    /// Renders and, when python's jsonschema is there, validates against the shipped schema.
    func rendered(_ report: RunReport, includeBodies: Bool = false, names: SettingNames = .plain) throws -> (text: String, document: JSONValue) {
        let text = JSONReport(includeBodies: includeBodies, names: names).render(report)
        if ExternalTools.python3WithJSONSchema != nil {
            let errors = try ExternalTools.schemaErrors(json: text)
            #expect(errors.isEmpty, "schema violations:\n\(errors)")
        }
        return (text, try JSONValue.parse(text))
    }

    @Test(.enabled(if: ExternalTools.python3WithJSONSchema != nil, validatorMissing))
    func everyKindOfReportValidates() throws {
        _ = try rendered(SampleResults.report())
        _ = try rendered(SampleResults.report(options: .init(keepBodies: true)), includeBodies: true)
        _ = try rendered(SampleResults.repeatedReport(iterations: 50))
        let stop = RunStop(reason: .outOfCredits, message: "402 Payment Required: out of credits; run stopped")
        _ = try rendered(SampleResults.report(end: RunEnd(duration: .seconds(2), exitCode: 4, partial: true, partialReason: "stopped: out of credits", stop: stop)))
        var empty = RunRecorder(metadata: SampleResults.metadata)
        empty.beginCollection(name: "Empty", file: "empty.yaml")
        _ = try rendered(empty.finish(RunEnd(duration: .zero, exitCode: 130, partial: true, partialReason: "interrupted (SIGINT)")))
    }

    @Test func aPacingWaitIsReportedAsValuesBesideItsWords() throws {
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.beginCollection(name: "Paced", file: "paced.yaml")
        var paced = SampleResults.search
        let key = QuotaKey(host: "api.example.test", limit: "search")
        paced.attempts = [AttemptRecord(
            number: 1, waitedBefore: .milliseconds(1200), status: 200,
            waitCause: .pacing([
                .quotaReset(key, header: "ratelimit", resetsIn: .seconds(1), cappedAt: nil),
                .tokenBucket(key, rate: RateSpec(5, per: .second), origin: .commandLine(.rate), wholeHost: true),
            ]))]
        recorder.record(paced)
        let (_, doc) = try rendered(recorder.finish(RunEnd(duration: .seconds(2), exitCode: 1)), names: SettingNames([.rate: "--rate"]))

        let attempt = try #require(doc["collections", 0, "requests", 0, "attempts", 0])
        #expect(attempt["waitReason"] == "until the api.example.test search quota resets; pacing api.example.test to --rate 5/s")
        #expect(attempt["waitCause", "kind"] == "pacing")
        #expect(attempt["waitCause", "reasons", 0, "kind"] == "quota_reset")
        #expect(attempt["waitCause", "reasons", 0, "limit"] == "search")
        #expect(attempt["waitCause", "reasons", 0, "header"] == "ratelimit")
        #expect(attempt["waitCause", "reasons", 0, "resetsInMs"] == 1000)
        #expect(attempt["waitCause", "reasons", 1, "kind"] == "token_bucket")
        #expect(attempt["waitCause", "reasons", 1, "limit"] == .null, "the run's rate caps the whole host")
        #expect(attempt["waitCause", "reasons", 1, "rate"] == "5/s")
        #expect(attempt["waitCause", "reasons", 1, "origin", "kind"] == "command_line")
        #expect(attempt["waitCause", "reasons", 1, "origin", "setting"] == "rate")
    }

    @Test func redirectsListEveryEarlierHopAsSent() throws {
        var moved = SampleResults.createToken
        let first = SentRequest(method: "POST", url: "https://old.example.test/tokens", headers: [HTTPHeader(name: "apikey", value: "k")], body: [1, 2, 3])
        moved.redirects = [RedirectHop(sent: first, status: 301, location: "https://api.example.test/tokens")]
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.beginCollection(name: SampleResults.users, file: SampleResults.usersFile)
        recorder.record(moved)
        recorder.endCollection()

        let (_, doc) = try rendered(recorder.finish(RunEnd(duration: .zero, exitCode: 0)))

        let hop = doc["collections", 0, "requests", 0, "redirects", 0]
        #expect(hop?["status"] == 301)
        #expect(hop?["location"] == "https://api.example.test/tokens")
        #expect(hop?["request", "method"] == "POST")
        #expect(hop?["request", "url"] == "https://old.example.test/tokens")
        #expect(hop?["request", "headers", 0, "name"] == "apikey")
        #expect(hop?["request", "bodySize"] == 3)
        #expect(doc["collections", 0, "requests", 0, "request", "url"] == "https://api.example.test/tokens")
    }

    @Test(.enabled(if: ExternalTools.python3WithJSONSchema != nil, validatorMissing))
    func theSchemaRejectsAWrongDocument() throws {
        var (text, _) = try rendered(SampleResults.report())
        text = text.replacingOccurrences(of: "\"volley-report/1\"", with: "\"volley-report/2\"")
        let errors = try ExternalTools.schemaErrors(json: text)
        #expect(errors.contains("volley-report/1"))
    }

    @Test func runMetadataAndSummary() throws {
        let stop = RunStop(reason: .quotaExhausted, message: "quota exhausted; run stopped")
        let (_, doc) = try rendered(SampleResults.report(end: RunEnd(duration: .microseconds(1_234_567), exitCode: 4, partial: true, partialReason: "interrupted", stop: stop)))
        #expect(doc["schema"] == "volley-report/1")
        #expect(doc["volley", "version"] == "0.1.0")
        #expect(doc["run", "startedAt"] == "2025-11-27T07:47:00.123Z")
        #expect(doc["run", "durationMs"] == 1234.567)
        #expect(doc["run", "exitCode"] == 4)
        #expect(doc["run", "partial"] == true)
        #expect(doc["run", "partialReason"] == "interrupted")
        #expect(doc["run", "stop"] == ["reason": "quota_exhausted", "message": "quota exhausted; run stopped"])
        #expect(doc["run", "commandLine", 6] == "apiKey=***")
        #expect(doc["run", "collectionFiles"] == ["collections/users.yaml", "collections/orders.yaml"])
        #expect(doc["run", "environment"] == "staging")
        #expect(doc["run", "repeat"] == 1)
        #expect(doc["run", "iterationData"] == .null)
        #expect(doc["summary", "requests"] == ["total": 6, "passed": 2, "failed": 2, "errored": 1, "skipped": 1])
        #expect(doc["summary", "assertions"] == ["total": 7, "passed": 4, "failed": 3])
        #expect(doc["summary", "waitedMs"] == 1600)
        #expect(doc["collections", 1, "name"] == "Orders & <Billing>")
        #expect(doc["collections", 0, "summary", "executions", "total"] == 5)
    }

    @Test func aPassedRequestInFull() throws {
        let (_, doc) = try rendered(SampleResults.report())
        let list = try #require(doc["collections", 0, "requests", 0])
        #expect(list["name"] == "List users")
        #expect(list["folderPath"] == [])
        #expect(list["location"] == ["file": "collections/users.yaml", "line": 3, "column": 5])
        #expect(list["outcome"] == "passed")
        #expect(list["request"] == [
            "method": "GET", "url": "https://api.example.test/users",
            "headers": [["name": "Accept", "value": "application/json"]], "bodySize": 0,
        ])
        #expect(list["response", "status"] == 200)
        #expect(list["response", "bodySize"] == 29)
        #expect(list["response", "body"] == nil, "bodies only with --report-bodies")
        #expect(list["timings"] == ["dnsMs": 1.2, "connectMs": 0.8, "tlsMs": 3.4, "ttfbMs": 5.325, "transferMs": 1.775, "totalMs": 12.5])
        #expect(list["quota", "remaining"] == 97)
        #expect(list["quota", "credits"] == ["remaining": 9973, "header": "x-credits-remaining"])
        #expect(list["quota", "resetMs"] == 800)
        #expect(list["quota", "text"] == "quota 97/100 per 60s (burst) · resets 0.8s · credits 9973")
        #expect(list["captures", 0] == [
            "name": "firstId", "source": "json $[0].id", "secret": false, "value": 42, "error": nil,
            "location": ["file": "collections/users.yaml", "line": 10, "column": 7],
        ])
        #expect(list["latency"] == .null)
        #expect(list["lastFailure"] == .null)
    }

    @Test func failedAssertionsWithExpectedActualAndLocation() throws {
        let (_, doc) = try rendered(SampleResults.report())
        let getUser = try #require(doc["collections", 0, "requests", 1])
        #expect(getUser["folderPath"] == ["Users"])
        #expect(getUser["outcome"] == "failed")
        #expect(getUser["assertions", 1] == [
            "expression": "json $.name equals \"Acme\"", "subject": "json $.name", "predicate": "equals",
            "expected": "Acme", "actual": nil, "passed": false, "message": "the body is not JSON",
            "location": ["file": "collections/users.yaml", "line": 19, "column": 13],
        ])
        #expect(getUser["assertions", 2, "expected"] == "json")
        #expect(getUser["assertions", 2, "actual"] == "text/html")
        #expect(getUser["failureSamples", 0, "messages", 1] == "header Content-Type: expected contains \"json\", actual \"text/html\" (collections/users.yaml:21:29)")
    }

    @Test func retriesWaitsErrorsAndSkips() throws {
        let (_, doc) = try rendered(SampleResults.report())
        let token = try #require(doc["collections", 0, "requests", 2])
        #expect(token["attempts", 0, "status"] == 429)
        #expect(token["attempts", 0, "quota", "retryAfterMs"] == 1000)
        #expect(token["attempts", 1, "waitedMs"] == 1000)
        #expect(token["attempts", 1, "waitReason"] == "429 Too Many Requests: retry 1 of 2 in 1s (Retry-After)")
        #expect(token["attempts", 1, "waitCause", "kind"] == "retry")
        #expect(token["attempts", 1, "waitCause", "trigger", "status"] == 429)
        #expect(token["attempts", 1, "waitCause", "source", "kind"] == "retry_after")
        #expect(token["attempts", 1, "waitCause", "delayMs"] == 1000)
        #expect(token["attempts", 0, "waitReason"] == .null)
        #expect(token["attempts", 0, "waitCause"] == .null)
        #expect(token["waitedMs"] == 1000)
        #expect(token["attemptsTotal"] == 2)
        let flaky = try #require(doc["collections", 0, "requests", 3])
        #expect(flaky["outcome"] == "errored")
        #expect(flaky["response"] == .null)
        #expect(flaky["timings"] == .null)
        #expect(flaky["error"] == [
            "kind": "transport", "message": "could not connect to 127.0.0.1:9: Connection refused", "code": 7,
            "location": ["file": "collections/users.yaml", "line": 23, "column": 14],
        ])
        #expect(flaky["attempts", 2, "failure"] == "Connection refused")
        let skipped = try #require(doc["collections", 0, "requests", 4])
        #expect(skipped["outcome"] == "skipped")
        #expect(skipped["request"] == .null)
        #expect(skipped["attempts"] == [])
    }

    /// Only a transport failure was sent; the others must not all be called a template error.
    @Test(arguments: [
        (RequestFailure.Kind.template, "template"), (.transport, "transport"), (.secret, "secret"), (.invalid, "invalid"),
    ])
    func everyFailureKindKeepsItsName(kind: RequestFailure.Kind, name: String) throws {
        var result = SampleResults.flakyUpstream
        result.failure?.kind = kind
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.record(result)
        let (_, doc) = try rendered(recorder.finish(RunEnd(duration: .zero, exitCode: 2)))
        #expect(doc["collections", 0, "requests", 0, "error", "kind"] == .string(name))
    }

    @Test func bodiesAsTextWhenAsked() throws {
        let (_, doc) = try rendered(SampleResults.report(options: .init(keepBodies: true)), includeBodies: true)
        #expect(doc["collections", 0, "requests", 2, "request", "body"] == #"{"scope":"admin"}"#)
        #expect(doc["collections", 0, "requests", 2, "response", "body"] == .string(#"{"token":"\#(SampleResults.secretToken)"}"#))
        // Asked for bodies the recorder did not keep: null rather than a wrong empty string.
        let (_, lean) = try rendered(SampleResults.report(), includeBodies: true)
        #expect(lean["collections", 0, "requests", 2, "request", "body"] == .null)
    }

    /// The redactor finds secrets in their plain and JSON-escaped forms only: a secret capture
    /// must appear exactly as its text, never re-encoded.
    @Test func aSecretCaptureIsWrittenAsItsPlainText() throws {
        let (text, doc) = try rendered(SampleResults.report())
        #expect(doc["collections", 0, "requests", 2, "captures", 0, "secret"] == true)
        #expect(doc["collections", 0, "requests", 2, "captures", 0, "value"] == .string(SampleResults.secretToken))
        var redactor = Redactor()
        redactor.add(secret: SampleResults.secretToken)
        #expect(!redactor.redact(text).contains("9f8e7d6c5b4a"))
        // A structured secret goes out compact, as the executable registers it.
        var structured = SampleResults.createToken
        structured.captures[0].value = ["key": "k-1", "nested": [1, 2]]
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.record(structured)
        let doc2 = try JSONValue.parse(JSONReport().render(recorder.finish(RunEnd(duration: .zero, exitCode: 0))))
        #expect(doc2["collections", 0, "requests", 0, "captures", 0, "value"] == #"{"key":"k-1","nested":[1,2]}"#)
    }

    @Test func repeatedRequestsHavePercentilesAndBoundedSamples() throws {
        let (_, doc) = try rendered(SampleResults.repeatedReport(iterations: 100))
        #expect(doc["run", "repeat"] == 100)
        #expect(doc["run", "iterations"] == 100)
        #expect(doc["summary", "executions", "total"] == 300)
        #expect(doc["summary", "requests", "total"] == 3)
        let getUser = try #require(doc["collections", 0, "requests", 1])
        #expect(getUser["runs"] == ["total": 100, "passed": 86, "failed": 14, "errored": 0, "skipped": 0])
        #expect(getUser["iteration"] == 1)
        #expect(getUser["runOutcome"] == "passed")
        #expect(getUser["lastFailure", "iteration"] == 98)
        #expect(getUser["lastFailure", "runOutcome"] == "failed")
        #expect(getUser["failureSamples"]?.arrayValue?.count == 14)
        #expect(getUser["latency", "samples"] == 100)
        let total = try #require(getUser["latency", "total"])
        for key in ["p50", "p90", "p95", "p99", "max"] { #expect(total[key]?.numberValue != nil) }
        #expect(total["max"]!.numberValue! <= 40 && total["p50"]!.numberValue! < total["p99"]!.numberValue!)
    }

    @Test func sizeDoesNotGrowWithRepeats() throws {
        // The same failures, ten times or ten thousand times the runs. The histograms grow with
        // the spread of the values, not their number: measured apart, below.
        let small = try withoutHistograms(SampleResults.repeatedReport(iterations: 10) { $0 == 7 })
        let large = try withoutHistograms(SampleResults.repeatedReport(iterations: 10_000) { $0 == 7 })
        #expect(abs(large.size - small.size) < 300, "10 runs: \(small.size) bytes, 10000 runs: \(large.size) bytes")
        // Failing all along: the samples stop at 20 per request, the rest are counted.
        let many = try withoutHistograms(SampleResults.repeatedReport(iterations: 1_000))
        let more = try withoutHistograms(SampleResults.repeatedReport(iterations: 20_000))
        #expect(abs(more.size - many.size) < 300, "1000 runs: \(many.size) bytes, 20000 runs: \(more.size) bytes")
        // The sample timings stay under 40 ms: at most the buckets up to 40,000 µs, however many runs.
        let window = LatencyHistogram.bucket(of: 40_000) + 1
        #expect(!more.bucketCounts.isEmpty)
        #expect(more.bucketCounts.allSatisfy { $0 <= window }, "\(more.bucketCounts)")
    }

    /// The rendered size with every latency histogram taken out, and each histogram's bucket count.
    private func withoutHistograms(_ report: RunReport) throws -> (size: Int, bucketCounts: [Int]) {
        guard case .object(var root) = try JSONValue.parse(JSONReport().render(report)),
              case .array(var collections)? = root["collections"] else { return (0, []) }
        var buckets: [Int] = []
        for c in collections.indices {
            guard case .object(var collection) = collections[c], case .array(var requests)? = collection["requests"] else { continue }
            for r in requests.indices {
                guard case .object(var request) = requests[r], case .object(var latency)? = request["latency"] else { continue }
                for (_, histogram) in latency["histograms"]?.objectValue.map({ o in o.keys.map { (0, o[$0]!) } }) ?? [] {
                    buckets.append(histogram.objectValue?["counts"]?.arrayValue?.count ?? 0)
                }
                latency["histograms"] = nil
                request["latency"] = .object(latency)
                requests[r] = .object(request)
            }
            collection["requests"] = .array(requests)
            collections[c] = .object(collection)
        }
        root["collections"] = .array(collections)
        return (JSONValue.object(root).prettyJSONText.utf8.count, buckets)
    }
}

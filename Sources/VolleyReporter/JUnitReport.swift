import VolleyCore

/// The `--report-junit` document: one `<testsuite>` per collection, one `<testcase>` per request
/// (however many times it ran), valid against the Jenkins xunit plugin's `junit-10.xsd`.
///
/// A testcase carries at most one of `<error>` (the request could not be built or completed in
/// some run), `<failure>` (an assertion or capture failed, or its 402 or 429 stopped the run, in
/// some run; a failed hook check counts as an assertion) or `<skipped/>` (it never ran, saying why when a hook skipped it): CI servers show only the first such element, so one element lists everything.
public struct JUnitReport: Sendable {
    /// How the skipped message spells the bail setting.
    public var names: SettingNames
    /// Words the attempts' wait reasons, with the settings spelled as the front end names them.
    public var wording: RetryWording

    public init(names: SettingNames = .plain) {
        self.names = names
        wording = RetryWording(names: names)
    }

    public func render(_ report: RunReport) -> String {
        var suites: [String] = []
        var tests = 0, failures = 0, errors = 0
        for collection in report.collections {
            let counts = collection.requestCounts
            tests += counts.total
            failures += counts.failed
            errors += counts.errored
            suites.append(suite(collection, report: report))
        }
        if report.end.didNotStart {
            tests += report.end.loadErrors.count
            errors += report.end.loadErrors.count
            suites.append(notStartedSuite(report))
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites" + attributes([
            ("name", "volley"), ("tests", "\(tests)"), ("failures", "\(failures)"), ("errors", "\(errors)"),
            ("time", ReportTime.secondsText(ReportTime.microseconds(report.end.duration))),
        ]) + ">\n"
        xml += suites.joined()
        xml += "</testsuites>\n"
        return xml
    }

    private func suite(_ collection: CollectionReport, report: RunReport) -> String {
        let counts = collection.requestCounts
        var xml = "  <testsuite" + attributes([
            ("name", collection.name), ("tests", "\(counts.total)"), ("failures", "\(counts.failed)"),
            ("errors", "\(counts.errored)"), ("skipped", "\(counts.skipped)"),
            ("time", ReportTime.secondsText(collection.totalMicroseconds)),
            ("timestamp", report.metadata.startedAt), ("file", collection.file),
        ]) + ">\n"
        xml += properties(report)
        for request in collection.requests {
            xml += testcase(request, in: collection)
        }
        xml += "  </testsuite>\n"
        return xml
    }

    private func properties(_ report: RunReport) -> String {
        var pairs = [("volley.version", report.metadata.volleyVersion)]
        if let environment = report.metadata.environmentName { pairs.append(("volley.environment", environment)) }
        if report.isRepeated { pairs.append(("volley.iterations", "\(report.iterations)")) }
        if report.end.partial {
            pairs.append(("volley.partial", "true"))
            if let reason = report.end.partialReason { pairs.append(("volley.partialReason", reason)) }
        }
        if let stop = report.end.stop { pairs.append(("volley.stop", stop.message)) }
        return "    <properties>\n"
            + pairs.map { "      <property" + attributes([("name", $0.0), ("value", $0.1)]) + "/>\n" }.joined()
            + "    </properties>\n"
    }

    private func testcase(_ request: RequestReport, in collection: CollectionReport) -> String {
        let classname = ([collection.name] + request.folderPath).joined(separator: ".")
        var xml = "    <testcase" + attributes([
            ("name", request.name), ("classname", classname),
            ("time", ReportTime.secondsText(request.latency.histogram(.total).sum)),
        ]) + ">\n"
        switch request.outcome {
        case .passed: break
        case .skipped:
            if let reason = request.first.result.skipReason {
                xml += "      <skipped" + attributes([("message", "skipped by a hook: \(reason)")]) + "/>\n"
            } else {
                xml += "      <skipped message=\"not run: an earlier request failed under \(names.name(of: .bail)), or the run stopped\"/>\n"
            }
        case .failed, .errored:
            xml += problem(request)
        }
        xml += "      <system-out>" + systemOut(request).markupEscaped() + "</system-out>\n"
        xml += "    </testcase>\n"
        return xml
    }

    /// The `<failure>` or `<error>` element: the message names the problem, the text lists each
    /// failed assertion with expected, actual and location.
    private func problem(_ request: RequestReport) -> String {
        let outcome = request.outcome
        let element = outcome == .errored ? "error" : "failure"
        let shown = [request.first, request.lastFailure].compactMap { $0 }.first { $0.result.outcome == outcome }
        let sample = request.failureSamples.first { $0.outcome == outcome }
        var body: [String] = []
        if request.isRepeated {
            let n = outcome == .errored ? request.runs.errored : request.runs.failed
            body.append("\(outcome == .errored ? "errored" : "failed") in \(n) of \(request.runs.total) runs")
        }
        let message: String
        let type: String
        if let result = shown?.result {
            if request.isRepeated { body.append("iteration \(result.iteration):") }
            (message, type) = Self.headline(result)
            body += Self.details(result, wording: wording)
        } else {
            message = sample?.messages.first ?? "\(outcome.name)"
            type = outcome == .errored ? "error" : "assertion"
        }
        let groups = request.failureSampleGroups(except: shown?.result.iteration)
        if !groups.isEmpty {
            body.append("other failed runs:")
            for group in groups {
                let runs = group.iterations.count == 1 ? "iteration" : "iterations"
                body.append("  \(runs) \(group.iterations.map(String.init).joined(separator: ", ")): " + group.messages.joined(separator: "; "))
            }
            if request.failureSamplesDropped > 0 { body.append("  … and \(request.failureSamplesDropped) more") }
        }
        return "      <\(element)" + attributes([("type", type), ("message", message)]) + ">"
            + body.joined(separator: "\n").markupEscaped() + "</\(element)>\n"
    }

    /// The message attribute and the `type` of a failed or errored run.
    static func headline(_ result: RequestResult) -> (message: String, type: String) {
        if let failure = result.failure {
            return (failure.message, failure.kind.reportName)
        }
        let problems = result.problems
        guard let first = problems.first else { return ("failed", "assertion") }
        let more = problems.count - 1
        return (first.message + (more > 0 ? " (and \(more) more)" : ""), first.typeName)
    }

    /// Expected against actual, and where, for each failed assertion and capture; the error, or
    /// the stop, with every attempt; then the notes (why retrying stopped, a refused key's origin),
    /// as the console shows them.
    static func details(_ result: RequestResult, wording: RetryWording = RetryWording()) -> [String] {
        var lines: [String] = []
        if let failure = result.failure {
            lines.append(failure.message)
            if let code = failure.code { lines.append("  curl code: \(code)") }
            lines.append("  at \(failure.location ?? result.location)")
        }
        if let stop = result.stop {
            lines.append(stop.message)
            lines.append("  at \(result.location)")
        }
        if result.failure != nil || result.stop != nil {
            lines += result.attempts.map { "  " + $0.reportLine(wording) }
        }
        for outcome in result.assertions where !outcome.passed {
            lines.append(outcome.assertion.expression)
            lines.append("  expected: \(outcome.assertion.predicate.readable(unit: outcome.assertion.subject.unit))")
            lines.append("  actual:   \(outcome.actual?.text(unit: outcome.assertion.subject.unit) ?? "nothing")")
            if let message = outcome.message { lines.append("  message:  \(message)") }
            lines.append("  at \(outcome.assertion.location)")
        }
        for check in result.hookAssertions where !check.passed {
            lines.append("hook check \(check.name)")
            if let message = check.message { lines.append("  message:  \(message)") }
            lines.append("  at \(check.location ?? result.location)")
        }
        for capture in result.captures {
            guard let error = capture.error else { continue }
            lines.append("capture \(capture.capture.name) from \(capture.capture.source)")
            lines.append("  error: \(error)")
            lines.append("  at \(capture.capture.location)")
        }
        lines += result.notes(worded: wording).map { "note: \($0)" }
        return lines
    }

    /// The exchange in a line or two, so a CI page shows what was sent without the JSON report.
    private func systemOut(_ request: RequestReport) -> String {
        let result = request.first.result
        var lines: [String] = []
        if let sent = result.sent {
            var line = "\(sent.method) \(sent.url)"
            if let response = result.response { line += " -> \(response.status)" }
            if let timings = result.timings { line += " in \(DurationText.exactMilliseconds(timings.total)) ms" }
            lines.append(line)
        }
        if result.attempts.count > 1 {
            lines.append("\(result.attempts.count) attempts, waited \(result.waited.humanText)")
        }
        if let quota = result.quota, !quota.text.isEmpty { lines.append(quota.text) }
        lines += result.subRequests.map { $0.reportLine(wording) }
        if request.isRepeated, let total = request.latency.percentiles(.total) {
            lines.append("\(request.runs.total) runs; total ms: " + total.labeled.map { "\($0.label) \(DurationText.exactMilliseconds($0.microseconds))" }.joined(separator: ", "))
        }
        lines.append("at \(request.location)")
        return lines.joined(separator: "\n")
    }

    func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\($0.1.markupEscaped(attribute: true))\"" }.joined()
    }
}

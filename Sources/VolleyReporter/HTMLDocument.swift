import VolleyCore

/// Builds the HTML report's text, section by section.
struct HTMLDocument {
    let report: RunReport
    let sourceLine: (SourceLocation) -> String?
    let wording: RetryWording
    var html = ""
    /// Anchors of the failure entries, by collection and request position, for links from the table.
    private var failureAnchors: [String: String] = [:]

    init(report: RunReport, sourceLine: @escaping (SourceLocation) -> String?, wording: RetryWording) {
        self.wording = wording
        self.report = report
        self.sourceLine = sourceLine
        for (n, entry) in report.failingRequests.enumerated() {
            failureAnchors[Self.key(entry.collection, entry.request)] = "failure-\(n + 1)"
        }
    }

    mutating func write() {
        let counts = report.requestCounts
        html += "<!DOCTYPE html>\n<html lang=\"en\" data-filter=\"all\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLReportAssets.contentSecurityPolicy)\">\n"
        html += "<title>Volley report: \(counts.passed) passed, \(counts.failed) failed, \(counts.errored) errored</title>\n"
        html += "<script>\n\(HTMLReportAssets.errorHook)\n</script>\n"
        html += "<style>\n\(HTMLReportAssets.style)\n</style>\n</head>\n<body>\n<main>\n"
        writeHeader()
        if report.end.didNotStart { writeNotStarted() }
        writeSummary(counts)
        writeRequests()
        if report.isRepeated { writePercentiles() }
        writeQuota()
        writeFailures()
        html += "<footer>Written by volley \(e(report.metadata.volleyVersion)).</footer>\n"
        html += "</main>\n<script>\n\(HTMLReportAssets.script)\n</script>\n</body>\n</html>\n"
    }

    private mutating func writeHeader() {
        let m = report.metadata
        html += "<header class=\"run\">\n<h1><span class=\"brand\">Volley</span> report</h1>\n<div class=\"meta\">"
        var meta = [
            "started <b>\(e(m.startedAt))</b>",
            "took <b>\(e(report.end.duration.humanText))</b>",
            "exit code <b>\(report.end.exitCode)</b>",
        ]
        if let environment = m.environmentName { meta.append("environment <b>\(e(environment))</b>") }
        if m.repeatCount > 1 { meta.append("repeat <b>\(m.repeatCount)</b>") }
        if let source = m.iterationSource { meta.append("data <b>\(e(source))</b>") }
        if report.iterations > 1 { meta.append("<b>\(report.iterations)</b> iterations") }
        html += meta.map { "<span>\($0)</span>" }.joined() + "</div>\n"
        if !m.commandLine.isEmpty {
            html += "<code class=\"command\">\(e(m.commandLine.joined(separator: " ")))</code>\n"
        }
        html += "</header>\n"
        if report.end.partial {
            let reason = report.end.partialReason.map { ": " + $0 } ?? ""
            html += "<div class=\"banner partial\" id=\"partial\">Partial report\(e(reason)). Requests that did not run are not listed.</div>\n"
        }
        if let stop = report.end.stop {
            html += "<div class=\"banner stop\" id=\"stop\">Run stopped: \(e(stop.message))</div>\n"
        }
    }

    private mutating func writeSummary(_ counts: OutcomeCounts) {
        html += "<section class=\"cards\" id=\"summary\">\n"
        card("requests", counts.total, "requests", kind: "")
        card("passed", counts.passed, "passed", kind: "passed")
        card("failed", counts.failed, "failed", kind: "failed")
        card("errored", counts.errored, "errored", kind: "errored")
        card("skipped", counts.skipped, "skipped", kind: "skipped")
        card("assertions-failed", report.assertionsFailed, "assertions failed", kind: "failed", of: report.assertionsPassed + report.assertionsFailed)
        if report.isRepeated { card("executions", report.executions.total, "runs in all", kind: "") }
        html += "<div class=\"card\" title=\"retry delays and pacing\"><span class=\"num\" id=\"waited\">\(e(report.waited.humanText))</span><span class=\"label\">waited</span></div>\n"
        html += "</section>\n"
    }

    private mutating func card(_ id: String, _ value: Int, _ label: String, kind: String, of whole: Int? = nil) {
        let classes = ["card", kind, value == 0 && !kind.isEmpty ? "zero" : ""].filter { !$0.isEmpty }.joined(separator: " ")
        let of = whole.map { "<small> / \($0)</small>" } ?? ""
        html += "<div class=\"\(classes)\"><span class=\"num\"><span id=\"count-\(id)\">\(value)</span>\(of)</span><span class=\"label\">\(e(label))</span></div>\n"
    }

    private mutating func writeRequests() {
        let scale = maxRowTotal()
        html += "<section id=\"requests\">\n<div class=\"toolbar\">Show "
        html += "<button type=\"button\" data-filter=\"all\" aria-pressed=\"true\">all requests</button>"
        html += "<button type=\"button\" data-filter=\"problems\" aria-pressed=\"false\">failures only</button>"
        html += report.isRepeated ? "<span>· timings are medians over the runs</span>" : ""
        html += "</div>\n"
        for collection in report.collections {
            html += "<h2>\(e(collection.name)) <small>\(e(collection.file))</small></h2>\n"
            html += "<div class=\"panel scroll\"><table class=\"requests\">\n<thead><tr><th>Request</th><th>Method</th><th>Status</th><th>Result</th><th>Attempts</th>"
            for phase in TimingPhase.allCases { html += "<th class=\"ms\">\(phase.rawValue)</th>" }
            html += "<th>Waterfall</th></tr></thead>\n<tbody>\n"
            for request in collection.requests { writeRow(request, in: collection, scale: scale) }
            if collection.requests.isEmpty { html += "<tr><td class=\"empty\" colspan=\"12\">No request ran.</td></tr>\n" }
            html += "</tbody></table></div>\n"
        }
        html += "<div class=\"legend\">" + TimingPhase.sequential.map { "<span><i class=\"ph-\($0.rawValue)\"></i>\($0.rawValue)</span>" }.joined() + "</div>\n"
        html += "</section>\n"
    }

    private mutating func writeRow(_ request: RequestReport, in collection: CollectionReport, scale: Int64) {
        let result = request.first.result
        let outcome = request.outcome
        html += "<tr class=\"request\" data-outcome=\"\(outcome.name)\">"
        let folder = request.folderPath.isEmpty ? "" : "<span class=\"folder\">\(e(request.folderPath.joined(separator: " / "))) / </span>"
        var name = e(request.name)
        if let anchor = failureAnchors[Self.key(collection, request)] { name = "<a href=\"#\(anchor)\">\(name)</a>" }
        let tip = result.sent.map { " title=\"\(e("\($0.method) \($0.url)"))\"" } ?? ""
        html += "<td class=\"name\"\(tip)>\(folder)\(name)</td>"
        html += "<td>\(e(result.sent?.method ?? ""))</td>"
        if let status = result.response?.status {
            html += "<td class=\"status\(status >= 400 ? " bad" : "")\">\(status)</td>"
        } else {
            html += "<td class=\"status\">\(result.failure == nil ? "" : "—")</td>"
        }
        var runs = ""
        if request.isRepeated {
            let bad = request.runs.failed + request.runs.errored
            runs = "<span class=\"runs\">\(bad == 0 ? "\(request.runs.total) runs" : "\(bad) of \(request.runs.total) runs")</span>"
        }
        html += "<td><span class=\"badge \(outcome.name)\">\(outcome.name)</span>\(runs)</td>"
        html += "<td>\(attemptsText(request))</td>"
        let timings = displayTimings(request)
        for phase in TimingPhase.allCases {
            guard let timings else { html += "<td class=\"ms zero\"></td>"; continue }
            let value = phase.value(in: timings)
            let classes = ["ms", value == 0 ? "zero" : "", phase == .total ? "total" : ""].filter { !$0.isEmpty }.joined(separator: " ")
            html += "<td class=\"\(classes)\">\(DurationText.tableMilliseconds(value))</td>"
        }
        html += "<td class=\"wf\">\(timings.map { waterfall($0, scale: scale) } ?? "")</td>"
        html += "</tr>\n"
    }

    private func attemptsText(_ request: RequestReport) -> String {
        let result = request.first.result
        guard !result.attempts.isEmpty else { return "" }
        var text = "\(result.attempts.count)"
        if result.waited > .zero { text += " <span class=\"runs\">waited \(e(result.waited.humanText))</span>" }
        return text
    }

    /// The timings a row shows: the run's own, or the medians of a repeated request.
    func displayTimings(_ request: RequestReport) -> PhaseTimings? {
        guard request.isRepeated else { return request.first.result.timings }
        func median(_ phase: TimingPhase) -> Int64 { request.latency.percentiles(phase)?.p50 ?? 0 }
        guard request.latency.count > 0 else { return nil }
        return PhaseTimings(
            dns: median(.dns), connect: median(.connect), tls: median(.tls), ttfb: median(.ttfb),
            transfer: median(.transfer), total: median(.total))
    }

    private func maxRowTotal() -> Int64 {
        var scale: Int64 = 1
        for collection in report.collections {
            for request in collection.requests {
                if let timings = displayTimings(request) { scale = max(scale, timings.total) }
            }
        }
        return scale
    }

    static func key(_ collection: CollectionReport, _ request: RequestReport) -> String {
        "\(collection.name)\u{0}\(collection.file)\u{0}\(request.location)\u{0}\(request.displayName)"
    }

    /// HTML-escapes text.
    func e(_ text: String) -> String { text.markupEscaped() }
}

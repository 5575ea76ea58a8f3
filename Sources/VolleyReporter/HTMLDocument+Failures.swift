import VolleyCore

/// The failures section: every problem (failed assertion or capture, error, run stop), with the
/// source line it was written on and a caret under the column.
extension HTMLDocument {
    mutating func writeFailures() {
        let failing = report.failingRequests
        html += "<section id=\"failures\" data-count=\"\(failing.count)\">\n<h2>Failures <small>\(failing.count) request\(failing.count == 1 ? "" : "s")</small></h2>\n"
        if failing.isEmpty { html += "<div class=\"panel empty\">No failures.</div>\n" }
        for (n, entry) in failing.enumerated() {
            writeFailure(entry.request, in: entry.collection, anchor: "failure-\(n + 1)")
        }
        html += "</section>\n"
    }

    private mutating func writeFailure(_ request: RequestReport, in collection: CollectionReport, anchor: String) {
        let outcome = request.outcome
        html += "<article class=\"failure\" id=\"\(anchor)\" data-outcome=\"\(outcome.name)\">\n"
        html += "<h3><span class=\"badge \(outcome.name)\">\(outcome.name)</span> \(e(collection.name)) / \(e(request.displayName))"
        html += " <span class=\"where\">\(e(request.location.description))</span>"
        if request.isRepeated {
            let bad = request.runs.failed + request.runs.errored
            html += " <span class=\"runs\">\(bad) of \(request.runs.total) runs</span>"
        }
        html += "</h3>\n"
        if let shown = request.failureToShow?.result {
            if request.isRepeated { html += "<div class=\"runs\">iteration \(shown.iteration):</div>\n" }
            writeProblems(shown)
            // What its scripts sent is part of the story: a token request that failed, say.
            if !shown.subRequests.isEmpty {
                html += "<ul class=\"attempts subrequests\">"
                for sub in shown.subRequests { html += "<li>\(e(sub.reportLine(wording)))</li>" }
                html += "</ul>\n"
            }
        }
        let groups = request.failureSampleGroups(except: request.failureToShow?.result.iteration)
        if !groups.isEmpty {
            html += "<ul class=\"samples\">"
            for group in groups {
                let runs = group.iterations.count == 1 ? "iteration" : "iterations"
                html += "<li>\(runs) \(group.iterations.map(String.init).joined(separator: ", ")): \(e(group.messages.joined(separator: "; ")))</li>"
            }
            if request.failureSamplesDropped > 0 { html += "<li>… and \(request.failureSamplesDropped) more failed runs</li>" }
            html += "</ul>\n"
        }
        html += "</article>\n"
    }

    private mutating func writeProblems(_ result: RequestResult) {
        var attemptsShown = false
        for item in result.problems {
            problem(item.message, at: item.location)
            // An error or a stop is told by its attempts (a 429 retried until none were left).
            if item.isAboutTheRequest, !attemptsShown, !result.attempts.isEmpty {
                attemptsShown = true
                html += "<ul class=\"attempts\">"
                for attempt in result.attempts { html += "<li>\(e(attempt.reportLine(wording)))</li>" }
                html += "</ul>\n"
            }
        }
    }

    mutating func problem(_ message: String, at location: SourceLocation) {
        html += "<div class=\"problem\"><div class=\"message\">\(e(message))</div>"
        html += "<div class=\"loc\"><code>\(e(location.description))</code></div>"
        if let line = sourceLine(location) {
            let pad = String(line.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " })
            html += "<pre class=\"source\"><span class=\"ln\">\(location.line)</span>\(e(line))\n<span class=\"ln\"></span>\(pad)<span class=\"caret\">^</span></pre>"
        }
        html += "</div>\n"
    }
}

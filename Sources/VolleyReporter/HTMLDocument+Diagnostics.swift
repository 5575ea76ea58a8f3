import VolleyCore

/// When loading failed: a banner saying the run did not start, and each problem with its
/// source line, as the console shows them.
extension HTMLDocument {
    mutating func writeNotStarted() {
        let errors = report.end.loadErrors.count
        html += "<div class=\"banner stop\" id=\"not-started\">The run did not start: \(errors) error\(errors == 1 ? "" : "s")"
        html += " in the collections, environments or secrets; nothing was sent.</div>\n"
        html += "<section id=\"diagnostics\" data-count=\"\(report.end.diagnostics.count)\">\n<h2>Why the run did not start</h2>\n"
        for diagnostic in report.end.diagnostics {
            let message = "\(diagnostic.severity.rawValue): \(diagnostic.message)"
            if let location = diagnostic.location {
                problem(message, at: location)
            } else {
                html += "<div class=\"problem\"><div class=\"message\">\(e(message))</div></div>\n"
            }
        }
        html += "</section>\n"
    }
}

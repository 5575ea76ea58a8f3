import VolleyCore

extension MarkdownSummary {
    /// The summary of a run that did not start: each problem where it is written.
    func notStarted(_ report: RunReport) -> String {
        let errors = report.end.loadErrors.count
        var lines = ["## ❌ Volley: the run did not start", ""]
        lines.append("Started \(report.metadata.startedAt) · exit code \(report.end.exitCode)")
        lines += ["", "\(errors) error\(errors == 1 ? "" : "s") in the collections, environments or secrets; nothing was sent:", ""]
        for diagnostic in report.end.diagnostics {
            let place = diagnostic.location.map { "`\(Self.code($0.description))` " } ?? ""
            lines.append("- \(place)\(diagnostic.severity.rawValue): \(Self.escape(diagnostic.message))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

import VolleyCore

/// The run in GitHub-flavoured Markdown: what `$GITHUB_STEP_SUMMARY` gets, and `--report-markdown`.
/// A table of collections, the failures with their locations, and percentiles when repeated.
/// Long runs stay readable (and under GitHub's 1 MiB summary limit): at most `maxFailures`
/// failing requests are listed.
public struct MarkdownSummary: Sendable {
    public var maxFailures: Int

    public init(maxFailures: Int = 50) {
        self.maxFailures = maxFailures
    }

    public func render(_ report: RunReport) -> String {
        if report.end.didNotStart { return notStarted(report) }
        let counts = report.requestCounts
        var lines: [String] = []
        let allPassed = counts.failed == 0 && counts.errored == 0 && !report.end.partial
        lines.append("## \(allPassed ? "✅" : "❌") Volley: " + Self.countsText(counts))
        lines.append("")
        var meta = ["Started \(report.metadata.startedAt)", "took \(report.end.duration.humanText)"]
        if let environment = report.metadata.environmentName { meta.append("environment `\(Self.code(environment))`") }
        if report.isRepeated { meta.append("\(report.executions.total) runs over \(report.iterations) iterations") }
        meta.append("exit code \(report.end.exitCode)")
        lines.append(meta.joined(separator: " · "))
        if report.end.partial {
            lines += ["", "> **Partial report**" + (report.end.partialReason.map { ": " + Self.escape($0) } ?? "") + ". Requests that did not run are not listed."]
        }
        if let stop = report.end.stop {
            lines += ["", "> **Run stopped**: " + Self.escape(stop.message)]
        }
        if !report.credits.accounts.isEmpty {
            lines.append("")
            lines += report.credits.accounts.map { account in
                "- " + (account.host.isEmpty ? "" : "`\(Self.code(account.host))`: ") + Self.escape(account.summaryText)
            }
        }
        lines += ["", "| Collection | Requests | Passed | Failed | Errored | Skipped |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for collection in report.collections {
            let c = collection.requestCounts
            lines.append("| \(Self.escape(collection.name)) (`\(Self.code(collection.file, inTable: true))`) | \(c.total) | \(c.passed) | \(c.failed) | \(c.errored) | \(c.skipped) |")
        }
        lines += failures(report)
        if report.isRepeated { lines += percentiles(report) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func failures(_ report: RunReport) -> [String] {
        let failing = report.failingRequests
        guard !failing.isEmpty else { return [] }
        var lines = ["", "### Failures", ""]
        for (collection, request) in failing.prefix(maxFailures) {
            var head = "- **\(Self.escape(collection.name + " / " + request.displayName))**"
            if request.outcome == .errored { head += " errored" }
            if request.isRepeated {
                head += " in \(request.runs.failed + request.runs.errored) of \(request.runs.total) runs"
            }
            lines.append(head + " (`\(Self.code(request.location.description))`)")
            guard let shown = request.failureToShow?.result else { continue }
            let prefix = request.isRepeated ? "iteration \(shown.iteration): " : ""
            for problem in shown.problems {
                lines.append("  - `\(Self.code(problem.location.description))` \(prefix)\(Self.escape(problem.message))")
            }
            // What its scripts sent is part of the story: a token request that failed, say.
            for sub in shown.subRequests {
                lines.append("  - `\(Self.code(sub.location.description))` \(prefix)\(Self.escape(sub.reportLine(RetryWording())))")
            }
            for group in request.failureSampleGroups(except: shown.iteration) {
                let runs = (group.iterations.count == 1 ? "iteration " : "iterations ") + group.iterations.map(String.init).joined(separator: ", ")
                lines.append("  - also \(runs): " + Self.escape(group.messages.joined(separator: "; ")))
            }
        }
        if failing.count > maxFailures {
            lines.append("- … and \(failing.count - maxFailures) more failing requests (see the JSON or HTML report)")
        }
        return lines
    }

    private func percentiles(_ report: RunReport) -> [String] {
        var lines = [
            "", "### Latency over repeated runs (ms)", "",
            "| Request | Runs | p50 | p90 | p95 | p99 | max | ttfb p50 | ttfb p99 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for collection in report.collections {
            for request in collection.requests {
                guard let total = request.latency.percentiles(.total) else { continue }
                let ttfb = request.latency.percentiles(.ttfb)
                let cells = [String(request.runs.total)] + total.labeled.map { DurationText.tableMilliseconds($0.microseconds) }
                    + [ttfb?.p50, ttfb?.p99].map { $0.map(DurationText.tableMilliseconds) ?? "" }
                lines.append("| \(Self.escape(collection.name + " / " + request.displayName)) | " + cells.joined(separator: " | ") + " |")
            }
        }
        return lines
    }

    /// `2 passed, 1 failed, 1 errored, 1 skipped` (zero counts left out, except passed).
    static func countsText(_ counts: OutcomeCounts) -> String {
        var parts = ["\(counts.passed) passed"]
        if counts.failed > 0 { parts.append("\(counts.failed) failed") }
        if counts.errored > 0 { parts.append("\(counts.errored) errored") }
        if counts.skipped > 0 { parts.append("\(counts.skipped) skipped") }
        return parts.joined(separator: ", ")
    }

    static func escape(_ text: String) -> String {
        OutputEscaping.markdown(text)
    }

    /// Text for inside a code span: on one line, backticks softened, and in a table `|` escaped
    /// (GitHub splits cells on it even in code).
    static func code(_ text: String, inTable: Bool = false) -> String {
        var out = text.replacingNewlines().replacing("`", with: "'")
        if inTable { out = out.replacing("|", with: "\\|") }
        return out
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}

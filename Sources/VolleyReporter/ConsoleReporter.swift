import VolleyCore

/// Formats results for a terminal: one line per request, failed assertions under it with their
/// source positions, and a summary. Returns text; the executable prints it.
public struct ConsoleReporter: Sendable {
    public var style: ConsoleStyle
    public var verbose: Bool
    /// Words retry and wait reasons, with the settings spelled as the front end names them.
    public var wording: RetryWording
    /// Whether scripts' `console.*` lines are shown under their request (not with `--quiet`).
    public var showsConsole: Bool

    public init(style: ConsoleStyle, verbose: Bool = false, names: SettingNames = .plain, showsConsole: Bool = true) {
        self.style = style
        self.verbose = verbose
        self.wording = RetryWording(names: names)
        self.showsConsole = showsConsole
    }

    public func collectionHeader(name: String, file: String) -> String {
        style.bold(printable(name)) + style.dim("  (\(printable(file)))")
    }

    /// The request's line, plus its failures (and with `--verbose`, the exchange).
    public func format(_ result: RequestResult) -> String {
        var lines = [requestLine(result)]
        if verbose, let sent = result.sent {
            lines += exchangeLines(redirects: result.redirects, sent: sent, response: result.response, timings: result.timings)
        }
        if result.attempts.count > 1, result.outcome != .passed || verbose {
            lines += result.attempts.map { "      " + style.dim(attemptLine($0)) }
        }
        if verbose, let quota = result.quota, !quota.sources.isEmpty, let response = result.response {
            let raw = quota.sources.compactMap { name in response.headers.value(of: name).map { "\(name): \(printable($0))" } }
            lines.append("      " + style.dim("quota read from: " + raw.joined(separator: ", ")))
        }
        lines += subRequestLines(result)
        if showsConsole {
            for message in result.console { lines.append(consoleLine(message)) }
        }
        for note in result.notes(worded: wording) {
            lines.append("      " + style.yellow("note: ") + printable(note))
        }
        for problem in result.problems {
            let line: String
            switch problem.kind {
            case .error: line = (result.failure?.location.map { "\($0): " } ?? "") + problem.message
            case .stop: line = problem.message
            case .assertion, .hookAssertion, .capture: line = problem.message + style.dim("  (\(problem.location))")
            }
            lines.append("      " + style.red("✘ ") + printable(line))
        }
        return lines.joined(separator: "\n")
    }

    /// A script's console line, its level named unless it is a plain log; further lines of the
    /// text keep the indentation.
    private func consoleLine(_ message: ConsoleMessage) -> String {
        let text = message.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n        ")
        switch message.level {
        case .log, .info, .debug: return "      " + style.dim("│ ") + text
        case .warn: return "      " + style.dim("│ ") + style.yellow("warn: ") + text
        case .error: return "      " + style.dim("│ ") + style.red("error: ") + text
        }
    }

    private func requestLine(_ result: RequestResult) -> String {
        let symbol: String
        switch result.outcome {
        case .passed: symbol = style.green("✔")
        case .failed: symbol = style.red("✘")
        case .errored: symbol = style.red("!")
        case .skipped: symbol = style.yellow("-")
        }
        var line = "  \(symbol) \(printable(result.displayName).fitted(toColumns: Self.nameColumns))"
        if result.outcome == .skipped {
            return line + " " + style.dim(result.skipReason.map { "skipped: \(printable($0))" } ?? "skipped")
        }
        line += " " + (result.sent?.method ?? "").fitted(toColumns: Self.methodColumns)
        if let response = result.response {
            let status = String(response.status)
            line += " " + (response.status < 400 ? status : style.red(status))
        } else if result.failure != nil {
            // Interrupted while waiting to retry: the status that made it wait is the last one received.
            line += " " + style.red(result.attempts.last?.status.map(String.init) ?? "---")
        }
        if let timings = result.timings {
            line += "  " + DurationText.milliseconds(timings.totalMilliseconds).leftPadded(to: 8)
        }
        if result.attempts.count > 1 {
            var retried = " (\(result.attempts.count) attempts"
            if result.waited > .zero { retried += ", waited \(result.waited.humanText)" }
            line += style.yellow(retried + ")")
        }
        if result.polls > 0 {
            line += style.yellow(" (polled \(result.polls) more time\(result.polls == 1 ? "" : "s"))")
        }
        if let quota = result.quota, !quota.text.isEmpty {
            line += style.dim("  " + quota.text)
        }
        return line
    }

    /// Display columns of the request line's name and method, so the status column stays put
    /// whatever the name (folders, CJK, emoji) or method (`OPTIONS`).
    static let nameColumns = 32
    static let methodColumns = 7

    /// `attempt 1: 429 in 3.1 ms`, `attempt 2 after 1s (retry 1 of 2, Retry-After): 200 in 2.0 ms`
    func attemptLine(_ attempt: AttemptRecord) -> String {
        var line = "attempt \(attempt.number)"
        if attempt.waitedBefore > .zero {
            line += " after \(attempt.waitedBefore.humanText)"
            switch attempt.waitCause {
            // The line above says what called for the retry, and "after" says the wait.
            case .retry(let reason)?: line += " (\(wording.shortText(reason)))"
            case let cause?: line += " (\(wording.text(cause)))"
            case nil: break
            }
        }
        line += ": "
        if let status = attempt.status { line += "\(status)" } else if let failure = attempt.failure { line += failure }
        if let timings = attempt.timings { line += " in \(DurationText.milliseconds(timings.totalMilliseconds))" }
        return line
    }

    /// One line per limit that reported quota or needed waiting (`api.example.com (search): quota 0/5 ·
    /// 2 retries · waited 1.2s`), then one per credit balance (`api.example.com: credits 10000 → 9996, 4 used`).
    public func quotaSummary(_ ledger: QuotaLedger) -> [String] {
        let limits: [String] = ledger.limits.compactMap { entry in
            var parts: [String] = []
            if let state = entry.lastState {
                var quota = state
                quota.credits = nil  // the credits line says it, with what was spent
                if !quota.text.isEmpty { parts.append(quota.text) }
            }
            if entry.tooManyRequests > 0 { parts.append("\(entry.tooManyRequests) × 429") }
            if entry.retries > 0 { parts.append(retriesText(entry)) }
            if entry.waited > .zero { parts.append("waited \(entry.waited.humanText)") }
            guard !parts.isEmpty else { return nil }
            return "  " + entry.label + ": " + parts.joined(separator: " · ")
        }
        return limits + ledger.credits.accounts.map { "  \($0.host): \($0.summaryText)" }
    }

    /// `2 retries` when every one followed a 429 (counted beside it), else by cause:
    /// `4 retries: 2 after 429, 2 after a cut-off body`.
    private func retriesText(_ entry: QuotaLedger.LimitEntry) -> String {
        let total = "\(entry.retries) retr\(entry.retries == 1 ? "y" : "ies")"
        let causes = entry.retriesByTrigger
        if causes.isEmpty || (causes.count == 1 && causes[0].trigger == .status(429)) { return total }
        return total + ": " + causes.map { "\($0.count) after \(Self.causeText($0.trigger))" }.joined(separator: ", ")
    }

    private static func causeText(_ trigger: RetryTrigger) -> String {
        switch trigger {
        case .status(let status): "\(status)"
        case .connectionReset: "a connection reset"
        case .timeoutBeforeResponse: "a timeout"
        case .cutOffAfterHeaders: "a cut-off body"
        case .timeoutAfterHeaders: "a timeout after the headers"
        }
    }

    /// `--verbose`'s lines of one exchange (a request's, or a sub-request's, indented further).
    func exchangeLines(
        redirects: [RedirectHop], sent: SentRequest, response: ReceivedResponse?, timings: PhaseTimings?, indent: String = "      "
    ) -> [String] {
        var lines: [String] = []
        for hop in redirects {
            // Every hop as it went out: a redirect may change the method and drop credentials.
            lines += requestLines(hop.sent, indent: indent)
            lines += traceLines(hop.sent, indent: indent)
            lines.append(indent + style.dim("< \(hop.status) → \(printable(hop.location))"))
        }
        lines += requestLines(sent, indent: indent)
        lines += traceLines(sent, indent: indent)
        if let response {
            lines.append(indent + style.dim("< \(response.httpVersion) \(response.status)"))
            lines += response.headers.map { indent + style.dim("< \(printable($0.name)): \(printable($0.value))") }
            lines.append(indent + style.dim("< [\(response.byteCount) bytes]") + bodyPreview(response, indent: indent))
        }
        if let t = timings {
            let phases = [
                ("dns", t.dns), ("connect", t.connect), ("tls", t.tls), ("ttfb", t.ttfb),
                ("transfer", t.transfer), ("total", t.total),
            ].map { "\($0.0) \(DurationText.milliseconds(Double($0.1) / 1000))" }
            lines.append(indent + style.dim("timings: " + phases.joined(separator: " · ")))
        }
        return lines
    }

    /// After the size: the body's text on the lines below (cut, escaped, secrets already masked),
    /// or its SHA-256 when it is not text.
    private func bodyPreview(_ response: ReceivedResponse, indent: String) -> String {
        switch BodyPreview.shape(of: response.body, contentType: response.headers.value(of: "content-type")) {
        case .empty:
            return ""
        case .binary(_, let sha256):
            return style.dim(" binary, sha256 \(sha256)")
        case .text(let text, let total, let cut):
            // A CRLF ends a line as LF does (a lone CR is still shown as `\r`: it would move the cursor).
            let shown = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\n" })
                .map { indent + OutputEscaping.terminal(String($0)) }.joined(separator: "\n")
            return "\n" + shown + (cut ? style.dim("… (\(total) characters)") : "")
        }
    }

    /// `-vv`: libcurl's trace under the request (empty without it); credentials already masked.
    private func traceLines(_ sent: SentRequest, indent: String) -> [String] {
        sent.trace.map { indent + style.dim("| " + printable($0)) }
    }

    private func requestLines(_ sent: SentRequest, indent: String) -> [String] {
        var lines = [indent + style.dim("> \(printable(sent.method)) \(printable(sent.url))")]
        lines += sent.headers.map { indent + style.dim("> \(printable($0.name)): \(printable($0.value))") }
        if !sent.body.isEmpty {
            if let multipart = MultipartPreview(body: sent.body, contentType: sent.headers.value(of: "Content-Type")) {
                lines.append(indent + style.dim("> [\(sent.byteCount) bytes] \(multipart.parts.count) part\(multipart.parts.count == 1 ? "" : "s"):"))
                for part in multipart.parts { lines += partLines(part, indent: indent) }
                return lines
            }
            // A file upload is bytes, not text: decoding it would print noise.
            if let text = String(validating: sent.body, as: UTF8.self) {
                lines.append(
                    indent + style.dim("> [\(sent.byteCount) bytes] ")
                        + OutputEscaping.terminal(text.truncated(to: 500), keepingLineBreaks: true))
            } else {
                lines.append(indent + style.dim("> [\(sent.byteCount) bytes, binary: not shown]"))
            }
        }
        return lines
    }

    /// One part of a multipart body under `-v`: its header lines, then its content one level further
    /// in (a file as its size and SHA-256, text line by line, cut as other request bodies are).
    private func partLines(_ part: MultipartPreview.Part, indent: String) -> [String] {
        var lines = part.headers.map { indent + style.dim(">   " + printable($0)) }
        let contentIndent = indent + style.dim(">     ")
        if part.isFile || String(validating: part.content, as: UTF8.self) == nil {
            lines.append(contentIndent + style.dim("[\(part.content.count) bytes] sha256 \(Digest.sha256.hex(part.content))"))
            return lines
        }
        let text = String(decoding: part.content, as: UTF8.self).truncated(to: 500)
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            lines.append(contentIndent + OutputEscaping.terminal(String(line)))
        }
        return lines
    }

    /// `5 requests: 4 passed, 1 failed · p50 3 ms · p95 12 ms · 0.05 s`
    public func summary(_ stats: RunStatistics, elapsed: Duration) -> String {
        var parts = ["\(stats.passed) passed"]
        if stats.failed > 0 { parts.append(style.red("\(stats.failed) failed")) }
        if stats.errored > 0 { parts.append(style.red("\(stats.errored) errored")) }
        if stats.skipped > 0 { parts.append(style.yellow("\(stats.skipped) skipped")) }
        var line = "\(stats.total) request\(stats.total == 1 ? "" : "s"): " + parts.joined(separator: ", ")
        if let p50 = stats.percentile(50), let p95 = stats.percentile(95) {
            line += " · p50 \(DurationText.milliseconds(p50)) · p95 \(DurationText.milliseconds(p95))"
        }
        line += " · \(elapsed.humanText) total"
        return line
    }

    /// Names, values and messages from collections and servers, with control characters escaped.
    func printable(_ text: String) -> String { OutputEscaping.terminal(text) }
}

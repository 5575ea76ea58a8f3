import VolleyCore

/// The requests a request's scripts sent (`pm.sendRequest`), one line each under the request,
/// with where the script sent it from: `↳ GET http://api/token 200  3.1 ms  (before script,
/// a.yaml:9:5)`. The attempts of one retried, its failure or the stop it caused, and with
/// `--verbose` its exchange follow, indented further.
extension ConsoleReporter {
    func subRequestLines(_ result: RequestResult) -> [String] {
        result.subRequests.flatMap(subRequestLines)
    }

    private func subRequestLines(_ sub: SubRequestResult) -> [String] {
        let indent = "          "
        var line = "      " + style.dim("↳ ") + printable(sub.sent?.method ?? "") + " " + printable(sub.sent?.url ?? "")
        if let response = sub.response {
            let status = String(response.status)
            line += " " + (response.status < 400 ? status : style.red(status))
        } else {
            line += " " + style.red(sub.attempts.last?.status.map(String.init) ?? "---")
        }
        if let timings = sub.timings { line += "  " + DurationText.milliseconds(timings.totalMilliseconds) }
        if sub.attempts.count > 1 {
            var retried = " (\(sub.attempts.count) attempts"
            if sub.waited > .zero { retried += ", waited \(sub.waited.humanText)" }
            line += style.yellow(retried + ")")
        } else if sub.waited > .zero {
            line += style.dim(" (paced \(sub.waited.humanText))")
        }
        line += style.dim("  (\(sub.phase.rawValue) script, \(sub.location))")
        var lines = [line]
        if verbose, let sent = sub.sent {
            lines += exchangeLines(redirects: sub.redirects, sent: sent, response: sub.response, timings: sub.timings, indent: indent)
        }
        if sub.attempts.count > 1, verbose || sub.response.map({ $0.status >= 400 }) ?? true {
            lines += sub.attempts.map { indent + style.dim(attemptLine($0)) }
        }
        if let gaveUp = sub.gaveUp { lines.append(indent + style.yellow("note: ") + printable(wording.note(gaveUp))) }
        if let failure = sub.failure {
            lines.append(indent + style.red("✘ ") + printable(failure.message))
        } else if let stop = sub.stop {
            lines.append(indent + style.red("✘ ") + printable(stop.message))
        }
        return lines
    }
}

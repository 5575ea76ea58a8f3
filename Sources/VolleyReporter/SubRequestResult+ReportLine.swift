import VolleyCore

extension SubRequestResult {
    /// `sub-request GET http://api/token -> 200 in 3.1 ms (2 attempts, waited 1s), from the
    /// before script at a.yaml:9:5`, as JUnit, HTML and Markdown list a request's sub-requests
    /// (the console has its own, styled line).
    func reportLine(_ wording: RetryWording) -> String {
        var line = "sub-request \(sent?.method ?? "") \(sent?.url ?? "")"
        if let response { line += " -> \(response.status)" }
        if let timings { line += " in \(DurationText.milliseconds(timings.totalMilliseconds))" }
        if attempts.count > 1 { line += " (\(attempts.count) attempts, waited \(waited.humanText))" }
        if let failure { line += ": \(failure.message)" } else if let stop { line += ": \(stop.message)" }
        if let gaveUp { line += "; \(wording.note(gaveUp))" }
        return line + ", from the \(phase.rawValue) script at \(location)"
    }
}

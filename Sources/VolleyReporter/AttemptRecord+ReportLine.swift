import VolleyCore

extension AttemptRecord {
    /// `attempt 2 after 1s (Retry-After 1s): status 429`, as JUnit and HTML list a request's attempts.
    func reportLine(_ wording: RetryWording) -> String {
        var line = "attempt \(number)"
        if waitedBefore > .zero {
            line += " after \(waitedBefore.humanText)"
            if let waitCause { line += " (\(wording.text(waitCause)))" }
        }
        return line + ": " + (failure ?? status.map { "status \($0)" } ?? "no response")
    }
}

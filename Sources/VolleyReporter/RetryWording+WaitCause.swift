import VolleyCore

extension RetryWording {
    /// Why an attempt waited, as the console, the JSON report's `waitReason`, JUnit and HTML
    /// say it: the retry (`429 Too Many Requests: retry 1 of 2 in 1s (Retry-After)`) or the
    /// pacing reasons, `; `-separated.
    public func text(_ cause: WaitCause) -> String {
        switch cause {
        case .retry(let reason): text(reason)
        case .pacing(let reasons): reasons.map(text).joined(separator: "; ")
        }
    }
}

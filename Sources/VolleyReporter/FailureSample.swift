import VolleyCore

/// What went wrong in one run of a repeated request, in a few lines: enough to see whether the
/// failures differ, without keeping the whole result.
public struct FailureSample: Sendable, Hashable {
    public var iteration: Int
    public var outcome: RequestResult.Outcome
    /// One line per failed assertion, failed capture, or the request's error.
    public var messages: [String]

    public init(iteration: Int, outcome: RequestResult.Outcome, messages: [String]) {
        self.iteration = iteration
        self.outcome = outcome
        self.messages = messages
    }

    public init(_ result: RequestResult) {
        var messages: [String] = []
        if let failure = result.failure { messages.append(failure.message) }
        for outcome in result.assertions where !outcome.passed {
            messages.append(outcome.readable + " (\(outcome.assertion.location))")
        }
        for capture in result.captures {
            if let error = capture.error {
                messages.append("capture \(capture.capture.name): \(error) (\(capture.capture.location))")
            }
        }
        self.init(iteration: result.iteration, outcome: result.outcome, messages: messages)
    }
}

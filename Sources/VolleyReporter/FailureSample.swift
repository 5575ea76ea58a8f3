import VolleyCore

/// What went wrong in one run of a repeated request, in a few lines: enough to see whether the
/// failures differ, without keeping the whole result.
public struct FailureSample: Sendable, Hashable {
    public var iteration: Int
    public var outcome: RequestResult.Outcome
    /// One line per problem (see `RequestResult.problems`).
    public var messages: [String]

    public init(iteration: Int, outcome: RequestResult.Outcome, messages: [String]) {
        self.iteration = iteration
        self.outcome = outcome
        self.messages = messages
    }

    public init(_ result: RequestResult) {
        let messages = result.problems.map { problem in
            problem.isAboutTheRequest ? problem.message : problem.message + " (\(problem.location))"
        }
        self.init(iteration: result.iteration, outcome: result.outcome, messages: messages)
    }
}

import NIOConcurrencyHelpers

/// Answers requests in order, one response each, then the last one over and over: a server that
/// refuses first and accepts later. `ScenarioServer.start(handler: sequence.handler)`.
public final class ResponseSequence: Sendable {
    private let responses: [ScenarioResponse]
    private let served = NIOLockedValueBox(0)

    public init(_ responses: [ScenarioResponse]) {
        precondition(!responses.isEmpty, "a sequence needs at least one response")
        self.responses = responses
    }

    public func next() -> ScenarioResponse {
        let index = served.withLockedValue { count in
            defer { count += 1 }
            return count
        }
        return responses[min(index, responses.count - 1)]
    }

    public var handler: ScenarioServer.Handler {
        { _ in self.next() }
    }
}

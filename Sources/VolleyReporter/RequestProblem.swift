import VolleyCore

/// One thing that went wrong in a run of a request, as every reporter lists it: the error that
/// kept it from completing, the run stop its response caused, a failed assertion, a failed check
/// a request hook made, or a failed capture. Reporters read `RequestResult.problems` so that none of them forgets a kind.
public struct RequestProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case error(RequestFailure.Kind)
        case stop(RunStop.Reason)
        case assertion
        /// A check a request hook (a script) made and named, which failed.
        case hookAssertion
        case capture
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation

    /// How reports name the kind (JUnit's `type`): `transport`, `out_of_credits`, `assertion`…
    public var typeName: String {
        switch kind {
        case .error(let kind): kind.reportName
        case .stop(let reason): reason.reportName
        case .assertion: "assertion"
        case .hookAssertion: "hook_assertion"
        case .capture: "capture"
        }
    }

    /// Whether it is about the request as a whole (an error, a stop) rather than one line of it.
    public var isAboutTheRequest: Bool {
        switch kind {
        case .error, .stop: true
        case .assertion, .hookAssertion, .capture: false
        }
    }
}

extension RequestResult {
    /// Every problem of this run, in the order reports list them: the error, the stop, then the
    /// failed assertions as written, the failed hook checks in the order the hooks made them, and
    /// the failed captures. Empty exactly when the run passed or was skipped.
    public var problems: [RequestProblem] {
        var problems: [RequestProblem] = []
        if let failure {
            problems.append(RequestProblem(kind: .error(failure.kind), message: failure.message, location: failure.location ?? location))
        }
        if let stop {
            problems.append(RequestProblem(kind: .stop(stop.reason), message: stop.message, location: location))
        }
        for outcome in assertions where !outcome.passed {
            problems.append(RequestProblem(kind: .assertion, message: outcome.readable, location: outcome.assertion.location))
        }
        for check in hookAssertions where !check.passed {
            problems.append(RequestProblem(kind: .hookAssertion, message: check.readable, location: check.location ?? location))
        }
        for capture in captures {
            guard let error = capture.error else { continue }
            problems.append(RequestProblem(kind: .capture, message: "capture \(capture.capture.name): \(error)", location: capture.capture.location))
        }
        return problems
    }
}

extension HookAssertionResult {
    /// `status is 201: got 200`, or the name alone when the hook gave no reason.
    public var readable: String {
        message.map { "\(name): \($0)" } ?? name
    }
}

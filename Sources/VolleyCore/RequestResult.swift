public import VolleyJSON
/// Everything known about one request after it ran: what was sent, what came back, how long it took,
/// and how each assertion and capture went. Reporters read only this.
public struct RequestResult: Sendable {
    public var collection: String
    public var folderPath: [String]
    public var name: String
    public var location: SourceLocation
    public var sent: SentRequest?
    public var response: ReceivedResponse?
    /// With `--location`: the earlier requests of the redirect chain, as sent; `sent` is the last.
    public var redirects: [RedirectHop] = []
    public var timings: PhaseTimings?
    public var assertions: [AssertionOutcome]
    /// Checks that request hooks (scripts) added, after the assertions of `expect:`.
    public var hookAssertions: [HookAssertionResult] = []
    /// What the request's scripts wrote with `console.*`, in order.
    public var console: [ConsoleMessage] = []
    /// The requests its hooks sent (`pm.sendRequest`), in the order they were sent. They count
    /// in the quota and credits like any request; their failures are the scripts' to judge.
    public var subRequests: [SubRequestResult] = []
    public var captures: [CaptureOutcome]
    /// Why the request did not complete, or could not be built.
    public var failure: RequestFailure?
    /// Set when the request was not sent because an earlier one failed under `--bail`, or the run stopped.
    public var skipped: Bool
    /// Why a request hook skipped the request; nil for any other skip.
    public var skipReason: String?
    /// Every attempt, in order; the last one is the response above. Empty when nothing was sent.
    public var attempts: [AttemptRecord]
    /// The quota state read from the final response's headers, if it had any.
    public var quota: QuotaState?
    /// Things worth saying about the exchange that are not failures of their own.
    public var notes: [String] = []
    /// The retry the response called for but that could not be made, when the response stands
    /// and is checked: the reporters word it as a note. (A transport failure or a run stop says
    /// it in its own message.)
    public var gaveUp: GiveUpReason?
    /// Which run of a repeated collection (`--repeat`, `--iterations-data`) this is, 1-based.
    public var iteration: Int
    /// For a request with `paginate:`, which page this is, 1-based; nil for other requests.
    public var page: Int?
    /// The host and rate limit the request counted against, once it was sent.
    public var quotaKey: QuotaKey?
    /// The stop this request's response caused (a 402, a 429 whose retries ran out), unless the
    /// request was written to expect that status: the request then failed, whatever its assertions say.
    public var stop: RunStop?

    public init(
        collection: String, folderPath: [String], name: String, location: SourceLocation,
        sent: SentRequest? = nil, response: ReceivedResponse? = nil, timings: PhaseTimings? = nil,
        assertions: [AssertionOutcome] = [], captures: [CaptureOutcome] = [],
        failure: RequestFailure? = nil, skipped: Bool = false, attempts: [AttemptRecord] = [],
        quota: QuotaState? = nil, iteration: Int = 1
    ) {
        self.collection = collection
        self.folderPath = folderPath
        self.name = name
        self.location = location
        self.sent = sent
        self.response = response
        self.timings = timings
        self.assertions = assertions
        self.captures = captures
        self.failure = failure
        self.skipped = skipped
        self.attempts = attempts
        self.quota = quota
        self.iteration = iteration
    }

    /// Total time spent waiting before attempts (retry delays and pacing).
    public var waited: Duration {
        attempts.reduce(.zero) { $0 + $1.waitedBefore }
    }

    public enum Outcome: Sendable, Hashable {
        case passed, failed, errored, skipped
    }

    public var outcome: Outcome {
        if skipped { return .skipped }
        if failure != nil { return .errored }
        if stop != nil { return .failed }
        if assertions.contains(where: { !$0.passed }) || hookAssertions.contains(where: { !$0.passed })
            || captures.contains(where: { $0.error != nil }) {
            return .failed
        }
        return .passed
    }

    /// `Folder / Sub / Request`, for messages.
    public var displayName: String {
        (folderPath + [name]).joined(separator: " / ")
    }
}

public struct AssertionOutcome: Sendable, Hashable {
    public var assertion: Assertion
    public var passed: Bool
    /// The value checked; nil when the subject did not exist (a missing header or JSONPath match).
    public var actual: JSONValue?
    /// Why it failed, in words, when the values alone do not say it.
    public var message: String?

    public init(assertion: Assertion, passed: Bool, actual: JSONValue?, message: String? = nil) {
        self.assertion = assertion
        self.passed = passed
        self.actual = actual
        self.message = message
    }
}

public struct CaptureOutcome: Sendable, Hashable {
    public var capture: Capture
    public var value: JSONValue?
    public var error: String?

    public init(capture: Capture, value: JSONValue?, error: String? = nil) {
        self.capture = capture
        self.value = value
        self.error = error
    }
}

/// Why a request has no response to check.
public struct RequestFailure: Sendable, Hashable, Error {
    public enum Kind: Sendable, Hashable {
        /// Templating failed (an undefined variable, say): nothing was sent.
        case template
        /// The transport failed: DNS, connect, TLS, timeout, a reset connection.
        case transport
        /// A secret could not be fetched (no keyring, no item): nothing was sent.
        case secret
        /// The request as templated is not valid HTTP (a line break in a header, a URL libcurl
        /// rejects, a scheme other than http/https): nothing was sent.
        case invalid
        /// A script of the request threw or was stopped at a limit.
        case script
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation?
    /// libcurl's error code, for transport failures.
    public var code: Int?

    public init(kind: Kind, message: String, location: SourceLocation? = nil, code: Int? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.code = code
    }
}

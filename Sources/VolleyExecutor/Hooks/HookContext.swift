import VolleyCore
import VolleyJSON

/// What a hook sees of one request and what it may change. Before the send, `request` is the
/// rendered request and `response` is nil; after it, `response` is what came back and edits to
/// `request` no longer matter.
public struct HookContext {
    public let collection: String
    /// The request as planned: its templates, folder path and location.
    public let planned: PlannedRequest
    /// The rendered request that will be sent; nil while rendering fails (a variable a hook is
    /// yet to set, say: `renderFailure` says why). A hook may change it before the send.
    public var request: TransportRequest? {
        didSet { if request != nil { renderFailure = nil } }
    }
    public private(set) var renderFailure: RequestFailure?
    public private(set) var variables: VariableScopes
    public let response: TransportResponse?
    public private(set) var assertionResults: [HookAssertionResult] = []
    public private(set) var skipReason: String?
    public private(set) var nextRequest: NextRequest?
    /// Why a hook failed (a script threw, or was stopped at a limit): the request's error. Before
    /// the send it keeps the request from being sent.
    public private(set) var failure: RequestFailure?
    /// What scripts wrote with `console.*`, in order.
    public private(set) var console: [ConsoleMessage] = []
    /// The iteration of the run (1-based), as in the result.
    public let iteration: Int
    /// Notes for the result, for what a hook asked that could not be done.
    private(set) var notes: [String] = []
    /// The requests hooks sent (`sendSubRequest`), in order, before and after the send.
    public private(set) var subRequests: [SubRequestResult] = []
    /// Renders the planned request again with new variables, before the send.
    private let render: ((VariableScopes) -> Result<TransportRequest, RequestFailure>)?
    /// The runner's send stage, for a hook's own requests.
    let sender: SubRequestSender
    /// The run's cookies, which scripts read and change (`pm.cookies`); nil when the request
    /// keeps none (`cookies: false`, or a runner made without a jar).
    public let cookieJar: CookieJar?

    init(
        collection: String, planned: PlannedRequest, variables: VariableScopes, iteration: Int = 1,
        rendered: Result<TransportRequest, RequestFailure>,
        render: @escaping (VariableScopes) -> Result<TransportRequest, RequestFailure>,
        sender: SubRequestSender, cookieJar: CookieJar? = nil
    ) {
        self.collection = collection
        self.iteration = iteration
        self.planned = planned
        self.variables = variables
        self.response = nil
        self.render = render
        self.sender = sender
        self.cookieJar = cookieJar
        self.apply(rendered)
    }

    init(after before: HookContext, request: TransportRequest, variables: VariableScopes, response: TransportResponse?) {
        self.collection = before.collection
        self.iteration = before.iteration
        self.planned = before.planned
        self.request = request
        self.variables = variables
        self.response = response
        self.assertionResults = before.assertionResults
        self.nextRequest = before.nextRequest
        self.notes = before.notes
        self.console = before.console
        self.subRequests = before.subRequests
        self.sender = before.sender
        self.cookieJar = before.cookieJar
        self.render = nil
    }

    /// Whether the request has been sent (or its sending was attempted).
    public var isAfterSend: Bool { render == nil }

    /// Sets a variable: by default a run-time one with a capture's rank, so `--var` and
    /// `VOLLEY_VAR_` still outrank it, as they outrank captures, and it lasts the collection run. Before
    /// the send the request is rendered again at once, so the value reaches the URL, headers and
    /// body; edits this hook made to `request` before the call are replaced by that rendering.
    public mutating func setVariable(_ name: String, to value: JSONValue, in source: VariableSource = .capture) {
        variables.set(name, to: value, in: source)
        if let render { apply(render(variables)) }
    }

    /// Removes a variable from one scope; before the send the request is rendered again.
    public mutating func removeVariable(_ name: String, from source: VariableSource) {
        variables.remove(name, from: source)
        if let render { apply(render(variables)) }
    }

    /// Sends `request` as the runner sends its own requests (Postman's `pm.sendRequest`): paced
    /// and counted against its host's quota, retried as this request's retry settings say, its
    /// quota headers read, a 402 or an exhausted quota stopping the run, Ctrl-C ending it. Blocks
    /// until it is done. `location` is where the hook asked for it (the `pm.sendRequest` call).
    /// The result, kept for the request's result (and its reports), has the response with its
    /// body, or the failure; once the run has stopped, nothing more is sent.
    public mutating func sendSubRequest(_ request: TransportRequest, at location: SourceLocation) -> SubRequestResult {
        let result = sender.send(request, at: location, phase: isAfterSend ? .after : .before)
        subRequests.append(result)
        return result
    }

    /// The hook failed: the request errors with `message` at `location`; the first failure stands.
    public mutating func fail(_ message: String, at location: SourceLocation?) {
        if failure == nil {
            failure = RequestFailure(kind: .script, message: message, location: location)
        } else {
            notes.append(message)
        }
    }

    /// A note for the result (a test the script skipped, say).
    public mutating func addNote(_ note: String) {
        notes.append(note)
    }

    public mutating func addConsole(_ message: ConsoleMessage) {
        console.append(message)
    }

    public mutating func addAssertion(_ name: String, passed: Bool, message: String? = nil, location: SourceLocation? = nil) {
        assertionResults.append(HookAssertionResult(name: name, passed: passed, message: message, location: location))
    }

    /// Skips the request, reported as skipped with `reason`. Only before the send: once a request
    /// went out it was paid for, and its result stands.
    public mutating func skip(because reason: String) {
        if isAfterSend {
            notes.append("a hook asked to skip the request after it was sent (\(reason)); its result stands")
        } else {
            skipReason = reason
        }
    }

    public mutating func setNextRequest(_ next: NextRequest) {
        nextRequest = next
    }

    private mutating func apply(_ rendered: Result<TransportRequest, RequestFailure>) {
        switch rendered {
        case .success(let request): self.request = request
        case .failure(let failure): self.request = nil; renderFailure = failure
        }
    }
}

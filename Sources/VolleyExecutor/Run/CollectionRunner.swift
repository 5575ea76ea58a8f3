import Logging
import VolleyCore
import VolleyQuota

/// The run loop: for each request, fill templates, wait for pacing, send it (retrying as the
/// policy allows), check assertions, take captures; a request with `paginate:` goes round once
/// per page.
/// Owns one transport, so a sequential run reuses one connection per host. Quota and rate state
/// per host and limit, and the credit ledger a credit budget is checked against, live in the
/// `QuotaSession` it is given, so they carry across the collections of a run (and its workers).
/// Not Sendable: one runner per worker.
public final class CollectionRunner {
    let options: RunOptions
    private let transport: CurlTransport
    private let logger: Logger
    var failedCaptures: [String: MissingCapture] = [:]
    /// Pacing, balances and learned limit names, shared with whoever else runs in this session.
    let quota: QuotaSession
    private let quotaParser: QuotaHeaderParser
    private var clock: any RunClock { options.clock }
    private var wording: RetryWording { RetryWording(names: options.settingNames) }

    /// `quota` defaults to a session of this runner's own, paced at `options.rate`.
    public init(
        options: RunOptions, quota: QuotaSession? = nil, logger: Logger = Logger(label: "volley.runner")
    ) throws(TransportError) {
        self.options = options
        self.transport = try CurlTransport(cancellation: options.cancellation)
        self.logger = logger
        self.quota = quota ?? QuotaSession(runRate: options.rate, maxWait: options.retry.maxWait)
        self.quotaParser = QuotaHeaderParser(creditHeaders: options.creditHeaders)
    }

    /// Runs every selected request of `collection` in order. `variables` holds every scope but
    /// the collection's own and the captures, which this run adds.
    @discardableResult
    public func run(_ collection: Collection, variables: VariableScopes, observer: RunObserver, iteration: Int = 1) -> CollectionOutcome {
        var scopes = variables
        for (name, value) in collection.variables { scopes.set(name, to: value.value, in: .collection) }
        scopes.clearCaptures()
        failedCaptures = [:]

        var outcome = CollectionOutcome()
        for request in collection.plannedRequests(folders: options.folders) {
            if !outcome.halted, let stop = budgetStop(before: request, in: collection, scopes: scopes) {
                outcome.stop = stop
            }
            if outcome.halted || options.cancellation?.isCancelled == true {
                outcome.interrupted = outcome.interrupted || options.cancellation?.isCancelled == true
                let skipped = RequestResult(
                    collection: collection.name, folderPath: request.folderPath, name: request.spec.name,
                    location: request.spec.location, skipped: true, iteration: iteration)
                outcome.count(skipped.outcome)
                observer.didFinish(skipped)
                continue
            }
            if request.spec.paginate != nil {
                runPages(request, in: collection, scopes: &scopes, observer: observer, outcome: &outcome, iteration: iteration)
                continue
            }
            observer.willSend(request, in: collection)
            var result = execute(request, in: collection, scopes: &scopes, observer: observer, outcome: &outcome)
            result.iteration = iteration
            finish(result, observer: observer, outcome: &outcome)
        }
        return outcome
    }

    /// Counts a result, hands it on, and applies `--bail`.
    func finish(_ result: RequestResult, observer: RunObserver, outcome: inout CollectionOutcome) {
        outcome.count(result.outcome)
        logger.debug("request finished", metadata: [
            "outcome": "\(result.outcome)", "attempts": "\(result.attempts.count)",
        ])
        observer.didFinish(result)
        if options.bail, result.outcome == .failed || result.outcome == .errored {
            outcome.bailed = true
        }
    }

    /// Sends one request (or one page of one, `pages` being its loop) and checks it.
    func execute(
        _ request: PlannedRequest, in collection: Collection, scopes: inout VariableScopes,
        observer: RunObserver, outcome: inout CollectionOutcome, pages: PageLoop? = nil
    ) -> RequestResult {
        let spec = request.spec
        var result = RequestResult(
            collection: collection.name, folderPath: request.folderPath, name: spec.name, location: spec.location)
        var renderer = TemplateRenderer(scopes: scopes, failedCaptures: failedCaptures)
        renderer.pageCursor = pages?.cursorOverride

        let transportRequest: TransportRequest
        do {
            transportRequest = try RequestBuilder(renderer: renderer, options: options.transport).build(spec)
        } catch {
            result.failure = error
            captures(of: spec, didNotRunBecause: "request '\(spec.name)' was not sent", scopes: &scopes)
            return result
        }
        if let pages, !pages.admit(transportRequest) {
            result.failure = RequestFailure(kind: .invalid, message: Self.repeatedPage, location: spec.paginate?.location)
            captures(of: spec, didNotRunBecause: "request '\(spec.name)' was not sent", scopes: &scopes)
            return result
        }

        let sending = send(transportRequest, spec: spec, observer: observer, outcome: &outcome)
        result.attempts = sending.attempts
        result.quotaKey = sending.quotaKey
        guard let exchange = sending.exchange else {
            result.sent = SentRequest(
                method: transportRequest.method, url: transportRequest.url,
                headers: transportRequest.headers, body: transportRequest.body)
            result.failure = sending.failure
            captures(of: spec, didNotRunBecause: "request '\(spec.name)' got no response", scopes: &scopes)
            return result
        }

        result.sent = exchange.sent
        result.redirects = exchange.redirects
        result.response = exchange.response
        result.timings = exchange.timings
        result.quota = sending.attempts.last?.quota
        outcome.connectionsOpened += sending.connectionsOpened
        let view = ResponseView(response: exchange.response, totalMilliseconds: exchange.timings.totalMilliseconds)
        result.assertions = AssertionChecker(renderer: renderer).check(spec.assertions, against: view)
        if exchange.response.status == 401, let provider = scopes.secrets, !renderer.secretsUsed.names.isEmpty {
            // Say which key was refused and where it came from; never its value.
            let origins = renderer.secretsUsed.names.sorted().map { name in
                "'\(name)' from \(provider.origin(of: name) ?? "a secret")"
            }
            result.notes.append("401: the server rejected the credentials; the request used \(origins.joined(separator: ", "))")
        }
        result.stop = sending.stop
        if let gaveUp = sending.gaveUp, result.stop == nil {
            // The response stands and is checked, but the reason retrying stopped is part of the story.
            result.notes.append("not retried: \(gaveUp)")
        }

        let extractor = CaptureExtractor()
        for capture in spec.captures {
            let captured = extractor.extract(capture, from: view)
            if let value = captured.value {
                scopes.set(capture.name, to: value, in: .capture)
                failedCaptures[capture.name] = nil
            } else {
                // The variable is undefined from here on: re-sending the previous value would
                // pay for the same page twice.
                scopes.remove(capture.name, from: .capture)
                failedCaptures[capture.name] = MissingCapture(location: capture.location)
            }
            result.captures.append(captured)
        }
        return result
    }

    /// A request that got no response leaves its captures undefined, and says why to whoever uses them.
    private func captures(of spec: RequestSpec, didNotRunBecause reason: String, scopes: inout VariableScopes) {
        for capture in spec.captures {
            scopes.remove(capture.name, from: .capture)
            failedCaptures[capture.name] = MissingCapture(location: capture.location, requestNotRun: reason)
        }
    }

    /// What sending one request, with its retries, came to.
    private struct Sending {
        var attempts: [AttemptRecord] = []
        /// The host and limit the attempts counted against.
        var quotaKey: QuotaKey?
        var exchange: TransportResponse?
        var failure: RequestFailure?
        var gaveUp: String?
        /// The run stop the last response caused, when the request did not expect its status.
        var stop: RunStop?
        var connectionsOpened = 0
    }

    /// Sends a request, pacing first and retrying as the policy allows.
    private func send(_ request: TransportRequest, spec: RequestSpec, observer: RunObserver, outcome: inout CollectionOutcome) -> Sending {
        var sending = Sending()
        let host = URLHost.of(request.url)
        // The limit the server named for this request before, else its `quota_group:`, else the host's.
        var limit = quota.learnedLimit(forRequestAt: spec.location) ?? spec.quotaGroup
        sending.quotaKey = QuotaKey(lowercasedHost: host, limit: limit)
        let policy = effectivePolicy(for: spec)
        let firstSend = clock.now()

        var pacing = quota.reserve(host: host, limit: limit, now: clock.epochNow(), rate: spec.rate)
        var wait = pacing.delay
        var waitReason = wording.text(pacing)
        var waitCause: WaitCause? = pacing.reasons.isEmpty ? nil : .pacing(pacing.reasons)

        while true {
            let attemptNumber = sending.attempts.count + 1
            if wait > .zero {
                outcome.waited += wait
                guard Waiter(clock: clock, cancellation: options.cancellation).wait(wait, reason: waitReason ?? "waiting", observer: observer) else {
                    outcome.interrupted = true
                    // The response of an earlier attempt is not this request's result: it was
                    // interrupted. Its attempts stay, and the message says it was sent before.
                    sending.exchange = nil
                    sending.failure = RequestFailure(
                        kind: .transport, message: interruptedWhileWaiting(after: sending.attempts.last),
                        location: spec.location)
                    return sending
                }
            }
            var record = AttemptRecord(
                number: attemptNumber, waitedBefore: wait, waitReason: wait > .zero ? waitReason : nil,
                waitCause: wait > .zero ? waitCause : nil)
            let attemptOutcome: AttemptOutcome
            do {
                self.quota.noteSend(host: host, limit: limit, at: clock.epochNow())
                let exchange = try transport.perform(request)
                let quota = quotaParser.parse(exchange.response.headers, now: clock.epochNow())
                limit = self.quota.record(quota, host: host, limit: limit, requestAt: spec.location)
                sending.quotaKey = QuotaKey(lowercasedHost: host, limit: limit)
                record.status = exchange.response.status
                record.timings = exchange.timings
                record.quota = quota.isEmpty ? nil : quota
                sending.exchange = exchange
                sending.failure = nil
                sending.connectionsOpened += exchange.newConnections
                attemptOutcome = .response(status: exchange.response.status, quota: quota)
            } catch {
                if options.cancellation?.isCancelled == true {
                    outcome.interrupted = true
                    record.failure = interruption
                    sending.attempts.append(record)
                    sending.exchange = nil
                    sending.failure = RequestFailure(kind: .transport, message: interruption, location: spec.location)
                    return sending
                }
                record.failure = error.message(for: request)
                sending.exchange = nil
                if error.kind == .invalidRequest {
                    // libcurl refused the URL itself: a collection problem, reported at the URL, never sent.
                    sending.failure = RequestFailure(
                        kind: .invalid, message: error.message(for: request), location: spec.url.location, code: error.curlCode)
                    sending.attempts.append(record)
                    return sending
                }
                sending.failure = RequestFailure(
                    kind: .transport, message: error.message(for: request), location: spec.location, code: error.curlCode)
                attemptOutcome = .transportFailure(error.retryKind)
            }
            sending.attempts.append(record)

            var decision = policy.decide(
                method: request.method, idempotent: spec.idempotent, attempt: attemptNumber,
                elapsed: clock.now() - firstSend, outcome: attemptOutcome, jitter: Double.random(in: 0..<1))
            var expected = false
            if case .response(let status, _) = attemptOutcome, expects(status: status, in: spec) {
                // A request written to expect this status (a test of the rate limiter, say) got what it asked for.
                decision = .done
                expected = true
            }
            if let stop = RunStop.classify(attemptOutcome, decision: decision, wording: wording) {
                outcome.stop = stop
                // Otherwise the request that stopped the run failed: it got a response, just not a usable one.
                if !expected { sending.stop = stop }
            }
            switch decision {
            case .done:
                return sending
            case .giveUp(let why):
                let reason = wording.text(why)
                sending.gaveUp = reason
                if var failure = sending.failure {
                    failure.message += "; not retried: \(reason)"
                    sending.failure = failure
                }
                return sending
            case .retry(let after, let why):
                let reason = wording.text(why)
                outcome.retries += 1
                // Pacing still applies to the retry: it must not jump the rate limit either.
                pacing = quota.reserve(host: host, limit: limit, now: clock.epochNow() + after.fractionalSeconds, rate: spec.rate)
                wait = after + pacing.delay
                waitReason = reason
                waitCause = .retry(why)
            }
        }
    }

    static let repeatedPage =
        "paginate: this page would be the same request as an earlier page (the cursor does not reach the request); "
        + "not sent, so as not to pay twice"

    /// What stopped the run, in the front end's words (`interrupted (Ctrl-C)`, `interrupted (SIGTERM)`).
    private var interruption: String {
        options.cancellation?.reason ?? "interrupted"
    }

    /// What Ctrl-C during a wait did: stopped a request before its first send, or a retry after `last`.
    private func interruptedWhileWaiting(after last: AttemptRecord?) -> String {
        guard let last else { return "\(interruption) before sending" }
        let what = last.status.map { "\($0)" } ?? last.failure ?? "attempt \(last.number)"
        return "\(interruption) while waiting to retry after \(what)"
    }

    /// Whether the request's own status assertions, if it has any, all accept `status`.
    private func expects(status: Int, in spec: RequestSpec) -> Bool {
        let checks = spec.assertions.filter { $0.subject == .status }
        guard !checks.isEmpty else { return false }
        let evaluator = PredicateEvaluator(coerceText: false)
        return checks.allSatisfy { evaluator.failure(of: $0.predicate, on: .number(Double(status))) == nil }
    }

    /// The run's retry policy with the request's inherited `retry:` settings on top, except
    /// where the command line set a field: see `RetryPolicy.applying`.
    private func effectivePolicy(for spec: RequestSpec) -> RetryPolicy {
        options.retry.applying(spec.retry)
    }

    /// `--max-credits` (or the collection's `max_credits:`) checked before a request to its host.
    func budgetStop(before request: PlannedRequest, in collection: Collection, scopes: VariableScopes) -> RunStop? {
        let budget: (Double, SettingOrigin)? = options.maxCredits.map { ($0, .commandLine(.maxCredits)) }
            ?? collection.maxCredits.map { ($0, .collection(key: "max_credits", at: nil)) }
        let credits = quota.credits
        guard let (limit, origin) = budget, !credits.accounts.isEmpty else { return nil }
        // The host is known only once the URL is filled; a URL that cannot be filled fails on its own later.
        let renderer = TemplateRenderer(scopes: scopes, failedCaptures: failedCaptures)
        let host = (try? renderer.render(request.spec.url)).map(URLHost.of) ?? ""
        return credits.budgetStop(limit, host: host, origin: origin, names: options.settingNames)
    }
}

extension TransportError {
    /// What a person needs to read: what failed, against what, and libcurl's own words.
    func message(for request: TransportRequest) -> String {
        let limit: String
        switch kind {
        case .timeout where timeoutLimit == .connect: limit = " after \(request.options.connectTimeout.humanText) (connect timeout)"
        case .timeout: limit = " after \(request.options.timeout.humanText) (total timeout)"
        default: limit = ""
        }
        return "\(kind.summary)\(limit): \(message) (curl error \(curlCode))"
    }

    /// How the retry policy sees this failure.
    var retryKind: TransportFailureKind {
        switch kind {
        case .connectionLost: .connectionReset
        case .timeout: .timeoutBeforeResponse
        default: .other
        }
    }
}

extension TransportError.Kind {
    var summary: String {
        switch self {
        case .dns: "could not resolve host"
        case .connect: "could not connect"
        case .tls: "TLS handshake failed"
        case .timeout: "timed out"
        case .connectionLost: "connection lost"
        case .invalidRequest: "invalid request"
        case .invalidResponse: "could not complete: the reply is not HTTP"
        case .other: "request failed"
        }
    }
}

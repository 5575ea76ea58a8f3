import Logging
import VolleyCore

/// The run loop: for each request, fill templates, wait for pacing, send it (retrying as the
/// policy allows), check assertions, take captures; a request with `paginate:` goes round once
/// per page.
/// Owns one transport, so a sequential run reuses one connection per host, and one pacer, so
/// quota and rate state per host and limit carry across the collections of a run, as does the
/// credit ledger that `--max-credits` is checked against.
/// Not Sendable: one runner per worker.
public final class CollectionRunner {
    let options: RunOptions
    let transport: CurlTransport
    let expressions = CompiledExpressions()
    let logger: Logger
    var failedCaptures: [String: SourceLocation] = [:]
    var pacer: Pacer
    let quotaParser: QuotaHeaderParser
    /// Balances seen so far, over every collection of the run.
    var credits = CreditLedger()
    /// The limit the server named (a `RateLimit-Policy` name) for a request, by where it is written.
    var learnedLimits: [SourceLocation: String] = [:]

    public init(options: RunOptions, logger: Logger = Logger(label: "volley.runner")) throws(TransportError) {
        self.options = options
        self.transport = try CurlTransport(cancellation: options.cancellation)
        self.logger = logger
        self.pacer = Pacer(runRate: options.rate, maxWait: options.retry.maxWait)
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

    /// Sends one request (or one page of one) and checks it.
    func execute(
        _ request: PlannedRequest, in collection: Collection, scopes: inout VariableScopes,
        observer: RunObserver, outcome: inout CollectionOutcome
    ) -> RequestResult {
        let spec = request.spec
        var result = RequestResult(
            collection: collection.name, folderPath: request.folderPath, name: spec.name, location: spec.location)
        let renderer = TemplateRenderer(scopes: scopes, failedCaptures: failedCaptures)

        let transportRequest: TransportRequest
        do {
            transportRequest = try RequestBuilder(renderer: renderer, options: options.transport).build(spec)
        } catch {
            result.failure = error
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
            return result
        }

        result.sent = exchange.sent
        result.response = exchange.response
        result.timings = exchange.timings
        result.quota = sending.attempts.last?.quota
        outcome.connectionsOpened += sending.connectionsOpened
        let view = ResponseView(response: exchange.response, totalMilliseconds: exchange.timings.totalMilliseconds)
        result.assertions = AssertionChecker(renderer: renderer, expressions: expressions).check(spec.assertions, against: view)
        if exchange.response.status == 401, let provider = scopes.secrets, !renderer.secretsUsed.names.isEmpty {
            // Say which key was refused and where it came from; never its value.
            let origins = renderer.secretsUsed.names.sorted().map { name in
                "'\(name)' from \(provider.origin(of: name) ?? "a secret")"
            }
            result.notes.append("401: the server rejected the credentials; the request used \(origins.joined(separator: ", "))")
        }
        if let gaveUp = sending.gaveUp {
            // The response stands and is checked, but the reason retrying stopped is part of the story.
            result.notes.append("not retried: \(gaveUp)")
        }

        let extractor = CaptureExtractor(expressions: expressions)
        for capture in spec.captures {
            let captured = extractor.extract(capture, from: view)
            if let value = captured.value {
                scopes.set(capture.name, to: value, in: .capture)
                failedCaptures[capture.name] = nil
            } else {
                // The variable is undefined from here on: re-sending the previous value would
                // pay for the same page twice.
                scopes.remove(capture.name, from: .capture)
                failedCaptures[capture.name] = capture.location
            }
            result.captures.append(captured)
        }
        return result
    }

    /// `--max-credits` (or the collection's `max_credits:`) checked before a request to its host.
    func budgetStop(before request: PlannedRequest, in collection: Collection, scopes: VariableScopes) -> RunStop? {
        let budget: (Double, String)? = options.maxCredits.map { ($0, "--max-credits") }
            ?? collection.maxCredits.map { ($0, "max_credits") }
        guard let (limit, source) = budget, !credits.accounts.isEmpty else { return nil }
        // The host is known only once the URL is filled; a URL that cannot be filled fails on its own later.
        let renderer = TemplateRenderer(scopes: scopes, failedCaptures: failedCaptures)
        let host = (try? renderer.render(request.spec.url)).map(URLHost.of) ?? ""
        return credits.budgetStop(limit, host: host, source: source)
    }
}

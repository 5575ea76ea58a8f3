import VolleyCore

/// One request's stages, in the order they run (Hurl's `runner/entry.rs`): render, before-send
/// hooks, pace and send (with retries), assertions, captures, after-response hooks. Each stage
/// is one call below; a new step goes in as a stage here, never inside another.
extension CollectionRunner {
    /// Runs one request (or one page of one, `pages` being its loop) through its stages.
    func execute(
        _ request: PlannedRequest, in collection: Collection, scopes: inout VariableScopes,
        observer: RunObserver, outcome: inout CollectionOutcome, pages: PageLoop? = nil
    ) -> RequestResult {
        let spec = request.spec
        var result = RequestResult(
            collection: collection.name, folderPath: request.folderPath, name: spec.name, location: spec.location)
        result.outputPath = spec.outputPath
        let hooks = hooks.hooks(for: request)
        let secretsUsed = SecretUsage()

        // 1. Render: templates filled into a plain request.
        var rendered = render(spec, scopes: scopes, pages: pages, secretsUsed: secretsUsed)

        // 2. Before-send hooks: change the request, set variables, skip, pick the next request.
        var context: HookContext? = nil
        if !hooks.isEmpty {
            let rerender = { (variables: VariableScopes) in
                self.render(spec, scopes: variables, pages: pages, secretsUsed: secretsUsed)
            }
            let sender = subRequestSender(for: spec, in: collection, observer: observer)
            // Scripts see the jar only where the request itself uses it (not under `cookies: false`).
            let keepsCookies = (try? rendered.get())?.settings.cookies ?? (spec.connection?.cookies != false)
            var before = HookContext(
                collection: collection.name, planned: request, variables: scopes, iteration: iteration, rendered: rendered,
                render: rerender, sender: sender, cookieJar: keepsCookies ? options.cookieJar : nil)
            for hook in hooks { hook.beforeSend(&before) }
            sender.drain(into: &outcome)
            scopes = before.variables
            rendered = before.request.map { .success($0) } ?? .failure(before.renderFailure ?? Self.noRequest(spec))
            // A hook that failed (a script threw) leaves the request unprepared: never paid for.
            if let failure = before.failure { rendered = .failure(failure) }
            context = before
        }
        // A hook's sub-request that stopped the run (a 402, Ctrl-C) stops it before this request too.
        if context != nil, case .success = rendered, let halt = haltedBySubRequest(outcome) {
            rendered = .failure(RequestFailure(kind: .transport, message: halt, location: spec.location))
        }
        if let reason = context?.skipReason {
            result.skipped = true
            result.skipReason = reason
            captures(of: spec, didNotRunBecause: "request '\(spec.name)' was skipped: \(reason)", scopes: &scopes)
            finishHooks(context, into: &result)
            return result
        }
        let transportRequest: TransportRequest
        switch rendered {
        case .success(let built): transportRequest = built
        case .failure(let failure):
            result.failure = failure
            captures(of: spec, didNotRunBecause: "request '\(spec.name)' was not sent", scopes: &scopes)
            finishHooks(context, into: &result)
            return result
        }
        if let pages, !pages.admit(transportRequest) {
            result.failure = RequestFailure(kind: .invalid, message: Self.repeatedPage, location: spec.paginate?.location)
            captures(of: spec, didNotRunBecause: "request '\(spec.name)' was not sent", scopes: &scopes)
            finishHooks(context, into: &result)
            return result
        }

        // 3 and 4, repeated while `retry_until:` polls: send, then check.
        var sending: Sending
        var exchange: TransportResponse
        var view: ResponseView
        while true {
            // 3. Pace and send, retrying as the policy allows.
            sending = send(transportRequest, spec: spec, observer: observer, outcome: &outcome)
            record(sending, of: transportRequest, into: &result, outcome: &outcome)

            guard let received = sending.exchange else {
                captures(of: spec, didNotRunBecause: "request '\(spec.name)' got no response", scopes: &scopes)
                afterResponseHooks(hooks, context: &context, request: transportRequest, response: nil, scopes: &scopes, outcome: &outcome)
                finishHooks(context, into: &result)
                return result
            }
            exchange = received

            // 4. Assertions, with expected values rendered from the variables as they are now.
            let renderer = renderer(scopes: scopes, pages: pages, secretsUsed: secretsUsed)
            view = ResponseView(
                response: exchange.response, totalMilliseconds: exchange.timings.totalMilliseconds, finalURL: exchange.sent.url,
                redirectCount: exchange.redirects.count)
            result.assertions = AssertionChecker(renderer: renderer, cancellation: options.cancellation).check(spec.assertions, against: view)
            guard shouldPoll(spec, result: &result, observer: observer) else { break }
        }
        noteRefusedCredentials(exchange.response, secretsUsed: secretsUsed, scopes: scopes, into: &result)
        if let gaveUp = sending.gaveUp, result.stop == nil {
            // The response stands and is checked, but the reason retrying stopped is part of the story.
            result.gaveUp = gaveUp
        }

        // 5. Captures.
        result.captures = capture(spec.captures, from: view, scopes: &scopes)

        // 6. After-response hooks, which see what `expect:` and `capture:` made of the response.
        afterResponseHooks(hooks, context: &context, request: transportRequest, response: exchange, scopes: &scopes, outcome: &outcome)
        finishHooks(context, into: &result)
        return result
    }

    /// Whether `retry_until:` sends again: an assertion failed, polls are left, the run goes on;
    /// then waits its interval (false when Ctrl-C cut the wait) and counts the poll.
    private func shouldPoll(_ spec: RequestSpec, result: inout RequestResult, observer: RunObserver) -> Bool {
        guard let until = spec.retryUntil, result.polls < until.count, result.stop == nil,
            result.assertions.contains(where: { !$0.passed }), !(options.cancellation?.isCancelled ?? false)
        else { return false }
        guard Waiter(clock: clock, cancellation: options.cancellation).wait(until.interval, cause: nil, observer: observer) else {
            return false
        }
        result.polls += 1
        return true
    }

    /// The after-response stage (also after a send that got no response).
    private func afterResponseHooks(
        _ hooks: [any RequestHook], context: inout HookContext?, request: TransportRequest, response: TransportResponse?,
        scopes: inout VariableScopes, outcome: inout CollectionOutcome
    ) {
        guard let before = context else { return }
        var after = HookContext(after: before, request: request, variables: scopes, response: response)
        for hook in hooks { hook.afterResponse(&after) }
        after.sender.drain(into: &outcome)
        scopes = after.variables
        context = after
    }

    /// Why the request is not sent when its before-send hooks' sub-requests stopped the run.
    private func haltedBySubRequest(_ outcome: CollectionOutcome) -> String? {
        if outcome.interrupted { return "\(interruption) before sending" }
        if let stop = outcome.stop { return "not sent: a sub-request of its hooks stopped the run (\(stop.message))" }
        return nil
    }

    /// The render stage: the planned request with `scopes`' values filled in.
    func render(
        _ spec: RequestSpec, scopes: VariableScopes, pages: PageLoop?, secretsUsed: SecretUsage
    ) -> Result<TransportRequest, RequestFailure> {
        let renderer = renderer(scopes: scopes, pages: pages, secretsUsed: secretsUsed)
        do {
            return .success(try RequestBuilder(renderer: renderer, options: options.transport).build(spec))
        } catch {
            return .failure(error)
        }
    }

    private func renderer(scopes: VariableScopes, pages: PageLoop?, secretsUsed: SecretUsage) -> TemplateRenderer {
        TemplateRenderer(
            scopes: scopes, failedCaptures: failedCaptures, pageCursor: pages?.cursorOverride, secretsUsed: secretsUsed,
            names: options.settingNames, scripts: scripts, sendsUndefinedLiterally: sendsUndefinedLiterally)
    }

    /// What the send stage came to, into the result.
    private func record(
        _ sending: Sending, of request: TransportRequest, into result: inout RequestResult, outcome: inout CollectionOutcome
    ) {
        result.attempts = sending.attempts
        result.quotaKey = sending.quotaKey
        guard let exchange = sending.exchange else {
            result.sent = SentRequest(method: request.method, url: request.url, headers: request.headers, body: request.body)
            result.sent?.trace = sending.failedTrace
            result.failure = sending.failure
            return
        }
        result.sent = exchange.sent
        result.redirects = exchange.redirects
        result.response = exchange.response
        result.timings = exchange.timings
        result.quota = sending.attempts.last?.quota
        outcome.connectionsOpened += sending.connectionsOpened
        result.stop = sending.stop
    }

    /// A 401 says which key was refused and where it came from; never its value.
    private func noteRefusedCredentials(
        _ response: ReceivedResponse, secretsUsed: SecretUsage, scopes: VariableScopes, into result: inout RequestResult
    ) {
        guard response.status == 401, let provider = scopes.secrets, !secretsUsed.names.isEmpty else { return }
        let origins = secretsUsed.names.sorted().map { name in
            "'\(name)' from \(provider.origin(of: name) ?? "a secret")"
        }
        result.notes.append("401: the server rejected the credentials; the request used \(origins.joined(separator: ", "))")
    }

    /// The capture stage: each capture sets its variable, or leaves it undefined when it failed.
    private func capture(_ captures: [Capture], from view: ResponseView, scopes: inout VariableScopes) -> [CaptureOutcome] {
        let extractor = CaptureExtractor()
        return captures.map { capture in
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
            return captured
        }
    }

    /// A request that got no response leaves its captures undefined, and says why to whoever uses them.
    func captures(of spec: RequestSpec, didNotRunBecause reason: String, scopes: inout VariableScopes) {
        for capture in spec.captures {
            scopes.remove(capture.name, from: .capture)
            failedCaptures[capture.name] = MissingCapture(location: capture.location, requestNotRun: reason)
        }
    }

    /// What the hooks added (assertion results, notes) goes into the result, and their
    /// next-request pick into the collection's order; a pick refused is an error at the request,
    /// of the script's kind: the collection's flow went wrong (exit 1), its input was fine.
    /// In place: returning a changed copy of every request's result cost ~1k instructions each.
    private func finishHooks(_ context: HookContext?, into result: inout RequestResult) {
        guard let context else { return }
        result.hookAssertions = context.assertionResults
        result.console = context.console
        result.subRequests = context.subRequests
        result.notes += context.notes
        if let failure = context.failure {
            if result.failure == nil { result.failure = failure } else if result.failure != failure { result.notes.append(failure.message) }
        }
        if let pick = context.nextRequest, groupEntry != nil {
            followInGroup(pick, into: &result)
        } else if let pick = context.nextRequest, let refusal = order.follow(pick) {
            if result.failure == nil {
                result.failure = RequestFailure(kind: .script, message: refusal, location: result.location)
            } else {
                result.notes.append(refusal)
            }
        }
    }

    /// A hook cleared the request without a reason: say so rather than send nothing silently.
    private static func noRequest(_ spec: RequestSpec) -> RequestFailure {
        RequestFailure(kind: .invalid, message: "a hook removed the request; nothing was sent", location: spec.location)
    }

    static let repeatedPage =
        "paginate: this page would be the same request as an earlier page (the cursor does not reach the request); "
        + "not sent, so as not to pay twice"
}

import VolleyCore
import VolleyQuota

/// The send stage: pace, send, and retry as the policy allows. The pacer, the quota parser, the
/// ledger and the retry policy are reached through the small functions of
/// CollectionRunner+Quota.swift, so that a change to their API touches one place.
extension CollectionRunner {
    /// What sending one request, with its retries, came to.
    struct Sending {
        var attempts: [AttemptRecord] = []
        /// The host and limit the attempts counted against.
        var quotaKey: QuotaKey?
        var exchange: TransportResponse?
        var failure: RequestFailure?
        var gaveUp: GiveUpReason?
        /// The run stop the last response caused, when the request did not expect its status.
        var stop: RunStop?
        var connectionsOpened = 0
        /// `-vv`'s trace of the last transfer when it failed (no exchange carries it then).
        var failedTrace: [String] = []
    }

    /// Sends a request, pacing first and retrying as the policy allows.
    func send(_ request: TransportRequest, spec: RequestSpec, observer: RunObserver, outcome: inout CollectionOutcome) -> Sending {
        var sending = Sending()
        let host = URLHost.of(request.url)
        // The limit the server named for this request before, else its `quota_group:`, else the host's.
        var limit = quota.learnedLimit(forRequestAt: spec.location) ?? spec.quotaGroup
        sending.quotaKey = QuotaKey(lowercasedHost: host, limit: limit)
        let policy = effectivePolicy(for: spec)
        let firstSend = clock.now()

        let pacing = pacingWait(host: host, limit: limit, rate: spec.rate)
        var wait = pacing.delay
        var waitCause: WaitCause? = pacing.reasons.isEmpty ? nil : .pacing(pacing.reasons)

        while true {
            let attemptNumber = sending.attempts.count + 1
            if wait > .zero {
                outcome.waited += wait
                guard Waiter(clock: clock, cancellation: options.cancellation).wait(wait, cause: waitCause, observer: observer) else {
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
                number: attemptNumber, waitedBefore: wait,
                waitCause: wait > .zero ? waitCause : nil)
            let attemptOutcome: AttemptOutcome
            do {
                notePacedSend(host: host, limit: limit)
                let exchange = try transport.perform(request)
                let quota = readQuota(of: exchange.response, host: host, limit: &limit, spec: spec)
                sending.quotaKey = QuotaKey(lowercasedHost: host, limit: limit)
                record.status = exchange.response.status
                record.timings = exchange.timings
                record.quota = quota.isEmpty ? nil : quota
                sending.exchange = exchange
                sending.failure = nil
                sending.failedTrace = []
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
                let message = error.message(for: request, names: options.settingNames)
                record.failure = message
                sending.exchange = nil
                sending.failedTrace = error.trace
                if error.kind == .invalidRequest {
                    // libcurl refused the URL itself: a collection problem, reported at the URL, never sent.
                    sending.failure = RequestFailure(
                        kind: .invalid, message: message, location: spec.url.location, code: error.curlCode)
                    sending.attempts.append(record)
                    return sending
                }
                sending.failure = RequestFailure(
                    kind: .transport, message: message, location: spec.location, code: error.curlCode)
                attemptOutcome = .transportFailure(error.retryKind)
            }
            sending.attempts.append(record)

            var decision = retryDecision(
                policy, request: request, spec: spec, attempt: attemptNumber, elapsed: clock.now() - firstSend,
                outcome: attemptOutcome)
            var expected = false
            if case .response(let status, _) = attemptOutcome, expects(status: status, in: spec) {
                // A request written to expect this status (a test of the rate limiter, say) got what it asked for.
                decision = .done
                expected = true
            }
            if let stop = runStop(after: attemptOutcome, decision: decision) {
                outcome.stop = stop
                // Otherwise the request that stopped the run failed: it got a response, just not a usable one.
                if !expected { sending.stop = stop }
            }
            switch decision {
            case .done:
                return sending
            case .giveUp(let why):
                sending.gaveUp = why
                if var failure = sending.failure {
                    failure.message += "; " + wording.failureSuffix(why)
                    sending.failure = failure
                }
                return sending
            case .retry(let after, let why):
                outcome.retries += 1
                // Pacing still applies to the retry: it must not jump the rate limit either.
                let pacing = pacingWait(host: host, limit: limit, rate: spec.rate, from: after)
                wait = after + pacing.delay
                waitCause = .retry(why)
            }
        }
    }

    /// What stopped the run, in the front end's words (`interrupted (Ctrl-C)`, `interrupted (SIGTERM)`).
    var interruption: String {
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

}

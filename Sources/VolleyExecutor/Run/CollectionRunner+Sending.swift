import VolleyCore

extension CollectionRunner {
    /// What sending one request, with its retries, came to.
    struct Sending {
        var attempts: [AttemptRecord] = []
        /// The host and limit the attempts counted against.
        var quotaKey: QuotaKey?
        var exchange: TransportResponse?
        var failure: RequestFailure?
        var gaveUp: String?
        var connectionsOpened = 0
    }

    /// Sends a request, pacing first and retrying as the policy allows.
    func send(_ request: TransportRequest, spec: RequestSpec, observer: RunObserver, outcome: inout CollectionOutcome) -> Sending {
        var sending = Sending()
        let host = URLHost.of(request.url)
        // The limit the server named for this request before, else its `quota_group:`, else the host's.
        var limit = learnedLimits[spec.location] ?? spec.quotaGroup
        sending.quotaKey = QuotaKey(host: host, limit: limit)
        let policy = effectivePolicy(for: spec)
        let clock = ContinuousClock()
        let firstSend = clock.now

        var pacing = pacer.reserve(host: host, limit: limit, now: WallClock.now(), rate: spec.rate)
        var wait = pacing.delay
        var waitReason = pacing.message

        while true {
            let attemptNumber = sending.attempts.count + 1
            if wait > .zero {
                outcome.waited += wait
                guard Waiter(cancellation: options.cancellation).wait(wait, reason: waitReason ?? "waiting", observer: observer) else {
                    outcome.interrupted = true
                    // The response of an earlier attempt is not this request's result: it was interrupted.
                    sending.exchange = nil
                    sending.failure = RequestFailure(kind: .transport, message: "interrupted (Ctrl-C) before sending", location: spec.location)
                    return sending
                }
            }
            var record = AttemptRecord(number: attemptNumber, waitedBefore: wait, waitReason: wait > .zero ? waitReason : nil)
            let attemptOutcome: AttemptOutcome
            do {
                pacer.noteSend(host: host, limit: limit, at: WallClock.now())
                let exchange = try transport.perform(request)
                let quota = quotaParser.parse(exchange.response.headers, now: WallClock.now())
                if let named = quota.limitName {
                    learnedLimits[spec.location] = named
                    limit = named
                    sending.quotaKey = QuotaKey(host: host, limit: limit)
                }
                pacer.record(quota, host: host, limit: limit)
                if let balance = quota.credits { credits.read(balance, host: host) }
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
                    record.failure = "interrupted (Ctrl-C)"
                    sending.attempts.append(record)
                    sending.exchange = nil
                    sending.failure = RequestFailure(kind: .transport, message: "interrupted (Ctrl-C)", location: spec.location)
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
                elapsed: clock.now - firstSend, outcome: attemptOutcome, jitter: Double.random(in: 0..<1))
            if case .response(let status, _) = attemptOutcome, expects(status: status, in: spec) {
                // A request written to expect this status (a test of the rate limiter, say) got what it asked for.
                decision = .done
            }
            if let stop = RunStop.classify(attemptOutcome, decision: decision) {
                outcome.stop = stop
            }
            switch decision {
            case .done:
                return sending
            case .giveUp(let reason):
                sending.gaveUp = reason
                if var failure = sending.failure {
                    failure.message += "; not retried: \(reason)"
                    sending.failure = failure
                }
                return sending
            case .retry(let after, let reason):
                outcome.retries += 1
                // Pacing still applies to the retry: it must not jump the rate limit either.
                pacing = pacer.reserve(host: host, limit: limit, now: WallClock.now() + after.milliseconds / 1000, rate: spec.rate)
                wait = after + pacing.delay
                waitReason = reason
            }
        }
    }

    /// Whether the request's own status assertions, if it has any, all accept `status`.
    func expects(status: Int, in spec: RequestSpec) -> Bool {
        let checks = spec.assertions.filter { $0.subject == .status }
        guard !checks.isEmpty else { return false }
        let evaluator = PredicateEvaluator(coerceText: false, expressions: expressions)
        return checks.allSatisfy { evaluator.failure(of: $0.predicate, on: .number(Double(status))) == nil }
    }

    /// The run's retry policy with the request's inherited `retry:` settings on top.
    func effectivePolicy(for spec: RequestSpec) -> RetryPolicy {
        var policy = options.retry
        if let settings = spec.retry {
            if let count = settings.count { policy.maxRetries = count }
            if let on = settings.on { policy.retryableStatuses = on }
            if let maxWait = settings.maxWait { policy.maxWait = maxWait }
        }
        return policy
    }
}


extension TransportError {
    /// What a person needs to read: what failed, against what, and libcurl's own words.
    func message(for request: TransportRequest) -> String {
        let limit: String
        switch kind {
        case .timeout: limit = " after \(request.options.timeout.humanText)"
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
        case .other: "request failed"
        }
    }
}

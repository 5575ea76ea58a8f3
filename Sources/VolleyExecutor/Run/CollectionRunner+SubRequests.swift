import VolleyCore

/// A hook's own requests (a script's `pm.sendRequest`) go through the send stage the run's
/// requests go through (CollectionRunner+Send.swift): pacing and quota per host, the request's
/// retry settings, quota headers read, a 402 or an exhausted quota stopping the run, the credit
/// budget checked first, Ctrl-C. Only the assertions are left out: a sub-request's status is
/// the script's to judge.
extension CollectionRunner {
    /// The sender the hooks of a request of `collection` written as `spec` get.
    func subRequestSender(for spec: RequestSpec, in collection: Collection, observer: RunObserver) -> SubRequestSender {
        SubRequestSender { request, location, phase, tally in
            self.sendSubRequest(request, of: spec, in: collection, at: location, phase: phase, observer: observer, tally: &tally)
        }
    }

    private func sendSubRequest(
        _ request: TransportRequest, of spec: RequestSpec, in collection: Collection, at location: SourceLocation,
        phase: Script.Phase, observer: RunObserver, tally: inout CollectionOutcome
    ) -> SubRequestResult {
        var sub = SubRequestResult(phase: phase, location: location)
        var request = request
        // Sent as the request itself is: its timeout, TLS, proxy and redirect settings.
        request.settings = RequestBuilder.settings(for: spec, options: options.transport)
        sub.sent = SentRequest(method: request.method, url: request.url, headers: request.headers, body: request.body)

        if options.cancellation?.isCancelled == true || tally.interrupted {
            tally.interrupted = true
            sub.failure = RequestFailure(kind: .transport, message: "\(interruption) before sending", location: location)
            return sub
        }
        if let stop = tally.stop {
            sub.failure = RequestFailure(kind: .transport, message: "not sent: the run stopped (\(stop.message))", location: location)
            return sub
        }
        if let stop = budgetStop(beforeSendingTo: URLHost.of(request.url), in: collection) {
            tally.stop = stop
            sub.stop = stop
            sub.failure = RequestFailure(kind: .transport, message: "not sent: \(stop.message)", location: location)
            return sub
        }

        let sending = send(request, spec: spec.subRequest(at: location), observer: observer, outcome: &tally)
        sub.attempts = sending.attempts
        sub.quotaKey = sending.quotaKey
        sub.failure = sending.failure
        sub.stop = sending.stop
        tally.connectionsOpened += sending.connectionsOpened
        if let exchange = sending.exchange {
            sub.sent = exchange.sent
            sub.redirects = exchange.redirects
            sub.response = exchange.response
            sub.timings = exchange.timings
            sub.quota = sending.attempts.last?.quota
            if sub.stop == nil { sub.gaveUp = sending.gaveUp }
        }
        return sub
    }
}

extension RequestSpec {
    /// How the send stage treats a hook's sub-request of this request: under the request's
    /// `rate:`, `retry:` and `quota_group:`, but with none of its assertions (so no status counts
    /// as expected, and a 429 is retried), idempotent by its method alone, and with its own
    /// location, where its errors point and under which a limit the server names is learned.
    func subRequest(at location: SourceLocation) -> RequestSpec {
        var spec = self
        spec.location = location
        spec.url.location = location
        spec.assertions = []
        spec.captures = []
        spec.idempotent = nil
        spec.paginate = nil
        return spec
    }
}

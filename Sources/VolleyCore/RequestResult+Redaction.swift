import VolleyJSON
extension RequestResult {
    /// This result with every secret masked in every string it holds: URLs, headers, bodies,
    /// actual and expected values, captures and messages.
    ///
    /// Results are masked here, before any reporter sees them, because reporters nest values
    /// (a response that echoes a JSON request, shown as a JSON string inside a JSON report) and
    /// each level escapes the secret once more; masking the data first means every later level
    /// escapes `***`. The final pass over written text stays as a second line of defence.
    public func redacted(by redactor: Redactor) -> RequestResult {
        guard !redactor.isEmpty else { return self }
        func text(_ s: String) -> String { redactor.redact(s) }

        var copy = self
        copy.sent = sent.map(redactor.redact(sent:))
        copy.redirects = redirects.map(redactor.redact(hop:))
        copy.response = response.map(redactor.redact(response:))
        copy.assertions = assertions.map { outcome in
            var o = outcome
            o.actual = o.actual?.redacted(by: redactor)
            o.message = o.message.map(text)
            o.assertion.predicate = o.assertion.predicate.mappingValues({ $0.redacted(by: redactor) }, pattern: redactor.redact)
            return o
        }
        copy.captures = captures.map { outcome in
            var o = outcome
            o.value = o.value?.redacted(by: redactor)
            o.error = o.error.map(text)
            return o
        }
        // A script's check or skip can word a value it read: masked like every other message.
        copy.hookAssertions = hookAssertions.map { check in
            var c = check
            c.name = text(c.name)
            c.message = c.message.map(text)
            return c
        }
        copy.console = console.map { ConsoleMessage(level: $0.level, text: text($0.text)) }
        copy.skipReason = skipReason.map(text)
        copy.failure?.message = text(failure?.message ?? "")
        copy.stop?.message = text(stop?.message ?? "")
        copy.notes = notes.map(text)
        copy.attempts = attempts.map(redactor.redact(attempt:))
        // A script builds its sub-requests from secrets it reads: masked like the request itself.
        copy.subRequests = subRequests.map { $0.redacted(by: redactor) }
        return copy
    }
}

extension SubRequestResult {
    /// This sub-request with every secret masked, as `RequestResult.redacted` masks its parent.
    public func redacted(by redactor: Redactor) -> SubRequestResult {
        guard !redactor.isEmpty else { return self }
        var copy = self
        copy.sent = sent.map(redactor.redact(sent:))
        copy.redirects = redirects.map(redactor.redact(hop:))
        copy.response = response.map(redactor.redact(response:))
        copy.attempts = attempts.map(redactor.redact(attempt:))
        copy.failure?.message = redactor.redact(failure?.message ?? "")
        copy.stop?.message = redactor.redact(stop?.message ?? "")
        return copy
    }
}

/// The masking of the parts a request and its sub-requests share.
extension Redactor {
    func redact(bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        let original = String(decoding: bytes, as: UTF8.self)
        let masked = redact(original)
        return masked == original ? bytes : Array(masked.utf8)
    }

    func redact(headers: [HTTPHeader]) -> [HTTPHeader] {
        headers.map { HTTPHeader(name: $0.name, value: redact($0.value)) }
    }

    func redact(sent: SentRequest) -> SentRequest {
        var copy = sent
        copy.url = redact(sent.url)
        copy.headers = redact(headers: sent.headers)
        copy.body = redact(bytes: sent.body)
        copy.trace = sent.trace.map { redact($0) }
        return copy
    }

    func redact(hop: RedirectHop) -> RedirectHop {
        var copy = hop
        copy.sent = redact(sent: hop.sent)
        copy.location = redact(hop.location)
        return copy
    }

    func redact(response: ReceivedResponse) -> ReceivedResponse {
        var copy = response
        copy.headers = redact(headers: response.headers)
        copy.body = redact(bytes: response.body)
        return copy
    }

    func redact(attempt: AttemptRecord) -> AttemptRecord {
        var copy = attempt
        copy.failure = attempt.failure.map(redact)
        return copy
    }
}

extension JSONValue {
    func redacted(by redactor: Redactor) -> JSONValue {
        switch self {
        case .string(let s): .string(redactor.redact(s))
        case .array(let items): .array(items.map { $0.redacted(by: redactor) })
        case .object(let object): .object(JSONObject(object.entries.map { (redactor.redact($0.key), $0.value.redacted(by: redactor)) }))
        default: self
        }
    }
}

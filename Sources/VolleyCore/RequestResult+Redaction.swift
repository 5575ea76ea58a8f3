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
        func bytes(_ b: [UInt8]) -> [UInt8] {
            guard !b.isEmpty else { return b }
            let original = String(decoding: b, as: UTF8.self)
            let masked = redactor.redact(original)
            return masked == original ? b : Array(masked.utf8)
        }
        func headers(_ h: [HTTPHeader]) -> [HTTPHeader] {
            h.map { HTTPHeader(name: $0.name, value: text($0.value)) }
        }

        var copy = self
        if var sent = copy.sent {
            sent.url = text(sent.url)
            sent.headers = headers(sent.headers)
            sent.body = bytes(sent.body)
            copy.sent = sent
        }
        copy.redirects = redirects.map { hop in
            var h = hop
            h.sent.url = text(h.sent.url)
            h.sent.headers = headers(h.sent.headers)
            h.sent.body = bytes(h.sent.body)
            h.location = text(h.location)
            return h
        }
        if var response = copy.response {
            response.headers = headers(response.headers)
            response.body = bytes(response.body)
            copy.response = response
        }
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
        copy.attempts = attempts.map { attempt in
            var a = attempt
            a.failure = a.failure.map(text)
            return a
        }
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

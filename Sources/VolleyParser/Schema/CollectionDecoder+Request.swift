import VolleyCore

extension CollectionDecoder {
    mutating func decodeRequest(_ node: YAMLNode) -> RequestSpec? {
        let fields = fields(node, "a request", allowed: Self.requestKeys) { key in
            switch key {
            case "defaults": "a request cannot have 'defaults' (only folders and the collection can)"
            case "rate": "'rate' is set on a collection or folder; a request inherits it"
            default: nil
            }
        }
        guard let fields else { return nil }

        let name = requiredName(in: fields, of: "request")
        // Kept as written: methods are case-sensitive (RFC 9110), and a custom one may be meant.
        var method: String? = "GET"
        if let node = fields["method"] {
            method = string(node, "'method'")
            if let text = method, !checkToken(text, of: node, "method") { method = nil }
        }
        var url: Template?
        if let node = fields["url"] {
            if let text = string(node, "'url'") {
                if text.isEmpty {
                    error("'url' must not be empty", at: node.location)
                } else {
                    url = template(text, of: node)
                }
            }
        } else {
            error("request is missing 'url'", at: node.location)
        }
        let query = fields["query"].map { keyValues($0, .query) } ?? []
        let headers = fields["headers"].map { keyValues($0, .header) } ?? []
        let body = decodeBody(fields)
        let timeout = fields["timeout"].flatMap { duration($0, "'timeout'") }
        let assertions = fields["expect"].map { decodeExpect($0) } ?? []
        let captures = fields["capture"].map { decodeCaptures($0) } ?? []
        let paginate = fields["paginate"].flatMap { decodePaginate($0) }
        let scripts = fields["scripts"].map { decodeScripts($0, level: .request) } ?? []
        let retryUntil = fields["retry_until"].flatMap { decodeRetryUntil($0) }
        var outputPath: String? = nil
        if let node = fields["output"], let path = string(node, "'output'") {
            if path.isEmpty { error("'output' must be a file path, not empty", at: node.location) } else { outputPath = path }
        }
        if retryUntil != nil, assertions.isEmpty, let node = fields["retry_until"] {
            error("'retry_until' repeats the request until its 'expect:' passes, and this request has no 'expect:'", at: node.location)
        }
        var settings = RequestDefaults()
        decodeSettings(fields, into: &settings)

        guard let name, let method, let url else { return nil }
        var request = RequestSpec(
            name: name, method: method, url: url, query: query, headers: headers, body: body,
            timeout: timeout, auth: settings.auth, retry: settings.retry, idempotent: settings.idempotent,
            quotaGroup: settings.quotaGroup, paginate: paginate, assertions: assertions, captures: captures, location: node.location)
        request.scripts = scripts
        request.retryUntil = retryUntil
        request.outputPath = outputPath
        request.connection = decodeConnection(fields)
        return request
    }

    /// `retry_until: { count: 10, interval: 2s }`; `count` is required, `interval` defaults to 1s.
    private mutating func decodeRetryUntil(_ node: YAMLNode) -> RetryUntil? {
        guard let fields = fields(node, "'retry_until'", expected: "a map like { count: 10, interval: 2s }", allowed: Self.retryUntilKeys)
        else { return nil }
        var count: Int? = nil
        if let countNode = fields["count"] {
            if case .integer(let n)? = countNode.scalar?.resolved, n >= 1, n <= RetryUntil.maximumCount {
                count = n
            } else {
                error(
                    "'count' must be a whole number from 1 to \(RetryUntil.maximumCount), found \(countNode.foundDescription)",
                    at: countNode.location)
            }
        } else if !fields.droppedAKey {
            error("'retry_until' is missing 'count' (how many times to send again)", at: node.location)
        }
        var interval = RetryUntil.defaultInterval
        if let intervalNode = fields["interval"] {
            guard let parsed = duration(intervalNode, "'interval'") else { return nil }
            interval = parsed
        }
        guard let count else { return nil }
        return RetryUntil(count: count, interval: interval, location: node.location)
    }
}

import VolleyCore

extension CollectionDecoder {
    static let retryKeys = ["count", "on", "max_wait"]

    /// The most retries one request may ask for: more is a loop, not a retry policy.
    static let maxRetryCount = 100

    /// `retry: { count: 3, on: [429, 503], max_wait: 60s }`, every field optional so that a
    /// nearer level can change one and inherit the rest; `retry: 3` is `{ count: 3 }`.
    mutating func decodeRetry(_ node: YAMLNode) -> RetrySettings? {
        guard node.mapping != nil, node.unquotedPlaceholderName == nil else {
            guard let count = retryCount(node) else {
                error(
                    "'retry' must be a count from 0 to \(Self.maxRetryCount) or a map like "
                        + "{ count: 3, on: [429, 503], max_wait: 60s }, found \(node.foundDescription)",
                    at: node.location)
                return nil
            }
            var settings = RetrySettings(count: count)
            settings.countOrigin = .collection(key: "retry", at: node.location)
            return settings
        }
        guard let fields = fields(node, "'retry'", allowed: Self.retryKeys) else { return nil }
        var settings = RetrySettings()
        var failed = false
        if let node = fields["count"] {
            settings.count = retryCount(node)
            settings.countOrigin = .collection(key: "retry.count", at: node.location)
            if settings.count == nil {
                error(
                    "'count' must be a whole number from 0 to \(Self.maxRetryCount), found \(node.foundDescription)",
                    at: node.location)
                failed = true
            }
        }
        if let node = fields["on"] {
            settings.on = retryStatuses(node)
            settings.onOrigin = .collection(key: "retry.on", at: node.location)
            if settings.on == nil { failed = true }
        }
        if let node = fields["max_wait"] {
            settings.maxWait = duration(node, "'max_wait'")
            settings.maxWaitOrigin = .collection(key: "retry.max_wait", at: node.location)
            if settings.maxWait == nil { failed = true }
        }
        return failed ? nil : settings
    }

    /// An integer from 0 to `maxRetryCount`; the caller words the error for its form.
    private func retryCount(_ node: YAMLNode) -> Int? {
        guard case .integer(let count)? = node.scalar?.resolved, (0...Self.maxRetryCount).contains(count) else {
            return nil
        }
        return count
    }

    /// `on: 503` or `on: [429, 503]`, under the rule `--retry-on` follows too (no 402).
    private mutating func retryStatuses(_ node: YAMLNode) -> Set<Int>? {
        let items: [YAMLNode]
        let expected: String
        if let list = node.sequence {
            items = list
            expected = "each status in 'on' must be a status code like 503"
        } else {
            items = [node]
            expected = "'on' must be a status code like 503 or a list of them"
        }
        var statuses: Set<Int> = []
        var failed = false
        for item in items {
            guard let code = statusCode(item, expected: expected) else {
                failed = true
                continue
            }
            if let refusal = RetrySettings.refusal(ofRetryStatus: code) {
                error(refusal, at: item.location)
                failed = true
                continue
            }
            statuses.insert(code)
        }
        return failed ? nil : statuses
    }
}

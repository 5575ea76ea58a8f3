extension RetryWording {
    /// `until the api.example.com search quota resets; pacing api.example.com to --rate 5/s`,
    /// or nil when nothing held the request.
    public func text(_ wait: PacingWait) -> String? {
        wait.reasons.isEmpty ? nil : wait.reasons.map(text).joined(separator: "; ")
    }

    public func text(_ reason: PacingReason) -> String {
        switch reason {
        case .quotaReset(let key, _, let resetsIn, let cap?):
            "the \(Self.label(key)) quota resets in \(resetsIn.quotaText), "
                + "longer than \(names.name(of: .maxRetryWait)) \(cap.quotaText)"
        case .quotaReset(let key, _, _, nil):
            "until the \(Self.label(key)) quota resets"
        case .tokenBucket(let key, let rate, let origin, true):
            "pacing \(key.host) to \(origin.text(naming: names)) \(rate)"
        case .tokenBucket(let key, let rate, _, false):
            "pacing \(Self.label(key)) to \(rate)"
        }
    }

    /// `api.example.com`, or `api.example.com search` for one of its named limits.
    private static func label(_ key: QuotaKey) -> String {
        key.limit.map { "\(key.host) \($0)" } ?? key.host
    }
}

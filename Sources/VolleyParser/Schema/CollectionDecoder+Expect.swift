import VolleyCore

extension CollectionDecoder {
    static let expectKeys = ["status", "duration", "headers", "json", "body", "cookies", "version", "url", "redirects", "certificate"]

    /// `expect:` as assertions in written order, each located at the key that states it
    /// (`status:`, a header name, a JSONPath).
    mutating func decodeExpect(_ node: YAMLNode) -> [Assertion] {
        guard let fields = fields(node, "'expect'", allowed: Self.expectKeys) else { return [] }
        var assertions: [Assertion] = []
        for entry in fields.entries {
            switch entry.name {
            case "status":
                if let predicate = statusPredicate(entry.value) {
                    assertions.append(Assertion(subject: .status, predicate: predicate, location: entry.key.location))
                }
            case "duration":
                if let predicate = predicate(entry.value, values: .milliseconds) {
                    assertions.append(Assertion(subject: .duration, predicate: predicate, location: entry.key.location))
                }
            case "body":
                if let predicate = predicate(entry.value) {
                    assertions.append(Assertion(subject: .body, predicate: predicate, location: entry.key.location))
                }
            case "cookies":
                assertions += decodeCookieChecks(entry.value)
            case "certificate":
                assertions += decodeCertificateChecks(entry.value)
            case "version":
                if let predicate = predicate(entry.value) {
                    assertions.append(Assertion(subject: .httpVersion, predicate: predicate, location: entry.key.location))
                }
            case "url":
                if let predicate = predicate(entry.value) {
                    assertions.append(Assertion(subject: .url, predicate: predicate, location: entry.key.location))
                }
            case "redirects":
                if let predicate = predicate(entry.value) {
                    assertions.append(Assertion(subject: .redirects, predicate: predicate, location: entry.key.location))
                }
            case "headers":
                for pair in pairs(entry.value, "'expect.headers'") ?? [] {
                    guard let name = keyName(pair.key) else { continue }
                    let valid = checkToken(name, of: pair.key, "header name")
                    if let predicate = predicate(pair.value), valid {
                        assertions.append(Assertion(subject: .header(name), predicate: predicate, location: pair.key.location))
                    }
                }
            default:  // "json"
                for pair in pairs(entry.value, "'expect.json'") ?? [] {
                    guard let text = keyName(pair.key) else { continue }
                    let path = compileJSONPath(text, of: pair.key)
                    if let predicate = predicate(pair.value), let path {
                        assertions.append(Assertion(subject: .json(path), predicate: predicate, location: pair.key.location))
                    }
                }
            }
        }
        return assertions
    }

    /// `cookies: { session: { value: …, http_only: true, expires: { exists: true } } }`: each
    /// attribute a predicate on what the response's `Set-Cookie` says; `session: "abc"` checks
    /// the value alone, and `session: { exists: false }` that the response sets no such cookie.
    private mutating func decodeCookieChecks(_ node: YAMLNode) -> [Assertion] {
        var assertions: [Assertion] = []
        for pair in pairs(node, "'expect.cookies'") ?? [] {
            guard let name = keyName(pair.key), checkToken(name, of: pair.key, "cookie name") else { continue }
            let attributeKeys = pair.value.mapping?.compactMap { $0.key.scalar?.value } ?? []
            let isAttributeMap = pair.value.mapping != nil && attributeKeys.allSatisfy { !Predicate.keywords.contains($0) }
            guard isAttributeMap else {
                if let predicate = predicate(pair.value) {
                    assertions.append(Assertion(subject: .cookie(name, .value), predicate: predicate, location: pair.key.location))
                }
                continue
            }
            guard let fields = fields(pair.value, "cookie '\(name)'", allowed: CookieAttribute.keys) else { continue }
            for entry in fields.entries {
                guard let attribute = CookieAttribute(rawValue: entry.name), let predicate = predicate(entry.value) else { continue }
                assertions.append(Assertion(subject: .cookie(name, attribute), predicate: predicate, location: entry.key.location))
            }
        }
        return assertions
    }

    /// `certificate: { subject: { contains: CN=api }, issuer: …, expires_after: 30d }`: text
    /// predicates on libcurl's certinfo; `expires_after` is a duration (`d` for days too) the
    /// certificate must still be valid for.
    private mutating func decodeCertificateChecks(_ node: YAMLNode) -> [Assertion] {
        guard let fields = fields(node, "'expect.certificate'", allowed: CertificateField.keys) else { return [] }
        var assertions: [Assertion] = []
        for entry in fields.entries {
            guard let field = CertificateField(rawValue: entry.name) else { continue }
            if field == .expiresAfter {
                guard let seconds = certificateLifetime(entry.value) else { continue }
                assertions.append(Assertion(
                    subject: .certificate(.expiresAfter), predicate: .greaterThanOrEqual(.number(seconds)), location: entry.key.location))
            } else if let predicate = predicate(entry.value) {
                assertions.append(Assertion(subject: .certificate(field), predicate: predicate, location: entry.key.location))
            }
        }
        return assertions
    }

    /// `30d`, `12h`, `90m`: seconds.
    private mutating func certificateLifetime(_ node: YAMLNode) -> Double? {
        if case .string(let text)? = node.scalar?.resolved {
            if text.hasSuffix("d"), let days = Double(text.dropLast()), days >= 0 { return days * 86_400 }
            if Double(text) == nil, let duration = Duration(parsing: text) { return duration.milliseconds / 1000 }
        }
        error("'expires_after' must be a duration like 30d or 12h, found \(node.foundDescription)", at: node.location)
        return nil
    }
}

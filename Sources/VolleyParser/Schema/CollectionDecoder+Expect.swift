import VolleyCore

extension CollectionDecoder {
    static let expectKeys = ["status", "duration", "headers", "json", "body", "bytes", "xpath", "css", "cookies", "version", "url", "redirects", "certificate"]
    static let bytesKeys = Assertion.ByteProperty.allCases.map(\.rawValue)

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
                if let (predicate, filters) = assertionPredicate(entry.value) {
                    assertions.append(Assertion(subject: .body, predicate: predicate, filters: filters, location: entry.key.location))
                }
            case "bytes":
                assertions += decodeBytes(entry.value)
            case "xpath":
                for pair in pairs(entry.value, "'expect.xpath'") ?? [] {
                    guard let text = keyName(pair.key) else { continue }
                    let valid = checkXPath(text, of: pair.key)
                    if let (predicate, filters) = assertionPredicate(pair.value), valid {
                        assertions.append(
                            Assertion(subject: .xpath(text), predicate: predicate, filters: filters, location: pair.key.location))
                    }
                }
            case "css":
                for pair in pairs(entry.value, "'expect.css'") ?? [] {
                    guard let selector = keyName(pair.key) else { continue }
                    let xpath = translateCSS(selector, of: pair.key)
                    if let (predicate, filters) = assertionPredicate(pair.value), let xpath {
                        assertions.append(Assertion(
                            subject: .css(selector: selector, xpath: xpath), predicate: predicate, filters: filters,
                            location: pair.key.location))
                    }
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
                    if let (predicate, filters) = assertionPredicate(pair.value), valid {
                        assertions.append(
                            Assertion(subject: .header(name), predicate: predicate, filters: filters, location: pair.key.location))
                    }
                }
            default:  // "json"
                for pair in pairs(entry.value, "'expect.json'") ?? [] {
                    guard let text = keyName(pair.key) else { continue }
                    let path = compileJSONPath(text, of: pair.key)
                    if let (predicate, filters) = assertionPredicate(pair.value), let path {
                        assertions.append(
                            Assertion(subject: .json(path), predicate: predicate, filters: filters, location: pair.key.location))
                    }
                }
            }
        }
        return assertions
    }

    /// `bytes: { length: 1024, sha256: 9f86… }`: checks on the body as received. A digest written
    /// as a bare string must be the digest's hex digits (either case; compared in lowercase).
    private mutating func decodeBytes(_ node: YAMLNode) -> [Assertion] {
        guard let fields = fields(node, "'expect.bytes'", allowed: Self.bytesKeys) else { return [] }
        var assertions: [Assertion] = []
        for entry in fields.entries {
            guard let property = Assertion.ByteProperty(rawValue: entry.name), var predicate = predicate(entry.value) else { continue }
            // A placeholder (`"{{expected_sha}}"`) is filled in at check time, so only a literal is held to the digest's shape.
            if property != .length, case .equals(.string(let hex)) = predicate, !hex.contains("{{") {
                let digits = property == .sha256 ? 64 : 32
                guard HexText.isHex(hex, digits: digits) else {
                    error("'\(entry.name)' must be \(digits) hex digits, found \(entry.value.foundDescription)", at: entry.value.location)
                    continue
                }
                predicate = .equals(.string(hex.lowercased()))
            }
            assertions.append(Assertion(subject: .bytes(property), predicate: predicate, location: entry.key.location))
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

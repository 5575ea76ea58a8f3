import VolleyCore

extension CollectionDecoder {
    static let expectKeys = ["status", "duration", "headers", "json", "body", "bytes", "xpath"]
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
}

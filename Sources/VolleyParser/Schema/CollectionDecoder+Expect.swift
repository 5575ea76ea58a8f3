import VolleyCore

extension CollectionDecoder {
    static let expectKeys = ["status", "duration", "headers", "json", "body"]

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
}

import VolleyCore

extension Predicate {
    /// How the predicate reads in a failure message: `equals "Acme"`, `lt 2000`, `length gt 0`.
    public var readable: String {
        switch self {
        case .equals(let v): "equals \(v.jsonText)"
        case .notEquals(let v): "not_equals \(v.jsonText)"
        case .exists(let b): b ? "exists" : "does not exist"
        case .type(let t): "type \(t.rawValue)"
        case .contains(let v): "contains \(v.jsonText)"
        case .matches(let pattern): "matches /\(pattern)/"
        case .lessThan(let v): "lt \(v.jsonText)"
        case .lessThanOrEqual(let v): "lte \(v.jsonText)"
        case .greaterThan(let v): "gt \(v.jsonText)"
        case .greaterThanOrEqual(let v): "gte \(v.jsonText)"
        case .length(let inner): "length \(inner.readable)"
        case .oneOf(let options): "one_of \(JSONValue.array(options).jsonText)"
        case .all(let predicates): predicates.map(\.readable).joined(separator: " and ")
        }
    }
}

extension AssertionOutcome {
    /// `json $.name: expected equals "Acme", actual "Acme Inc"`
    public var readable: String {
        let actualText = actual.map { $0.jsonText } ?? "nothing"
        var text = "\(assertion.subject): expected \(assertion.predicate.readable), actual \(actualText.truncated(to: 200))"
        if let message, actual == nil || message.contains("cannot") || message.contains("not JSON") || message.contains("invalid") || message.contains("undefined") {
            text += " (\(message))"
        }
        return text
    }
}

extension String {
    func truncated(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit)) + "… (\(count) characters)"
    }
}

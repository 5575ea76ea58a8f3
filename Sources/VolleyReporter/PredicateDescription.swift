import VolleyCore
import VolleyJSON

extension Predicate {
    /// How the predicate reads in a failure message: `equals "Acme"`, `lt 2000`, `length gt 0`.
    public var readable: String { readable(unit: nil) }

    /// With `unit`, each number operand carries it: `lt 2000 ms` for a duration.
    public func readable(unit: String?) -> String {
        func text(_ v: JSONValue) -> String { v.text(unit: unit) }
        return switch self {
        case .equals(let v): "equals \(text(v))"
        case .notEquals(let v): "not_equals \(text(v))"
        case .exists(let b): b ? "exists" : "does not exist"
        case .type(let t): "type \(t.rawValue)"
        case .contains(let v): "contains \(text(v))"
        case .matches(let pattern): "matches /\(pattern)/"
        case .lessThan(let v): "lt \(text(v))"
        case .lessThanOrEqual(let v): "lte \(text(v))"
        case .greaterThan(let v): "gt \(text(v))"
        case .greaterThanOrEqual(let v): "gte \(text(v))"
        case .length(let inner): "length \(inner.readable)"
        case .not(let inner): "not \(inner.readable(unit: unit))"
        case .oneOf(let options): "one_of [\(options.map(text).joined(separator: ","))]"
        case .all(let predicates): predicates.map { $0.readable(unit: unit) }.joined(separator: " and ")
        }
    }
}

extension Assertion.Subject {
    /// The unit of the subject's numbers in messages: a duration is compared in milliseconds,
    /// so `expected lt 2000 ms, actual 2504.1 ms`, never bare numbers.
    public var unit: String? {
        self == .duration ? "ms" : nil
    }
}

extension JSONValue {
    /// JSON text, with `unit` after a number.
    func text(unit: String?) -> String {
        switch (self, unit) {
        case (.integer, let unit?), (.number, let unit?): "\(jsonText) \(unit)"
        default: jsonText
        }
    }
}

extension AssertionOutcome {
    /// `json $.name: expected equals "Acme", actual "Acme Inc"`
    public var readable: String {
        let unit = assertion.subject.unit
        let actualText = actual.map { $0.text(unit: unit) } ?? "nothing"
        var text = "\(assertion.subjectText): expected \(assertion.predicate.readable(unit: unit)), actual \(actualText.truncated(to: 200))"
        if let message, actual == nil || message.contains("cannot") || message.contains("not JSON") || message.hasPrefix("filter ") || message.contains("invalid") || message.contains("undefined") {
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

import VolleyCore
import VolleyJSON

extension Predicate {
    /// The predicate's operand as JSON, for reports: `equals: "Acme"` → `"Acme"`, `length: {lt: 3}`
    /// → `{"lt": 3}`, several predicates → an object of each keyword and its operand.
    public var expectedJSON: JSONValue {
        switch self {
        case .equals(let v), .notEquals(let v), .contains(let v), .lessThan(let v), .lessThanOrEqual(let v),
            .greaterThan(let v), .greaterThanOrEqual(let v):
            v
        case .exists(let b): .bool(b)
        case .type(let t): .string(t.rawValue)
        case .matches(let pattern): .string(pattern.text)
        case .length(let inner): .object(JSONObject([(inner.keyword, inner.expectedJSON)]))
        case .not(let inner): .object(JSONObject([(inner.keyword, inner.expectedJSON)]))
        case .oneOf(let options): .array(options)
        case .all(let predicates): .object(JSONObject(predicates.map { ($0.keyword, $0.expectedJSON) }))
        }
    }
}

extension Assertion {
    /// The subject with its filters: `header location | url_decode | regex /id=(\d+)/`.
    public var subjectText: String {
        filters.isEmpty ? subject.description : ([subject.description] + filters.map(\.description)).joined(separator: " | ")
    }

    /// `json $.name equals "Acme"`: the assertion as one line.
    public var expression: String {
        "\(subjectText) \(predicate.readable(unit: subject.unit))"
    }
}

public import VolleyJSON
/// A check on one value. Several predicates written in one map must all hold (`.all`).
public indirect enum Predicate: Sendable, Hashable {
    case equals(JSONValue)
    case notEquals(JSONValue)
    case exists(Bool)
    case type(JSONType)
    /// Substring of a string, element of an array, or key of an object.
    case contains(JSONValue)
    /// A regular expression found anywhere in the string; anchor it with `^`/`$`.
    case matches(CompiledPattern)
    case lessThan(JSONValue)
    case lessThanOrEqual(JSONValue)
    case greaterThan(JSONValue)
    case greaterThanOrEqual(JSONValue)
    /// Length of a string (characters), array (elements) or object (members).
    case length(Predicate)
    case oneOf([JSONValue])
    case all([Predicate])

    /// The name used in collection files, for messages.
    public var keyword: String {
        switch self {
        case .equals: "equals"
        case .notEquals: "not_equals"
        case .exists: "exists"
        case .type: "type"
        case .contains: "contains"
        case .matches: "matches"
        case .lessThan: "lt"
        case .lessThanOrEqual: "lte"
        case .greaterThan: "gt"
        case .greaterThanOrEqual: "gte"
        case .length: "length"
        case .oneOf: "one_of"
        case .all: "all"
        }
    }

    public static let keywords = [
        "equals", "not_equals", "exists", "type", "contains", "matches",
        "lt", "lte", "gt", "gte", "length", "one_of",
    ]
}

public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

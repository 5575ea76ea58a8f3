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
    /// Length of a string (Unicode scalars, as JSONPath's `length()` counts), array (elements)
    /// or object (members).
    case length(Predicate)
    case oneOf([JSONValue])
    /// Holds when the inner predicate does not (`not: { contains: debug }`). On a value that does
    /// not exist it fails, unless the inner predicate is about existence: a missing header
    /// neither contains nor lacks a word.
    case not(Predicate)
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
        case .not: "not"
        case .all: "all"
        }
    }

    public static let keywords = [
        "equals", "not_equals", "exists", "type", "contains", "matches",
        "lt", "lte", "gt", "gte", "length", "one_of", "not",
    ]

    /// Written at the top of an assertion's predicate map, before the predicates it feeds.
    public static let filterKeyword = "filter"
}

public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

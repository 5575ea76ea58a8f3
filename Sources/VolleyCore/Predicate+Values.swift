public import VolleyJSON
extension Predicate {
    /// This predicate with every expected value passed through `transform` (nested predicates
    /// too) and every regular expression's text through `pattern`. One walk for every rewrite of
    /// expected values: filling in templates before a check, masking secrets before a report.
    public func mappingValues<Failure: Error>(
        _ transform: (JSONValue) throws(Failure) -> JSONValue,
        pattern: (String) -> String = { $0 }
    ) throws(Failure) -> Predicate {
        func all(_ values: [JSONValue]) throws(Failure) -> [JSONValue] {
            var out: [JSONValue] = []
            out.reserveCapacity(values.count)
            for value in values { out.append(try transform(value)) }
            return out
        }
        switch self {
        case .equals(let v): return .equals(try transform(v))
        case .notEquals(let v): return .notEquals(try transform(v))
        case .contains(let v): return .contains(try transform(v))
        case .lessThan(let v): return .lessThan(try transform(v))
        case .lessThanOrEqual(let v): return .lessThanOrEqual(try transform(v))
        case .greaterThan(let v): return .greaterThan(try transform(v))
        case .greaterThanOrEqual(let v): return .greaterThanOrEqual(try transform(v))
        case .oneOf(let options): return .oneOf(try all(options))
        case .length(let inner): return .length(try inner.mappingValues(transform, pattern: pattern))
        case .not(let inner): return .not(try inner.mappingValues(transform, pattern: pattern))
        case .all(let predicates):
            var out: [Predicate] = []
            for p in predicates { out.append(try p.mappingValues(transform, pattern: pattern)) }
            return .all(out)
        case .matches(let regex): return .matches(regex.showing(pattern(regex.text)))
        case .exists, .type: return self
        }
    }
}

import VolleyCore
import VolleyJSON

extension CollectionDecoder {
    /// How the values in a predicate are read.
    enum PredicateValues {
        /// Any YAML value, as JSON.
        case json
        /// `duration:` values: a number of milliseconds, or a string with a unit (`2s`, `500ms`),
        /// converted to milliseconds so the check compares numbers.
        case milliseconds
    }

    /// A predicate map (`{ gte: 200, lt: 300 }`, several keys meaning all of them) or a bare value,
    /// which means `equals`. To expect a map, write it under `equals:`.
    mutating func predicate(_ node: YAMLNode, values: PredicateValues = .json) -> Predicate? {
        guard let pairs = node.mapping, node.unquotedPlaceholderName == nil else {
            return expectedValue(node, values).map { .equals($0) }
        }
        guard !pairs.isEmpty else {
            error("an empty map is not a predicate (write a value, or a map like { equals: ... })", at: node.location)
            return nil
        }
        var parts: [Predicate] = []
        var failed = false
        for pair in pairs {
            guard let key = keyName(pair.key) else {
                failed = true
                continue
            }
            if key == Predicate.filterKeyword {
                error("'filter' goes at the top of an assertion's predicate map, not inside another predicate", at: pair.key.location)
                failed = true
                continue
            }
            guard Predicate.keywords.contains(key) else {
                let hint = Suggestion.closest(to: key, among: Predicate.keywords).map { "did you mean '\($0)'?" }
                    ?? "expected one of: \(Predicate.keywords.joined(separator: ", ")); to expect a map, put it under 'equals:'"
                error("unknown predicate '\(key)' (\(hint))", at: pair.key.location)
                failed = true
                continue
            }
            if let part = predicate(key, pair.value, values: values) { parts.append(part) } else { failed = true }
        }
        if failed { return nil }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func predicate(_ keyword: String, _ node: YAMLNode, values: PredicateValues) -> Predicate? {
        switch keyword {
        case "equals":
            return expectedValue(node, values).map { .equals($0) }
        case "not_equals":
            return expectedValue(node, values).map { .notEquals($0) }
        case "exists":
            return bool(node, "'exists'").map { .exists($0) }
        case "type":
            guard let name = string(node, "'type'") else { return nil }
            if let type = JSONType(rawValue: name) { return .type(type) }
            let names = JSONType.allCases.map(\.rawValue)
            error("unknown type '\(name)' (\(Self.hint(for: name, among: names)))", at: node.location)
            return nil
        case "contains":
            return json(node).map { .contains($0) }
        case "matches":
            guard let text = string(node, "'matches'"), let pattern = compileRegex(text, of: node) else { return nil }
            return .matches(pattern)
        case "lt", "lte", "gt", "gte":
            guard let value = comparable(node, keyword, values) else { return nil }
            switch keyword {
            case "lt": return .lessThan(value)
            case "lte": return .lessThanOrEqual(value)
            case "gt": return .greaterThan(value)
            default: return .greaterThanOrEqual(value)
            }
        case "not":
            guard node.mapping != nil, node.unquotedPlaceholderName == nil else {
                error("'not' must be a predicate map like { contains: debug }, found \(node.foundDescription)", at: node.location)
                return nil
            }
            return predicate(node, values: values).map { .not($0) }
        case "length":
            if node.mapping != nil { return predicate(node).map { .length($0) } }
            if case .integer(let n)? = node.scalar?.resolved, n >= 0 { return .length(.equals(.number(Double(n)))) }
            error(
                "'length' must be a whole number or a predicate map like { gte: 1 }, found \(node.foundDescription)",
                at: node.location)
            return nil
        default:  // "one_of"
            guard let items = node.sequence else {
                error("'one_of' must be a list, found \(node.foundDescription)", at: node.location)
                return nil
            }
            var options: [JSONValue] = []
            for item in items {
                guard let value = expectedValue(item, values) else { return nil }
                options.append(value)
            }
            return .oneOf(options)
        }
    }

    /// `lt`/`gt` and friends compare numbers, or strings in code-point order; nothing else orders.
    private mutating func comparable(_ node: YAMLNode, _ keyword: String, _ values: PredicateValues) -> JSONValue? {
        switch node.scalar?.resolved {
        case .integer?, .float?, .string?:
            return expectedValue(node, values)
        default:
            error("'\(keyword)' must be a number or a string, found \(node.foundDescription)", at: node.location)
            return nil
        }
    }

    private mutating func expectedValue(_ node: YAMLNode, _ values: PredicateValues) -> JSONValue? {
        switch values {
        case .json: json(node)
        case .milliseconds: milliseconds(node)
        }
    }

    /// Numbers are milliseconds however they are written; other strings need a unit.
    private mutating func milliseconds(_ node: YAMLNode) -> JSONValue? {
        switch node.scalar?.resolved {
        case .integer(let n)? where n >= 0:
            return .number(Double(n))
        case .float(let x)? where x.isFinite && x >= 0:
            return .number(x)
        case .string(let text)?:
            if let x = Double(text), x.isFinite, x >= 0 { return .number(x) }
            if let duration = Duration(parsing: text) { return .number(duration.milliseconds) }
        default:
            break
        }
        error(
            "a duration must be a number of milliseconds or have a unit like 2s or 500ms, found \(node.foundDescription)",
            at: node.location)
        return nil
    }
}

import VolleyCore

extension CollectionDecoder {
    /// An assertion's predicate map with its optional `filter:` list, which is applied to the
    /// subject first: `{ filter: [{ split: "," }, count], gte: 2 }`. Without `filter:` this is
    /// `predicate(_:values:)`.
    mutating func assertionPredicate(
        _ node: YAMLNode, values: PredicateValues = .json
    ) -> (predicate: Predicate, filters: [SubjectFilter])? {
        guard let pairs = node.mapping, node.unquotedPlaceholderName == nil,
            let filterPair = pairs.first(where: { $0.key.scalar?.value == Predicate.filterKeyword })
        else {
            return predicate(node, values: values).map { ($0, []) }
        }
        let filters = decodeFilters(filterPair.value)
        let rest = pairs.filter { $0.key.scalar?.value != Predicate.filterKeyword }
        guard !rest.isEmpty else {
            error("'filter' needs a predicate beside it, like { filter: [count], gt: 0 }", at: filterPair.key.location)
            return nil
        }
        let predicate = predicate(YAMLNode(kind: .mapping(rest), location: node.location), values: values)
        guard let filters, let predicate else { return nil }
        return (predicate, filters)
    }

    /// `filter:`: a list of steps, each a bare name (`count`) or a one-key map (`{ nth: 0 }`).
    private mutating func decodeFilters(_ node: YAMLNode) -> [SubjectFilter]? {
        guard let items = node.sequence, !items.isEmpty else {
            error(
                "'filter' must be a non-empty list like [url_decode, { regex: \"id=(\\\\d+)\" }, to_int], found \(node.foundDescription)",
                at: node.location)
            return nil
        }
        var filters: [SubjectFilter] = []
        var failed = false
        for item in items {
            if let filter = decodeFilter(item) { filters.append(filter) } else { failed = true }
        }
        return failed ? nil : filters
    }

    private mutating func decodeFilter(_ node: YAMLNode) -> SubjectFilter? {
        if let name = node.scalar?.value {
            switch name {
            case "base64_decode": return .base64Decode
            case "url_decode": return .urlDecode
            case "to_int": return .toInt
            case "to_float": return .toFloat
            case "count": return .count
            default:
                if SubjectFilter.argumentKeywords.contains(name) {
                    error("filter '\(name)' needs an argument: write { \(name): … }", at: node.location)
                } else {
                    error("unknown filter '\(name)' (\(Self.hint(for: name, among: SubjectFilter.keywords)))", at: node.location)
                }
                return nil
            }
        }
        guard let pairs = node.mapping, pairs.count == 1, let name = keyName(pairs[0].key) else {
            error("a filter must be a name like count or a one-key map like { nth: 0 }, found \(node.foundDescription)", at: node.location)
            return nil
        }
        let argument = pairs[0].value
        switch name {
        case "nth":
            guard case .integer(let index)? = argument.scalar?.resolved else {
                error("'nth' must be a whole number (negative counts from the end), found \(argument.foundDescription)", at: argument.location)
                return nil
            }
            return .nth(index)
        case "split":
            guard let separator = string(argument, "'split'") else { return nil }
            guard !separator.isEmpty else {
                error("'split' needs a separator that is not empty", at: argument.location)
                return nil
            }
            return .split(separator)
        case "regex":
            guard let text = string(argument, "'regex'"), let pattern = compileRegex(text, of: argument) else { return nil }
            return .regex(pattern)
        case "jsonpath":
            guard let text = string(argument, "'jsonpath'"), let query = compileJSONPath(text, of: argument) else { return nil }
            return .jsonpath(query)
        default:
            if SubjectFilter.bareKeywords.contains(name) {
                error("filter '\(name)' takes no argument: write it as a bare name in the list", at: pairs[0].key.location)
            } else {
                error("unknown filter '\(name)' (\(Self.hint(for: name, among: SubjectFilter.keywords)))", at: pairs[0].key.location)
            }
            return nil
        }
    }
}

import VolleyCore
import VolleyJSON

extension CollectionDecoder {
    /// `status:` in its four forms:
    /// - `200` → `.equals(200)`
    /// - `[200, 201]` → `.oneOf([200, 201])`
    /// - `2xx` (or `"2XX"`) → `.all([.greaterThanOrEqual(200), .lessThan(300)])`: a class is the
    ///   hundred codes N00...N99, stated as two comparisons so reports can print it plainly
    /// - a predicate map (`{ gte: 200, lt: 400 }`) → that predicate on the number
    mutating func statusPredicate(_ node: YAMLNode) -> Predicate? {
        switch node.kind {
        case .mapping:
            return predicate(node)
        case .sequence(let items):
            var codes: [JSONValue] = []
            var failed = false
            for item in items {
                if let code = statusCode(item, expected: "each status in the list must be a status code like 200") {
                    codes.append(.number(Double(code)))
                } else {
                    failed = true
                }
            }
            return failed ? nil : .oneOf(codes)
        case .scalar(let scalar):
            if case .string(let text) = scalar.resolved, text.contains(where: { $0 == "x" || $0 == "X" }) {
                return statusClass(text, node)
            }
            let expected = "'status' must be a status code like 200, a list of codes, a class like 2xx or a predicate map"
            return statusCode(node, expected: expected).map { .equals(.number(Double($0))) }
        }
    }

    private mutating func statusClass(_ text: String, _ node: YAMLNode) -> Predicate? {
        let characters = Array(text)
        guard characters.count == 3, let digit = characters[0].wholeNumberValue, (1...5).contains(digit),
            characters.dropFirst().allSatisfy({ $0 == "x" || $0 == "X" })
        else {
            error("invalid status class '\(text)' (use 1xx, 2xx, 3xx, 4xx or 5xx)", at: node.location)
            return nil
        }
        let low = Double(digit * 100)
        return .all([.greaterThanOrEqual(.number(low)), .lessThan(.number(low + 100))])
    }

    /// An integer from 100 to 599; a quoted `"200"` is accepted too.
    /// `expected` words the error for anything that is not a number.
    mutating func statusCode(_ node: YAMLNode, expected: String) -> Int? {
        var code: Int?
        switch node.scalar?.resolved {
        case .integer(let n)?: code = n
        case .string(let text)?: code = Int(text)
        default: break
        }
        guard let code else {
            error("\(expected), found \(node.foundDescription)", at: node.location)
            return nil
        }
        guard (100...599).contains(code) else {
            error("status \(code) is not an HTTP status code (100 to 599)", at: node.location)
            return nil
        }
        return code
    }
}

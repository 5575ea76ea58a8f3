import VolleyRegex
import VolleyJSON

/// Filter conditions and function extensions (RFC 9535 §2.3.5.2 and §2.4).
extension QueryEvaluator {
    func test(_ condition: LogicalExpression, current: JSONValue) -> Bool {
        switch condition {
        case .or(let operands): operands.contains { test($0, current: current) }
        case .and(let operands): operands.allSatisfy { test($0, current: current) }
        case .not(let operand): !test(operand, current: current)
        case .comparison(let left, let comparison, let right):
            JSONValue.compare(value(of: left, current: current), comparison, value(of: right, current: current))
        case .exists(let query): exists(query, current: current)
        case .function(let call): logicalResult(of: call, current: current)
        }
    }

    private func exists(_ query: PathQuery, current: JSONValue) -> Bool {
        if let singular = query.singular { return singular.value(current: current, root: root) != nil }
        return !select(query, current: current, trackingPaths: false).isEmpty
    }

    /// The value of a comparable, or nil for Nothing.
    func value(of operand: ComparableOperand, current: JSONValue) -> JSONValue? {
        switch operand {
        case .literal(let value): value
        case .query(let query): query.value(current: current, root: root)
        case .function(let call): valueResult(of: call, current: current)
        }
    }

    /// Functions whose result is ValueType. Written with `return`s and `.none`: JSONValue is
    /// ExpressibleByNilLiteral, so a bare `nil` in a switch expression would become `.null`.
    private func valueResult(of call: FunctionCall, current: JSONValue) -> JSONValue? {
        switch call.function {
        case .length:
            switch argumentValue(call.arguments[0], current: current) {
            case .string(let string)?: return .integer(Int64(string.unicodeScalars.count))
            case .array(let items)?: return .integer(Int64(items.count))
            case .object(let object)?: return .integer(Int64(object.count))
            default: return .none
            }
        case .count:
            return .integer(Int64(argumentNodes(call.arguments[0], current: current).count))
        case .value:
            let nodes = argumentNodes(call.arguments[0], current: current)
            return nodes.count == 1 ? nodes[0].value : .none
        case .match, .search:
            return .none  // LogicalType; the type check never puts them where a value is needed.
        }
    }

    /// Functions whose result is LogicalType.
    private func logicalResult(of call: FunctionCall, current: JSONValue) -> Bool {
        switch call.function {
        case .match, .search:
            guard case .string(let string) = argumentValue(call.arguments[0], current: current),
                case .string(let pattern) = argumentValue(call.arguments[1], current: current),
                let regex = regex(for: pattern)
            else { return false }
            return call.function == .match ? regex.matchesWhole(string) : regex.isFound(in: string)
        case .length, .count, .value:
            return false  // ValueType; rejected as conditions by the type check.
        }
    }

    private func argumentValue(_ argument: FunctionArgument, current: JSONValue) -> JSONValue? {
        guard case .value(let operand) = argument else { return nil }
        return value(of: operand, current: current)
    }

    private func argumentNodes(_ argument: FunctionArgument, current: JSONValue) -> [SelectedNode] {
        guard case .nodes(let query) = argument else { return [] }
        return select(query, current: current, trackingPaths: false)
    }

    /// The compiled I-Regexp, or nil when `pattern` is not one (then `match`/`search` are false).
    /// An automaton, not a backtracking `Regex`: `(a+)+c` over a document's strings took seconds.
    private func regex(for pattern: String) -> AutomatonRegex? {
        if let cached = regexCache[pattern] { return cached }
        let compiled = IRegexp.translate(pattern).flatMap { try? AutomatonRegex($0) }
        regexCache[pattern] = compiled
        return compiled
    }
}

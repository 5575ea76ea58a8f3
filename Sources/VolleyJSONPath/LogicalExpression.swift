import VolleyJSON

/// The condition of a filter selector `[?…]` (RFC 9535 §2.3.5), after type checking:
/// every operand here is known to be of the type its position needs.
indirect enum LogicalExpression: Sendable {
    case or([LogicalExpression])
    case and([LogicalExpression])
    case not(LogicalExpression)
    case comparison(ComparableOperand, ComparisonOperator, ComparableOperand)
    /// A query used as a test: true when it selects at least one node.
    case exists(PathQuery)
    /// A function whose result is LogicalType (or NodesType, tested for being non-empty).
    case function(FunctionCall)
}

/// Either side of a comparison: something that produces a single value or Nothing.
enum ComparableOperand: Sendable {
    case literal(JSONValue)
    case query(SingularQuery)
    /// A function whose result is ValueType.
    case function(FunctionCall)
}

enum ComparisonOperator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

import VolleyJSON

/// The function extensions RFC 9535 §2.4 defines, with their declared types.
enum FunctionExtension: String, Sendable, CaseIterable {
    case length, count, match, search, value

    /// The three types of the RFC's type system (§2.4.1).
    enum ValueKind: Sendable {
        case value, logical, nodes
    }

    var parameters: [ValueKind] {
        switch self {
        case .length: [.value]
        case .count, .value: [.nodes]
        case .match, .search: [.value, .value]
        }
    }

    var result: ValueKind {
        switch self {
        case .length, .count, .value: .value
        case .match, .search: .logical
        }
    }
}

/// A call to a function extension, with arguments already checked against its parameters.
struct FunctionCall: Sendable {
    var function: FunctionExtension
    var arguments: [FunctionArgument]
}

/// An argument of a function call, in the form its parameter declares.
enum FunctionArgument: Sendable {
    /// A ValueType argument: a literal, a singular query or a ValueType function.
    case value(ComparableOperand)
    /// A NodesType argument: any query.
    case nodes(PathQuery)
    /// A LogicalType argument.
    case logical(LogicalExpression)
}

import VolleyJSON

/// Filter expressions (RFC 9535 §2.3.5) and function calls (§2.4).
///
/// A function argument may be a literal, a query, a function call or a whole logical
/// expression, and which one only shows after it is parsed. So sub-expressions are parsed
/// into `ParsedOperand` first, and converted to what their position requires (a condition, a
/// comparable, a function parameter) right after; that conversion is the type check.
extension JSONPathParser {
    enum ParsedOperand {
        case literal(JSONValue)
        case query(PathQuery)
        case function(FunctionCall)
        case logical(LogicalExpression)
    }

    struct Parsed {
        var operand: ParsedOperand
        /// Where it starts, for type errors.
        var offset: Int
    }

    /// The condition after `?`.
    mutating func parseFilterCondition() throws(JSONPathSyntaxError) -> LogicalExpression {
        try enterNesting()
        defer { nesting -= 1 }
        return try asCondition(try parseOr())
    }

    // MARK: Logical operators, loosest first

    private mutating func parseOr() throws(JSONPathSyntaxError) -> Parsed {
        let first = try parseAnd()
        var operands: [LogicalExpression] = []
        while true {
            let save = pos
            skipBlanks()
            guard lookingAt("||") else {
                pos = save
                break
            }
            if operands.isEmpty { operands.append(try asCondition(first)) }
            pos += 2
            skipBlanks()
            operands.append(try asCondition(try parseAnd()))
        }
        return operands.isEmpty ? first : Parsed(operand: .logical(.or(operands)), offset: first.offset)
    }

    private mutating func parseAnd() throws(JSONPathSyntaxError) -> Parsed {
        let first = try parseBasic()
        var operands: [LogicalExpression] = []
        while true {
            let save = pos
            skipBlanks()
            guard lookingAt("&&") else {
                pos = save
                break
            }
            if operands.isEmpty { operands.append(try asCondition(first)) }
            pos += 2
            skipBlanks()
            operands.append(try asCondition(try parseBasic()))
        }
        return operands.isEmpty ? first : Parsed(operand: .logical(.and(operands)), offset: first.offset)
    }

    /// `paren-expr / comparison-expr / test-expr`, or a lone operand for a function argument.
    private mutating func parseBasic() throws(JSONPathSyntaxError) -> Parsed {
        let start = pos
        if peek == "!" {
            pos += 1
            skipBlanks()
            if peek == "(" {
                return Parsed(operand: .logical(.not(try parseParenthesized())), offset: start)
            }
            // `!` applies to a test only; `!@.a == 1` needs parentheses, and is rejected below.
            let operand = try parsePrimary()
            if case .literal = operand.operand {
                throw error("'!' applies to a query, a function or a parenthesized condition, not a literal", at: operand.offset)
            }
            return Parsed(operand: .logical(.not(try asCondition(operand))), offset: start)
        }
        if peek == "(" {
            return Parsed(operand: .logical(try parseParenthesized()), offset: start)
        }
        let left = try parsePrimary()
        let save = pos
        skipBlanks()
        guard let comparison = parseComparisonOperator() else {
            pos = save
            return left
        }
        skipBlanks()
        let right = try parsePrimary()
        let expression = LogicalExpression.comparison(try asComparable(left), comparison, try asComparable(right))
        return Parsed(operand: .logical(expression), offset: start)
    }

    private mutating func parseParenthesized() throws(JSONPathSyntaxError) -> LogicalExpression {
        let open = pos
        try enterNesting()
        defer { nesting -= 1 }
        pos += 1
        skipBlanks()
        let inner = try asCondition(try parseOr())
        skipBlanks()
        guard peek == ")" else {
            throw peek == nil
                ? error("missing ')' to close the '(' at column \(open + 1)")
                : unexpected("expected ')' or a logical operator")
        }
        pos += 1
        return inner
    }

    private mutating func parseComparisonOperator() -> ComparisonOperator? {
        for candidate in [ComparisonOperator.equal, .notEqual, .lessOrEqual, .greaterOrEqual, .less, .greater]
        where lookingAt(candidate.rawValue) {
            pos += candidate.rawValue.unicodeScalars.count
            return candidate
        }
        return nil
    }

    // MARK: Operands

    /// A query, a literal or a function call.
    private mutating func parsePrimary() throws(JSONPathSyntaxError) -> Parsed {
        let start = pos
        switch peek {
        case "$", "@":
            let isAbsolute = peek == "$"
            pos += 1
            return Parsed(operand: .query(PathQuery(isAbsolute: isAbsolute, segments: try parseSegments())), offset: start)
        case "'", "\"":
            return Parsed(operand: .literal(.string(try parseStringLiteral())), offset: start)
        case "-", .some("0"..."9"):
            return Parsed(operand: .literal(try parseNumberLiteral()), offset: start)
        case .some("a"..."z"):
            var name = ""
            while let c = peek, ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" {
                name.unicodeScalars.append(c)
                pos += 1
            }
            if peek == "(" {
                return Parsed(operand: .function(try parseFunctionCall(name, at: start)), offset: start)
            }
            switch name {
            case "true": return Parsed(operand: .literal(.bool(true)), offset: start)
            case "false": return Parsed(operand: .literal(.bool(false)), offset: start)
            case "null": return Parsed(operand: .literal(.null), offset: start)
            default:
                if FunctionExtension(rawValue: name) != nil {
                    skipBlanks()
                    if peek == "(" { throw error("no whitespace is allowed between a function name and '('", at: start + name.unicodeScalars.count) }
                }
                throw error("unknown name '\(name)'; expected a query, a literal or a function call", at: start)
            }
        case nil:
            throw error("unexpected end of the query; expected a query, a literal or a function call")
        default:
            throw unexpected("expected a query, a literal, a function call, '!' or '('")
        }
    }

    /// `function-name "(" S [function-argument *(S "," S function-argument)] S ")"`, type-checked.
    private mutating func parseFunctionCall(_ name: String, at start: Int) throws(JSONPathSyntaxError) -> FunctionCall {
        guard let function = FunctionExtension(rawValue: name) else {
            throw error("unknown function '\(name)'; the functions are length, count, match, search and value", at: start)
        }
        try enterNesting()
        defer { nesting -= 1 }
        pos += 1
        skipBlanks()
        var arguments: [Parsed] = []
        if peek == ")" {
            pos += 1
        } else {
            while true {
                arguments.append(try parseOr())
                skipBlanks()
                if peek == "," {
                    pos += 1
                    skipBlanks()
                } else if peek == ")" {
                    pos += 1
                    break
                } else {
                    throw unexpected("expected ',' or ')' in the arguments of \(name)()")
                }
            }
        }
        let expected = function.parameters.count
        guard arguments.count == expected else {
            throw error("\(name)() takes \(expected) argument\(expected == 1 ? "" : "s"), not \(arguments.count)", at: start)
        }
        var converted: [FunctionArgument] = []
        for (argument, kind) in zip(arguments, function.parameters) {
            converted.append(try asArgument(argument, of: kind, for: name))
        }
        return FunctionCall(function: function, arguments: converted)
    }

    // MARK: Type checks (§2.4.3)

    /// As a filter condition or a `&&`/`||`/`!` operand: a LogicalType, or NodesType tested for existence.
    private func asCondition(_ parsed: Parsed) throws(JSONPathSyntaxError) -> LogicalExpression {
        switch parsed.operand {
        case .logical(let expression): return expression
        case .query(let query): return .exists(query)
        case .function(let call):
            guard call.function.result != .value else {
                throw error("\(call.function.rawValue)() returns a value, not a condition; compare it with something", at: parsed.offset)
            }
            return .function(call)
        case .literal:
            throw error("a literal is not a condition; compare it with something", at: parsed.offset)
        }
    }

    /// As a side of a comparison: a literal, a singular query, or a ValueType function.
    private func asComparable(_ parsed: Parsed) throws(JSONPathSyntaxError) -> ComparableOperand {
        switch parsed.operand {
        case .literal(let value): return .literal(value)
        case .query(let query):
            guard let singular = query.singular else {
                throw error("only a singular query (names and indexes only) can be compared", at: parsed.offset)
            }
            return .query(singular)
        case .function(let call):
            guard call.function.result == .value else {
                throw error("\(call.function.rawValue)() returns a logical value, which cannot be compared", at: parsed.offset)
            }
            return .function(call)
        case .logical:
            throw error("a condition cannot be compared; use parentheses around comparisons only", at: parsed.offset)
        }
    }

    private func asArgument(_ parsed: Parsed, of kind: FunctionExtension.ValueKind, for name: String) throws(JSONPathSyntaxError) -> FunctionArgument {
        switch kind {
        case .logical:
            return .logical(try asCondition(parsed))
        case .nodes:
            guard case .query(let query) = parsed.operand else {
                throw error("the argument of \(name)() must be a query", at: parsed.offset)
            }
            return .nodes(query)
        case .value:
            switch parsed.operand {
            case .query(let query) where query.singular == nil:
                throw error("a query that can select several nodes cannot be a value argument of \(name)()", at: parsed.offset)
            case .function(let call) where call.function.result != .value:
                throw error("\(call.function.rawValue)() returns a logical value, not a value for \(name)()", at: parsed.offset)
            case .logical:
                throw error("a condition cannot be a value argument of \(name)()", at: parsed.offset)
            default:
                return .value(try asComparable(parsed))
            }
        }
    }

    private mutating func enterNesting() throws(JSONPathSyntaxError) {
        guard nesting < Self.maxNesting else { throw error("expression is nested more than \(Self.maxNesting) levels deep") }
        nesting += 1
    }
}

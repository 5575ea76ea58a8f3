import VolleyCore
import VolleyJSON

extension CollectionDecoder {
    /// A string scalar's text (quoted or plain); anything else is an error naming `what`.
    mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        if let scalar = node.scalar, case .string(let text) = scalar.resolved { return text }
        error("\(what) must be a string, found \(node.foundDescription)", at: node.location)
        return nil
    }

    /// The text of a string, number or boolean scalar as written, so `page: 1.50` sends `1.50`.
    mutating func scalarText(_ node: YAMLNode, _ what: String, expected: String = "a string") -> String? {
        if let scalar = node.scalar, scalar.resolved != .null { return scalar.value }
        error("\(what) must be \(expected), found \(node.foundDescription)", at: node.location)
        return nil
    }

    mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        if case .bool(let value)? = node.scalar?.resolved { return value }
        error("\(what) must be true or false, found \(node.foundDescription)", at: node.location)
        return nil
    }

    /// Splits `text` (the value of `node`) into a template; a malformed placeholder is reported
    /// at its own column when the scalar's text lines up with the source.
    mutating func template(_ text: String, of node: YAMLNode) -> Template? {
        // Most strings have no placeholder; skip the general parser for them (it gives the same value).
        if !Self.mayHoldPlaceholder(text) { return Template(parts: [.literal(text)], location: node.location) }
        do {
            return try Template.parse(text, at: node.location)
        } catch {
            self.error(error.message, at: node.location(atCharacter: error.offset))
            return nil
        }
    }

    static func mayHoldPlaceholder(_ text: String) -> Bool {
        var previousWasBrace = false
        for byte in text.utf8 {
            let isBrace = byte == UInt8(ascii: "{")
            if isBrace && previousWasBrace { return true }
            previousWasBrace = isBrace
        }
        return false
    }

    /// A scalar (string, number or boolean) as a template.
    mutating func template(_ node: YAMLNode, _ what: String, expected: String = "a string") -> Template? {
        guard let text = scalarText(node, what, expected: expected) else { return nil }
        return template(text, of: node)
    }

    /// Any YAML value as JSON; `.inf`, `.nan` and non-scalar keys are reported.
    mutating func json(_ node: YAMLNode) -> JSONValue? {
        var problems: [YAMLNode.JSONConversionError] = []
        let value = node.jsonValue(problems: &problems)
        for problem in problems { error(problem.message, at: problem.location) }
        return problems.isEmpty ? value : nil
    }

    /// `30s`, `500ms`, `1m`: a duration with its unit. A bare number is refused because
    /// seconds and milliseconds are both plausible readings.
    mutating func duration(_ node: YAMLNode, _ what: String) -> Duration? {
        if case .string(let text)? = node.scalar?.resolved, Double(text) == nil, let duration = Duration(parsing: text) {
            guard duration > .zero else {
                error("\(what) must be longer than zero", at: node.location)
                return nil
            }
            return duration
        }
        error("\(what) must be a duration like 30s or 500ms, found \(node.foundDescription)", at: node.location)
        return nil
    }

    /// A map of variable names to any values: the collection's `variables:` and an environment's.
    mutating func variables(_ node: YAMLNode) -> [String: Located<JSONValue>] {
        guard let pairs = pairs(node, "'variables'") else { return [:] }
        var variables: [String: Located<JSONValue>] = [:]
        for pair in pairs {
            guard let name = variableName(pair.key) else { continue }
            if let value = json(pair.value) { variables[name] = Located(value, at: pair.key.location) }
        }
        return variables
    }
}

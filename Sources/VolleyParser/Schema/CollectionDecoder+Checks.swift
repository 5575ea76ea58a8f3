import VolleyCore

extension CollectionDecoder {
    /// `what` is "method" or "header name"; the error points at the first bad character.
    @discardableResult
    mutating func checkToken(_ text: String, of node: YAMLNode, _ what: String) -> Bool {
        if text.isEmpty {
            error("\(what) must not be empty", at: node.location)
            return false
        }
        guard let offset = HTTPToken.firstInvalidOffset(in: text) else { return true }
        error(
            "invalid \(what) '\(text)' (a \(what) is a token: \(HTTPToken.allowedDescription))",
            at: node.location(atCharacter: offset))
        return false
    }

    @discardableResult
    mutating func checkRegex(_ pattern: String, of node: YAMLNode) -> Bool {
        guard let problem = RegexCheck.problem(in: pattern) else { return true }
        error(
            "invalid regular expression: \(problem.message)",
            at: problem.offset.map { node.location(atCharacter: $0) } ?? node.location)
        return false
    }

    @discardableResult
    mutating func checkJSONPath(_ expression: String, of node: YAMLNode) -> Bool {
        guard let problem = JSONPathCheck.problem(in: expression) else { return true }
        error("invalid JSONPath: \(problem.message)", at: node.location(atCharacter: problem.offset))
        return false
    }
}

import VolleyCore
import VolleyXML

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

    /// The compiled pattern the model keeps; nil after reporting where `pattern` is wrong.
    @discardableResult
    mutating func compileRegex(_ pattern: String, of node: YAMLNode) -> CompiledPattern? {
        switch RegexCheck.compile(pattern) {
        case .success(let compiled): return compiled
        case .failure(let problem):
            error(
                "invalid regular expression: \(problem.message)",
                at: problem.offset.map { node.location(atCharacter: $0) } ?? node.location)
            return nil
        }
    }

    /// Whether libxml2 compiles the XPath; if not, says so where it stopped.
    mutating func checkXPath(_ expression: String, of node: YAMLNode) -> Bool {
        guard let problem = XPathExpression.check(expression) else { return true }
        error("invalid XPath: \(problem.message)", at: node.location(atCharacter: problem.offset))
        return false
    }

    /// The XPath a CSS selector stands for; nil after saying where the selector leaves the
    /// supported subset.
    mutating func translateCSS(_ selector: String, of node: YAMLNode) -> String? {
        do {
            let xpath = try CSSSelector.xpath(for: selector)
            guard let problem = XPathExpression.check(xpath) else { return xpath }
            // A translation libxml2 refuses is this translator's bug; still an error, at the key.
            error("CSS selector could not be run: \(problem.message)", at: node.location)
            return nil
        } catch let problem {
            error("unsupported CSS selector: \(problem.message)", at: node.location(atCharacter: problem.offset))
            return nil
        }
    }

    /// The compiled query the model keeps; nil after reporting where `expression` is wrong.
    mutating func compileJSONPath(_ expression: String, of node: YAMLNode) -> CompiledQuery? {
        switch JSONPathCheck.compile(expression) {
        case .success(let compiled): return compiled
        case .failure(let problem):
            error("invalid JSONPath: \(problem.message)", at: node.location(atCharacter: problem.offset))
            return nil
        }
    }
}

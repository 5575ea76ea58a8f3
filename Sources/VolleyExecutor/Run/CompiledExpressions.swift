import VolleyCore
import VolleyJSONPath

/// JSONPath queries and regular expressions compiled once per run, not once per request.
/// The parser already validated them, so a compile failure here is reported, not fatal.
final class CompiledExpressions {
    private var queries: [String: Result<JSONPathQuery, JSONPathSyntaxError>] = [:]
    private var regexes: [String: Result<Regex<AnyRegexOutput>, RegexCompileError>] = [:]

    func query(_ text: String) -> Result<JSONPathQuery, JSONPathSyntaxError> {
        if let cached = queries[text] { return cached }
        let compiled = Result { () throws(JSONPathSyntaxError) in try JSONPathQuery(text) }
        queries[text] = compiled
        return compiled
    }

    func regex(_ pattern: String) -> Result<Regex<AnyRegexOutput>, RegexCompileError> {
        if let cached = regexes[pattern] { return cached }
        let compiled: Result<Regex<AnyRegexOutput>, RegexCompileError>
        do {
            compiled = .success(try Regex(pattern))
        } catch {
            compiled = .failure(RegexCompileError(message: "invalid regular expression: \(error)"))
        }
        regexes[pattern] = compiled
        return compiled
    }
}

struct RegexCompileError: Error {
    var message: String
}

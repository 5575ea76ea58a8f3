/// One step of an assertion's `filter:` list, applied to the subject's value before its
/// predicates, in written order (Hurl's filters): `filter: [{ split: "." }, { nth: 1 },
/// base64_decode, { jsonpath: "$.sub" }]` reads a JWT's subject. Patterns and JSONPaths are
/// compiled at load, as everywhere else.
public enum SubjectFilter: Sendable, Hashable, CustomStringConvertible {
    /// Base64 text (standard or URL-safe alphabet, padding optional) to the UTF-8 text it encodes.
    case base64Decode
    /// Percent-escapes (`%40`) to the text they encode; a `+` stays a `+`, as in Hurl's `urlDecode`.
    case urlDecode
    /// A number, or text that is an integer, to that integer.
    case toInt
    /// A number, or text that is a number, to that number.
    case toFloat
    /// The number of elements of an array (or members of an object).
    case count
    /// The element at an index of an array; a negative index counts from the end.
    case nth(Int)
    /// Text split at every occurrence of a separator, into an array of strings.
    case split(String)
    /// The first group of the leftmost match of a pattern (the whole match without a group).
    case regex(CompiledPattern)
    /// Text parsed as JSON, then queried: one match is the value, several are a list.
    case jsonpath(CompiledQuery)

    /// The filter's name in collection files.
    public var keyword: String {
        switch self {
        case .base64Decode: "base64_decode"
        case .urlDecode: "url_decode"
        case .toInt: "to_int"
        case .toFloat: "to_float"
        case .count: "count"
        case .nth: "nth"
        case .split: "split"
        case .regex: "regex"
        case .jsonpath: "jsonpath"
        }
    }

    /// Filters written as a bare name.
    public static let bareKeywords = ["base64_decode", "url_decode", "to_int", "to_float", "count"]
    /// Filters written as a one-key map with an argument.
    public static let argumentKeywords = ["nth", "split", "regex", "jsonpath"]
    public static var keywords: [String] { bareKeywords + argumentKeywords }

    /// `split ","`, `nth 1`, `base64_decode`: how the step reads in a failure line.
    public var description: String {
        switch self {
        case .nth(let index): "nth \(index)"
        case .split(let separator): "split \"\(separator)\""
        case .regex(let pattern): "regex /\(pattern.text)/"
        case .jsonpath(let query): "jsonpath \(query.text)"
        default: keyword
        }
    }
}

public import VolleyJSONPath

/// A JSONPath from a collection, compiled when the collection was loaded, so the run loop only
/// evaluates it. The text stays for messages and reports; two queries are equal when their texts are.
public struct CompiledQuery: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let query: JSONPathQuery

    /// Parses and type-checks `text`; the collection loader reports a failure where it was written.
    public init(_ text: String) throws(JSONPathSyntaxError) {
        query = try JSONPathQuery(text)
    }

    /// A query written in Swift source is the programmer's text, so an invalid one is a bug in
    /// that source (as a bad `/regex/` literal is), not a user error to report. Mind that
    /// `CompiledQuery("…")` with a literal argument is this initializer too (SE-0213).
    public init(stringLiteral text: String) {
        do {
            try self.init(text)
        } catch {
            preconditionFailure("invalid JSONPath literal \(text): \(error.message)")
        }
    }

    public var text: String { query.text }
    public var description: String { text }

    public static func == (lhs: CompiledQuery, rhs: CompiledQuery) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

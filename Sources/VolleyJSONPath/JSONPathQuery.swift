public import VolleyJSON

/// A compiled RFC 9535 JSONPath query, such as `$.store.book[?@.price < 10].title`.
///
/// Parsing checks syntax and function typing once; evaluation never fails, it selects nodes
/// (possibly none). A query is an immutable value, safe to share and evaluate concurrently.
public struct JSONPathQuery: Sendable, CustomStringConvertible {
    public let text: String
    let query: PathQuery

    /// Parses and type-checks `text`; an invalid or ill-typed query throws, pointing at the problem.
    public init(_ text: String) throws(JSONPathSyntaxError) {
        var parser = JSONPathParser(text)
        self.query = try parser.parseQuery()
        self.text = text
    }

    /// Whether the query selects at most one node whatever the document (names and indexes only).
    public var isSingular: Bool { query.singular != nil }

    /// The nodes `root` selects, in the RFC's order, each with its normalized path.
    public func evaluate(_ root: JSONValue) -> [JSONPathNode] {
        QueryEvaluator(root: root).select(query, current: root, trackingPaths: true).map {
            JSONPathNode(value: $0.value, path: NormalizedPath(last: $0.path))
        }
    }

    /// The values `root` selects, without building paths: for captures and assertions.
    public func values(in root: JSONValue) -> [JSONValue] {
        QueryEvaluator(root: root).select(query, current: root, trackingPaths: false).map(\.value)
    }

    public var description: String { text }
}

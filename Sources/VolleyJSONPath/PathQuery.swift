/// A parsed query: `$` or `@` followed by segments (RFC 9535 §2.1).
struct PathQuery: Sendable {
    /// `$` (the document root) rather than `@` (the filter's current node).
    var isAbsolute: Bool
    var segments: [Segment]
    /// The same query as a chain of single names and indexes, when it is one (§2.3.5.1).
    /// Only singular queries may be compared, and they evaluate without building node lists.
    var singular: SingularQuery?

    init(isAbsolute: Bool, segments: [Segment]) {
        self.isAbsolute = isAbsolute
        self.segments = segments
        self.singular = SingularQuery(isAbsolute: isAbsolute, segments: segments)
    }
}

/// A child segment `[…]` / `.name`, or a descendant segment `..[…]` / `..name`.
struct Segment: Sendable {
    var isDescendant: Bool
    var selectors: [Selector]
}

/// One selector inside a segment (RFC 9535 §2.3).
enum Selector: Sendable {
    case name(String)
    case wildcard
    case index(Int)
    case slice(start: Int?, end: Int?, step: Int?)
    case filter(LogicalExpression)
}

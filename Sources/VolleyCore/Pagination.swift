/// `paginate:` on a request: send it again with the cursor each response gives, until a response
/// gives none or `maxPages` pages were sent. Each page is one execution of its own.
///
/// A class, immutable: every request carries an optional one and is copied several times per
/// send, so it costs one pointer there rather than its whole size.
public final class Pagination: Sendable, Hashable {
    /// Where a response's next cursor is: any capture source (a header, JSONPath, a regex).
    public let next: Capture.Source
    public let target: Target
    /// Required, so a server that always answers with a cursor cannot run the loop (and the bill) away.
    public let maxPages: Int
    public let location: SourceLocation

    public enum Target: Sendable, Hashable {
        /// The cursor goes into this query parameter (replacing one of that name).
        case query(String)
        /// The cursor becomes this variable, for the request's own `{{name}}` placeholders.
        case variable(String)
    }

    public init(next: Capture.Source, target: Target, maxPages: Int, location: SourceLocation) {
        self.next = next
        self.target = target
        self.maxPages = maxPages
        self.location = location
    }

    /// The cursor read as a capture, so taking it reuses the capture machinery and its messages.
    public var cursorCapture: Capture {
        let name: String
        switch target {
        case .query(let parameter): name = parameter
        case .variable(let variable): name = variable
        }
        return Capture(name: name, source: next, location: location)
    }

    public static func == (lhs: Pagination, rhs: Pagination) -> Bool {
        lhs.next == rhs.next && lhs.target == rhs.target && lhs.maxPages == rhs.maxPages && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(next)
        hasher.combine(target)
        hasher.combine(maxPages)
        hasher.combine(location)
    }
}

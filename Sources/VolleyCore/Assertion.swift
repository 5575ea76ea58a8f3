/// One check in a request's `expect:` block, with where it was written so a failure points at it.
public struct Assertion: Sendable, Hashable {
    public var subject: Subject
    public var predicate: Predicate
    public var location: SourceLocation

    public init(subject: Subject, predicate: Predicate, location: SourceLocation) {
        self.subject = subject
        self.predicate = predicate
        self.location = location
    }

    public enum Subject: Sendable, Hashable, CustomStringConvertible {
        /// The status code; `2xx` classes are parsed into a predicate on the number.
        case status
        /// Total time of the exchange, in milliseconds.
        case duration
        case header(String)
        /// A JSONPath (RFC 9535) into the response body.
        case json(String)
        case body

        public var description: String {
            switch self {
            case .status: "status"
            case .duration: "duration"
            case .header(let name): "header \(name)"
            case .json(let path): "json \(path)"
            case .body: "body"
            }
        }
    }
}

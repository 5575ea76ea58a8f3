/// A value taken from a response into a variable for later requests.
public struct Capture: Sendable, Hashable {
    public var name: String
    public var source: Source
    /// A captured secret (a token, say) is redacted in every output like a keyring secret.
    public var isSecret: Bool
    public var location: SourceLocation

    public init(name: String, source: Source, isSecret: Bool = false, location: SourceLocation) {
        self.name = name
        self.source = source
        self.isSecret = isSecret
        self.location = location
    }

    public enum Source: Sendable, Hashable, CustomStringConvertible {
        case json(CompiledQuery)
        case header(String)
        /// The first capture group of a regular expression over the body (the whole match without a group).
        case regex(CompiledPattern)
        case status
        /// The value of a cookie the response sets.
        case cookie(String)

        public var description: String {
            switch self {
            case .json(let path): "json \(path)"
            case .header(let name): "header \(name)"
            case .regex(let pattern): "regex \(pattern)"
            case .status: "status"
            case .cookie(let name): "cookie \(name)"
            }
        }
    }
}

/// One rate limit of one host: the host, lowercased, and the limit's name (nil: the host's only one).
public struct QuotaKey: Sendable, Hashable {
    public var host: String
    public var limit: String?

    public init(host: String, limit: String?) {
        self.host = host.lowercased()
        self.limit = limit
    }

    /// For a host already lowercased (as `URLHost` gives it): this runs for every request.
    public init(lowercasedHost: String, limit: String?) {
        self.host = lowercasedHost
        self.limit = limit
    }
}

/// A request's own HTTP options, over the run's (Postman's `protocolProfileBehavior` and its
/// defaults); nil fields keep what the command line and the run set.
public struct TransportOverrides: Sendable, Hashable {
    public var followRedirects: Bool?
    public var maxRedirects: Int?
    /// Keep the method (and body) across 301, 302 and 303 (Postman's `followOriginalHttpMethod`).
    public var redirectsKeepMethod: Bool?
    /// False skips TLS certificate and host checks for this request (Postman's `strictSSL: false`).
    public var verifyTLS: Bool?
    /// Ask for compressed responses and decode them (Postman does, always).
    public var decodeCompressed: Bool?

    public init(
        followRedirects: Bool? = nil, maxRedirects: Int? = nil, redirectsKeepMethod: Bool? = nil, verifyTLS: Bool? = nil,
        decodeCompressed: Bool? = nil
    ) {
        self.followRedirects = followRedirects
        self.redirectsKeepMethod = redirectsKeepMethod
        self.maxRedirects = maxRedirects
        self.verifyTLS = verifyTLS
        self.decodeCompressed = decodeCompressed
    }

    public var isEmpty: Bool { self == TransportOverrides() }
}

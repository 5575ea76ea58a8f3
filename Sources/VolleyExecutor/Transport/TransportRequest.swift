import VolleyCore

/// A plain HTTP request for the transport: no templates, no YAML, no assertions.
public struct TransportRequest: Sendable, Hashable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// How this request is sent: limits, redirects, TLS, HTTP version, proxy.
    public var settings: TransportSettings
    /// Lowercased names of the headers that carry a credential (rendered from `auth:` or from a
    /// secret): a redirect to another scheme, host or port drops them unless `trustRedirects`.
    public var credentialHeaders: Set<String>

    public init(
        method: String, url: String, headers: [HTTPHeader] = [], body: [UInt8] = [],
        settings: TransportSettings = TransportSettings(), credentialHeaders: Set<String> = []
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.settings = settings
        self.credentialHeaders = credentialHeaders
    }
}

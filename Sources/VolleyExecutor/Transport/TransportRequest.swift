import VolleyCore

/// A plain HTTP request for the transport: no templates, no YAML, no assertions.
public struct TransportRequest: Sendable, Hashable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    public var options: TransportOptions
    /// Lowercased names of the headers that carry a credential (rendered from `auth:` or from a
    /// secret): a redirect to another scheme, host or port drops them unless `trustRedirects`.
    public var credentialHeaders: Set<String>

    public init(
        method: String, url: String, headers: [HTTPHeader] = [], body: [UInt8] = [],
        options: TransportOptions = TransportOptions(), credentialHeaders: Set<String> = []
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.options = options
        self.credentialHeaders = credentialHeaders
    }
}

/// Connection-level settings, the same names curl's command line uses.
public struct TransportOptions: Sendable, Hashable {
    /// Whole-exchange limit (`--max-time`).
    public var timeout: Duration
    /// True when `timeout` was typed on the command line (`--timeout`): it then beats a request's
    /// own `timeout:`, which otherwise beats it.
    public var timeoutIsExplicit = false
    public var connectTimeout: Duration
    /// Skip TLS certificate and host checks (`--insecure`).
    public var insecure: Bool
    /// Follow redirects (`--location`), at most `maxRedirects`.
    public var followRedirects: Bool
    public var maxRedirects: Int
    /// Send credential headers to the hosts redirects lead to as well (`--location-trusted`).
    public var trustRedirects: Bool
    /// The largest response body kept (`--max-filesize`); bodies live in memory for assertions.
    public var maxBodyBytes: Int

    public init(
        timeout: Duration = .seconds(30), connectTimeout: Duration = .seconds(10),
        insecure: Bool = false, followRedirects: Bool = false, maxRedirects: Int = 10,
        trustRedirects: Bool = false, maxBodyBytes: Int = 100 * 1024 * 1024
    ) {
        self.trustRedirects = trustRedirects
        self.maxBodyBytes = maxBodyBytes
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.insecure = insecure
        self.followRedirects = followRedirects
        self.maxRedirects = maxRedirects
    }
}

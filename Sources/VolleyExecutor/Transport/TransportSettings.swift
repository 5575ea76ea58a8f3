import VolleyCore

/// How one request is sent, passed with each request rather than fixed when a transport is made:
/// one transport serves requests with different limits, TLS files, HTTP versions and proxies.
/// The names are those of curl's command line. Cookies are not here on purpose: a cookie jar is
/// state shared by the requests of a run, not a setting of one request.
public struct TransportSettings: Sendable, Hashable {
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
    /// Certificate authority and client certificate files; nil fields keep libcurl's defaults.
    public var tls: TLSFiles
    /// The HTTP version to ask for; `.automatic` leaves the choice to libcurl.
    public var httpVersion: HTTPVersionPreference
    /// A proxy URL (`http://proxy:3128`, `socks5h://…`); nil leaves libcurl's default, which
    /// reads the environment's `http_proxy`, `https_proxy` and `no_proxy`.
    public var proxy: String?
    /// Ask for compressed responses and decode them (curl's `--compressed`): what Postman does.
    public var decodeCompressed = false

    public init(
        timeout: Duration = .seconds(30), connectTimeout: Duration = .seconds(10),
        insecure: Bool = false, followRedirects: Bool = false, maxRedirects: Int = 10,
        trustRedirects: Bool = false, maxBodyBytes: Int = 100 * 1024 * 1024,
        tls: TLSFiles = TLSFiles(), httpVersion: HTTPVersionPreference = .automatic, proxy: String? = nil
    ) {
        self.trustRedirects = trustRedirects
        self.maxBodyBytes = maxBodyBytes
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.insecure = insecure
        self.followRedirects = followRedirects
        self.maxRedirects = maxRedirects
        self.tls = tls
        self.httpVersion = httpVersion
        self.proxy = proxy
    }
}

/// PEM files for TLS (`--cacert`, `--cert`, `--key`).
public struct TLSFiles: Sendable, Hashable {
    public var certificateAuthority: String?
    public var clientCertificate: String?
    public var clientKey: String?

    public init(certificateAuthority: String? = nil, clientCertificate: String? = nil, clientKey: String? = nil) {
        self.certificateAuthority = certificateAuthority
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
    }
}

/// Which HTTP version a request asks for (`--http1.0`, `--http1.1`, `--http2`).
public enum HTTPVersionPreference: Sendable, Hashable {
    case automatic
    case http1_0
    case http1_1
    /// HTTP/2 over TLS when the server agrees, else HTTP/1.1.
    case http2
}

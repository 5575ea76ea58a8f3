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
    /// A POST answered 301, 302 or 303 is sent on as a POST with its body, not as a GET
    /// (`redirects_keep_method:`, Postman's `followOriginalHttpMethod`).
    public var redirectsKeepMethod = false
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
    /// Hosts reached without the proxy (`--noproxy`, `no_proxy:`): curl's comma-separated list of
    /// names, domains (`example.com` covers its subdomains), addresses and CIDR ranges, `*` for
    /// every host, `""` for none. nil leaves libcurl's default, the `no_proxy` / `NO_PROXY` variable.
    public var noProxy: String?
    /// Send the run's cookies and keep what responses set (`cookies: false` turns it off).
    public var cookies = true
    /// Ask for compressed responses (`--compressed`): `Accept-Encoding` with every encoding
    /// libcurl decodes. A compressed response is decoded either way.
    public var compressed = false
    /// Where names resolve and where connections go, as curl's `--resolve HOST:PORT:ADDR`,
    /// `--connect-to HOST:PORT:HOST2:PORT2`, `-4`/`-6` and `--unix-socket PATH`.
    public var network = NetworkRoutes()
    /// The `User-Agent` sent (`-A`, `user_agent:`); nil for `volley/VERSION`.
    public var userAgent: String?
    /// Headers the command line adds to every request (`-H`); a request's own header of the
    /// same name gives way to it, as curl's `-H` replaces the header it names.
    public var extraHeaders: [HTTPHeader] = []
    /// Read the server's certificate (`expect: certificate:`). On a new connection only: libcurl
    /// sees a certificate at the handshake, so such a request does not reuse one.
    public var certificateInfo = false
    /// HTTP Digest or NTLM credentials (`auth: { digest: … }`, `auth: { ntlm: … }`): libcurl
    /// answers the server's challenge with them. Never printed; the password is a secret the
    /// redactor knows.
    public var challengeAuth: ChallengeCredentials?
    /// AWS Signature Version 4 (`auth: { aws_sigv4: … }`), which libcurl computes per transfer.
    public var awsSigV4: AWSSigV4Credentials?
    /// Keep libcurl's trace of each transfer (`-vv`), shown under the request.
    public var trace = false
    /// Record the request headers libcurl really wrote (its `Host`, `Accept`, `Content-Length`,
    /// cookies) as the result's sent headers; without it they are the headers Volley asked for.
    /// Costs a debug callback per transfer, so the run turns it off when neither `-v` nor a
    /// report shows them.
    public var recordSentHeaders = true
    /// Keep the body as it came over the wire, before libcurl undoes its `Content-Encoding`
    /// (`expect: bytes:` checks those bytes): read from libcurl's debug callback, so only when asked.
    public var keepEncodedBody = false

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

/// A user name and password that libcurl answers a server's challenge with.
public struct ChallengeCredentials: Sendable, Hashable {
    public enum Scheme: Sendable, Hashable {
        /// HTTP Digest (RFC 7616).
        case digest
        /// NTLM: a three-message handshake on one connection; the user name may be `DOMAIN\user`.
        case ntlm
    }

    public var scheme: Scheme
    public var username: String
    public var password: String

    public init(_ scheme: Scheme = .digest, username: String, password: String) {
        self.scheme = scheme
        self.username = username
        self.password = password
    }
}

/// What libcurl signs an AWS request with: `aws:amz:REGION:SERVICE` and the key pair.
public struct AWSSigV4Credentials: Sendable, Hashable {
    public var region: String
    public var service: String
    public var accessKey: String
    public var secretKey: String

    public init(region: String, service: String, accessKey: String, secretKey: String) {
        self.region = region
        self.service = service
        self.accessKey = accessKey
        self.secretKey = secretKey
    }

    /// `CURLOPT_AWS_SIGV4`'s provider string.
    var provider: String { "aws:amz:\(region):\(service)" }
}

/// PEM files for TLS (`--cacert`, `--cert`, `--key`).
public struct TLSFiles: Sendable, Hashable {
    public var certificateAuthority: String?
    /// A directory of CA certificates named by their hash (`SSL_CERT_DIR`, libcurl's CAPATH),
    /// trusted besides the CA file.
    public var certificateDirectory: String?
    public var clientCertificate: String?
    public var clientKey: String?
    /// The client key's passphrase (`key_password:`, from a secret); never printed.
    public var keyPassword: String?

    public init(
        certificateAuthority: String? = nil, clientCertificate: String? = nil, clientKey: String? = nil,
        keyPassword: String? = nil, certificateDirectory: String? = nil
    ) {
        self.certificateAuthority = certificateAuthority
        self.certificateDirectory = certificateDirectory
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
        self.keyPassword = keyPassword
    }
}

/// Which HTTP version a request asks for (`--http1.0`, `--http1.1`, `--http2`,
/// `--http2-prior-knowledge`, `--http3`).
public enum HTTPVersionPreference: Sendable, Hashable {
    case automatic
    case http1_0
    case http1_1
    /// HTTP/2 over TLS when the server agrees, else HTTP/1.1.
    case http2
    /// HTTP/2 from the first byte, over cleartext too (h2c).
    case http2PriorKnowledge
    case http3

    public init(_ version: HTTPVersion) {
        switch version {
        case .http1_0: self = .http1_0
        case .http1_1: self = .http1_1
        case .http2: self = .http2
        case .http2PriorKnowledge: self = .http2PriorKnowledge
        case .http3: self = .http3
        }
    }

    /// Whether this libcurl can speak HTTP/3 (Debian 12's cannot: it is built without QUIC).
    public static var http3Available: Bool { CurlGlobal.features.contains("HTTP3") }
}

/// Name resolution and connection routing, curl's flags of the same names.
public struct NetworkRoutes: Sendable, Hashable {
    /// `HOST:PORT:ADDR[,ADDR]` entries (`--resolve`).
    public var resolve: [String] = []
    /// `HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT` entries (`--connect-to`).
    public var connectTo: [String] = []
    public var ipVersion: IPVersion = .any
    /// A Unix domain socket to connect to instead of TCP (`--unix-socket`).
    public var unixSocket: String?

    public enum IPVersion: Sendable, Hashable {
        case any, v4, v6
    }

    public init() {}

    public var isDefault: Bool { self == NetworkRoutes() }
}

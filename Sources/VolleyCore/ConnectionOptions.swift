/// How one request asks to be sent, written on the request itself (`http_version:`,
/// `follow_redirects:`, `proxy:`, `tls:` ...). Every field is optional: nil keeps what the
/// command line (or the built-in default) says. Kept apart from `RequestSpec`'s other fields and
/// optional there, so a request that sets none of them costs one nil when it is copied.
public struct ConnectionOptions: Sendable, Hashable {
    public var httpVersion: HTTPVersion?
    public var followRedirects: Bool?
    public var maxRedirects: Int?
    /// `redirects_keep_method: true`: a POST answered 301, 302 or 303 is sent on as a POST, body
    /// and all (Postman's `followOriginalHttpMethod`), not turned into a GET.
    public var redirectsKeepMethod: Bool?
    /// `compressed: true` asks for every encoding libcurl can decode (`Accept-Encoding`).
    public var compressed: Bool?
    /// `cookies: false` neither sends the run's cookies nor stores what this response sets.
    public var cookies: Bool?
    public var proxy: Template?
    /// `no_proxy:` hosts reached without the proxy, curl's comma-separated list.
    public var noProxy: Template?
    public var userAgent: Template?
    public var tls: TLSPaths?
    /// Where `http_version:` was written, for the error when libcurl cannot speak it.
    public var httpVersionLocation: SourceLocation?

    public init() {}

    /// Whether nothing is set, so the request can keep a nil instead.
    public var isEmpty: Bool { self == ConnectionOptions() }
}

/// `tls: { ca: FILE, cert: FILE, key: FILE, key_password: "{{secret}}" }`: PEM files, their paths
/// already joined to the collection's folder.
public struct TLSPaths: Sendable, Hashable {
    public var certificateAuthority: String?
    public var clientCertificate: String?
    public var clientKey: String?
    /// The client key's passphrase; a template so it can read a secret.
    public var keyPassword: Template?

    public init(
        certificateAuthority: String? = nil, clientCertificate: String? = nil, clientKey: String? = nil,
        keyPassword: Template? = nil
    ) {
        self.certificateAuthority = certificateAuthority
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
        self.keyPassword = keyPassword
    }
}

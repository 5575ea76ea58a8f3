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

    /// `outer` (a collection's or folder's `defaults:`) with each key `nearer` sets taken from it
    /// instead; nil when neither sets anything, so a request without such keys stays cheap.
    public static func layered(_ outer: ConnectionOptions?, under nearer: ConnectionOptions?) -> ConnectionOptions? {
        guard let outer else { return nearer }
        guard let nearer else { return outer }
        var merged = outer
        if let version = nearer.httpVersion {
            merged.httpVersion = version
            merged.httpVersionLocation = nearer.httpVersionLocation
        }
        merged.followRedirects = nearer.followRedirects ?? outer.followRedirects
        merged.maxRedirects = nearer.maxRedirects ?? outer.maxRedirects
        merged.redirectsKeepMethod = nearer.redirectsKeepMethod ?? outer.redirectsKeepMethod
        merged.compressed = nearer.compressed ?? outer.compressed
        merged.cookies = nearer.cookies ?? outer.cookies
        merged.proxy = nearer.proxy ?? outer.proxy
        merged.noProxy = nearer.noProxy ?? outer.noProxy
        merged.userAgent = nearer.userAgent ?? outer.userAgent
        merged.tls = TLSPaths.layered(outer.tls, under: nearer.tls)
        return merged
    }
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

    /// File by file: a request's `tls: { ca: }` keeps the client certificate its defaults name.
    static func layered(_ outer: TLSPaths?, under nearer: TLSPaths?) -> TLSPaths? {
        guard let outer else { return nearer }
        guard let nearer else { return outer }
        return TLSPaths(
            certificateAuthority: nearer.certificateAuthority ?? outer.certificateAuthority,
            clientCertificate: nearer.clientCertificate ?? outer.clientCertificate,
            clientKey: nearer.clientKey ?? outer.clientKey,
            keyPassword: nearer.keyPassword ?? outer.keyPassword)
    }
}

/// Settings a collection or folder hands down to every request below it.
/// A nearer level wins: request over folder over collection; headers merge by name.
public struct RequestDefaults: Sendable, Hashable {
    public var headers: [KeyValueTemplate]
    public var query: [KeyValueTemplate]
    public var timeout: Duration?
    public var auth: AuthSpec?
    public var retry: RetrySettings?
    /// Client-side pacing for every request below (`rate: 18/s`); a nearer level replaces it.
    public var rate: RateSpec?
    /// `idempotent: true` allows retrying non-idempotent methods (a search by POST, say).
    public var idempotent: Bool?
    /// `quota_group:`: the rate limit the requests below count against (default: the host's).
    public var quotaGroup: String?
    /// How the requests below are sent (`http_version:`, `proxy:`, `tls:` ... in `defaults:`);
    /// a nearer level's key wins, key by key (and `tls:` file by file).
    public var connection: ConnectionOptions?
    public var location: SourceLocation?

    public init(
        headers: [KeyValueTemplate] = [], query: [KeyValueTemplate] = [],
        timeout: Duration? = nil, auth: AuthSpec? = nil, retry: RetrySettings? = nil,
        rate: RateSpec? = nil, idempotent: Bool? = nil, quotaGroup: String? = nil,
        location: SourceLocation? = nil, connection: ConnectionOptions? = nil
    ) {
        self.headers = headers
        self.query = query
        self.timeout = timeout
        self.auth = auth
        self.retry = retry
        self.rate = rate
        self.idempotent = idempotent
        self.quotaGroup = quotaGroup
        self.location = location
        self.connection = connection
    }

    /// These defaults with `nearer` layered on top.
    public func overlaid(with nearer: RequestDefaults) -> RequestDefaults {
        RequestDefaults(
            headers: Self.merge(headers, nearer.headers, caseInsensitive: true),
            query: Self.merge(query, nearer.query, caseInsensitive: false),
            timeout: nearer.timeout ?? timeout,
            auth: nearer.auth ?? auth,
            retry: (retry ?? RetrySettings()).overlaid(with: nearer.retry),
            rate: nearer.rate ?? rate,
            idempotent: nearer.idempotent ?? idempotent,
            quotaGroup: nearer.quotaGroup ?? quotaGroup,
            location: nearer.location ?? location,
            connection: ConnectionOptions.layered(connection, under: nearer.connection))
    }

    /// `base` with every name in `nearer` replaced by the nearer value, new names appended.
    public static func merge(
        _ base: [KeyValueTemplate], _ nearer: [KeyValueTemplate], caseInsensitive: Bool
    ) -> [KeyValueTemplate] {
        func key(_ name: String) -> String { caseInsensitive ? name.lowercased() : name }
        let overridden = Set(nearer.map { key($0.name) })
        return base.filter { !overridden.contains(key($0.name)) } + nearer
    }
}

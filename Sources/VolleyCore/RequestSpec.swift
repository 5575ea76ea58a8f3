/// One request as written in a collection, before templating.
public struct RequestSpec: Sendable, Hashable {
    public var name: String
    public var method: String
    public var url: Template
    public var query: [KeyValueTemplate]
    public var headers: [KeyValueTemplate]
    public var body: RequestBody?
    public var timeout: Duration?
    public var auth: AuthSpec?
    public var retry: RetrySettings?
    /// Set from the request itself or inherited; the rate is inherited only (a folder or collection setting).
    public var idempotent: Bool?
    public var rate: RateSpec?
    /// Which of a host's rate limits this request counts against (`quota_group:`); nil means the
    /// host's one limit, unless the server names the policy.
    public var quotaGroup: String?
    public var paginate: Pagination?
    public var assertions: [Assertion]
    public var captures: [Capture]
    /// `retry_until:`: polls while the assertions fail; nil for a request checked once.
    public var retryUntil: RetryUntil?
    /// `output:`: where the response body is written, as received (a path relative to the
    /// working directory, as curl's `-o`).
    public var outputPath: String?
    /// The request's own `scripts:` (the collection's and folders' are added when it is planned).
    public var scripts: [Script] = []
    /// The request's own redirect and TLS options (a Postman request's `protocolProfileBehavior`).
    public var transport = TransportOverrides()
    /// How this request asks to be sent (`http_version:`, `proxy:`, `tls:` ...); nil when it
    /// writes none of those keys.
    public var connection: ConnectionOptions?
    /// Where `- name:` was written; the request's own position in reports.
    public var location: SourceLocation
    /// The request's own header that took the place of inherited `auth:` (set by `applying`),
    /// so `validate` can say so at the header.
    public var ownHeaderOverridingAuth: KeyValueTemplate? {
        authOverridingHeader.map { headers[$0] }
    }
    /// Its index in `headers`: an index, not a copy, because request specs are copied on every
    /// request and an inline header would make each copy larger.
    private var authOverridingHeader: Int?

    public init(
        name: String, method: String = "GET", url: Template, query: [KeyValueTemplate] = [],
        headers: [KeyValueTemplate] = [], body: RequestBody? = nil, timeout: Duration? = nil,
        auth: AuthSpec? = nil, retry: RetrySettings? = nil, idempotent: Bool? = nil, rate: RateSpec? = nil,
        quotaGroup: String? = nil, paginate: Pagination? = nil,
        assertions: [Assertion] = [], captures: [Capture] = [], location: SourceLocation
    ) {
        self.name = name
        self.method = method
        self.url = url
        self.query = query
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.auth = auth
        self.retry = retry
        self.idempotent = idempotent
        self.rate = rate
        self.quotaGroup = quotaGroup
        self.paginate = paginate
        self.assertions = assertions
        self.captures = captures
        self.location = location
    }

    /// This request with inherited defaults applied (its own values win).
    public func applying(_ defaults: RequestDefaults) -> RequestSpec {
        var copy = self
        copy.headers = RequestDefaults.merge(defaults.headers, headers, caseInsensitive: true)
        copy.query = RequestDefaults.merge(defaults.query, query, caseInsensitive: false)
        copy.timeout = timeout ?? defaults.timeout
        copy.auth = auth ?? defaults.auth
        if auth == nil, let name = defaults.auth?.headerName,
            headers.contains(where: { $0.name.caseInsensitiveEquals(name) }),
            let merged = copy.headers.lastIndex(where: { $0.name.caseInsensitiveEquals(name) })
        {
            // A header written on the request itself is deliberate (a wrong key, to test a 401):
            // it beats the credential a folder or the collection hands down.
            copy.auth = nil
            copy.authOverridingHeader = merged
        }
        copy.retry = (defaults.retry ?? RetrySettings()).overlaid(with: retry)
        copy.idempotent = idempotent ?? defaults.idempotent
        copy.rate = rate ?? defaults.rate
        copy.quotaGroup = quotaGroup ?? defaults.quotaGroup
        copy.connection = ConnectionOptions.layered(defaults.connection, under: connection)
        return copy
    }
}

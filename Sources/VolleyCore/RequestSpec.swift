/// One request as written in a collection, before templating.
public struct RequestSpec: Sendable, Hashable {
    public var name: String
    public var method: String
    public var url: Template
    public var query: [KeyValueTemplate]
    public var headers: [KeyValueTemplate]
    public var body: RequestBody?
    public var timeout: Duration?
    public var assertions: [Assertion]
    public var captures: [Capture]
    /// Where `- name:` was written; the request's own position in reports.
    public var location: SourceLocation

    public init(
        name: String, method: String = "GET", url: Template, query: [KeyValueTemplate] = [],
        headers: [KeyValueTemplate] = [], body: RequestBody? = nil, timeout: Duration? = nil,
        assertions: [Assertion] = [], captures: [Capture] = [], location: SourceLocation
    ) {
        self.name = name
        self.method = method
        self.url = url
        self.query = query
        self.headers = headers
        self.body = body
        self.timeout = timeout
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
        return copy
    }
}

/// One HTTP request exactly as a `ScenarioServer` received it, body fully aggregated.
///
/// Tests assert on what the client really sent, so headers keep their received
/// order, spelling and duplicates; `header(_:)` gives the usual case-insensitive lookup.
public struct RecordedRequest: Sendable {
    public var method: String
    /// The request target as sent, e.g. `/search?q=a%20b`.
    public var uri: String
    /// `uri` up to the `?`, still percent-encoded, so tests see the bytes on the wire.
    public var path: String
    /// Query parameters, percent-decoded (`+` as space); the last value wins for a repeated name.
    public var query: [String: String]
    /// Query parameters in order, repeats kept.
    public var queryItems: [(name: String, value: String)]
    /// e.g. `HTTP/1.1`.
    public var version: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// 1-based number of the TCP connection the request arrived on, in accept order.
    public var connectionID: Int

    public init(
        method: String,
        uri: String,
        version: String = "HTTP/1.1",
        headers: [(name: String, value: String)] = [],
        body: [UInt8] = [],
        connectionID: Int = 0
    ) {
        self.method = method
        self.uri = uri
        self.version = version
        self.headers = headers
        self.body = body
        self.connectionID = connectionID
        let target = QueryString.split(uri)
        self.path = target.path
        self.queryItems = QueryString.decode(target.query)
        self.query = Dictionary(queryItems.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The body decoded as UTF-8 (invalid bytes become U+FFFD).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Every value of a header, in received order.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }
}

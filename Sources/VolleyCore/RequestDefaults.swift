/// Settings a collection or folder hands down to every request below it.
/// A nearer level wins: request over folder over collection; headers merge by name.
public struct RequestDefaults: Sendable, Hashable {
    public var headers: [KeyValueTemplate]
    public var query: [KeyValueTemplate]
    public var timeout: Duration?
    public var location: SourceLocation?

    public init(
        headers: [KeyValueTemplate] = [], query: [KeyValueTemplate] = [],
        timeout: Duration? = nil, location: SourceLocation? = nil
    ) {
        self.headers = headers
        self.query = query
        self.timeout = timeout
        self.location = location
    }

    /// These defaults with `nearer` layered on top.
    public func overlaid(with nearer: RequestDefaults) -> RequestDefaults {
        RequestDefaults(
            headers: Self.merge(headers, nearer.headers, caseInsensitive: true),
            query: Self.merge(query, nearer.query, caseInsensitive: false),
            timeout: nearer.timeout ?? timeout,
            location: nearer.location ?? location)
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

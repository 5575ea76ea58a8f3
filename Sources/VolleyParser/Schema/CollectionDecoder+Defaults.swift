import VolleyCore

extension CollectionDecoder {
    static let defaultsKeys = ["headers", "query", "timeout"]

    /// `defaults:` of the collection or a folder: what every request below inherits.
    mutating func decodeDefaults(_ node: YAMLNode) -> RequestDefaults {
        guard let fields = fields(node, "'defaults'", allowed: Self.defaultsKeys) else { return RequestDefaults() }
        return RequestDefaults(
            headers: fields["headers"].map { keyValues($0, .header) } ?? [],
            query: fields["query"].map { keyValues($0, .query) } ?? [],
            timeout: fields["timeout"].flatMap { duration($0, "'timeout'") },
            location: node.location)
    }
}

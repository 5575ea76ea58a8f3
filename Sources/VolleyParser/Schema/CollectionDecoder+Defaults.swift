import VolleyCore

extension CollectionDecoder {
    static let defaultsKeys = ["headers", "query", "timeout"] + settingKeys + connectionKeys

    /// What every request below a collection or folder inherits: its `defaults:` map and the
    /// settings written beside it. One setting written in both places is an error at the
    /// later one, rather than a rule about which wins that a reader must know.
    mutating func decodeDefaults(of level: MappingFields) -> RequestDefaults {
        var defaults = RequestDefaults()
        var inner: MappingFields?
        if let node = level["defaults"] {
            inner = fields(node, "'defaults'", allowed: Self.defaultsKeys)
        }
        if let inner {
            defaults = RequestDefaults(
                headers: inner["headers"].map { keyValues($0, .header) } ?? [],
                query: inner["query"].map { keyValues($0, .query) } ?? [],
                timeout: inner["timeout"].flatMap { duration($0, "'timeout'") },
                location: inner.node.location)
            decodeSettings(inner, into: &defaults)
            defaults.connection = decodeConnection(inner)
        }
        for name in Self.settingKeys {
            guard let beside = level.entry(name), let within = inner?.entry(name) else { continue }
            let (first, second) = beside.key.location < within.key.location ? (beside, within) : (within, beside)
            error(
                "duplicate '\(name)' at this level (first set on line \(first.key.location.line); "
                    + "write it either in 'defaults' or beside it)",
                at: second.key.location)
        }
        decodeSettings(level, into: &defaults)
        return defaults
    }
}

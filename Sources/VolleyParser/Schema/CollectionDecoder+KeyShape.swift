import VolleyCore

extension CollectionDecoder {
    /// `key_shape: { apikey: "^[A-Za-z0-9]{32}$" }`: the shape each named key must have. A key
    /// pasted wrong (half of it, a trailing quote) is then warned about before the first paid
    /// request. Each pattern is located at itself, where the warning points.
    mutating func decodeKeyShapes(_ node: YAMLNode) -> [String: Located<String>] {
        guard let pairs = pairs(node, "'key_shape'") else { return [:] }
        var shapes: [String: Located<String>] = [:]
        for pair in pairs {
            guard let name = variableName(pair.key, context: " in 'key_shape'") else { continue }
            guard let pattern = scalarText(pair.value, "key_shape '\(name)'", expected: "a regular expression"),
                compileRegex(pattern, of: pair.value) != nil
            else { continue }
            shapes[name] = Located(pattern, at: pair.value.location)
        }
        return shapes
    }
}

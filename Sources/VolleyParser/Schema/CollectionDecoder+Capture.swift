import VolleyCore

extension CollectionDecoder {
    static let captureSources = ["json", "header", "regex", "status"]
    static let captureKeys = captureSources + ["secret"]

    /// `capture:` maps a variable name to where its value comes from: exactly one of
    /// `json: PATH`, `header: NAME`, `regex: PATTERN` or `status: true`, plus an optional `secret: true`.
    mutating func decodeCaptures(_ node: YAMLNode) -> [Capture] {
        guard let pairs = pairs(node, "'capture'") else { return [] }
        var captures: [Capture] = []
        for pair in pairs {
            guard let name = keyName(pair.key) else { continue }
            if !Template.isValidVariableName(name) {
                error("invalid capture name '\(name)' (use letters, digits, '_', '-', '.')", at: pair.key.location)
            }
            guard pair.value.mapping != nil else {
                error(
                    "capture '\(name)' must be a map like { json: \"$.id\" }, found \(pair.value.foundDescription)",
                    at: pair.value.location)
                continue
            }
            guard let fields = fields(pair.value, "capture '\(name)'", allowed: Self.captureKeys) else { continue }
            let isSecret = fields["secret"].flatMap { bool($0, "'secret'") } ?? false
            if let source = captureSource(of: fields, "capture '\(name)'"), Template.isValidVariableName(name) {
                captures.append(Capture(name: name, source: source, isSecret: isSecret, location: pair.key.location))
            }
        }
        return captures
    }

    /// The one source among `fields` (`what` names the map in messages); nil after an error.
    mutating func captureSource(of fields: MappingFields, _ what: String) -> Capture.Source? {
        let sources = fields.entries.filter { Self.captureSources.contains($0.name) }
        guard let first = sources.first else {
            error("\(what) needs one of 'json', 'header', 'regex' or 'status'", at: fields.node.location)
            return nil
        }
        for extra in sources.dropFirst() {
            error(
                "\(what) has both '\(first.name)' and '\(extra.name)' "
                    + "(use exactly one of 'json', 'header', 'regex' or 'status')",
                at: extra.key.location)
        }
        guard let source = captureSource(first), sources.count == 1 else { return nil }
        return source
    }

    private mutating func captureSource(_ entry: MappingFields.Entry) -> Capture.Source? {
        let node = entry.value
        switch entry.name {
        case "json":
            guard let path = string(node, "'json'"), checkJSONPath(path, of: node) else { return nil }
            return .json(path)
        case "header":
            guard let name = string(node, "'header'"), checkToken(name, of: node, "header name") else { return nil }
            return .header(name)
        case "regex":
            guard let pattern = string(node, "'regex'"), checkRegex(pattern, of: node) else { return nil }
            return .regex(pattern)
        default:  // "status"
            guard let flag = bool(node, "'status'") else { return nil }
            guard flag else {
                error("'status' in a capture must be true (it captures the status code)", at: node.location)
                return nil
            }
            return .status
        }
    }
}

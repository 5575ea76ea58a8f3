import VolleyCore

extension CollectionDecoder {
    static let captureSources = ["json", "header", "regex", "status", "cookie"]
    static let captureKeys = captureSources + ["secret"]

    /// `capture:` maps a variable name to where its value comes from: exactly one of
    /// `json: PATH`, `header: NAME`, `regex: PATTERN` or `status: true`, plus an optional `secret: true`.
    mutating func decodeCaptures(_ node: YAMLNode) -> [Capture] {
        guard let pairs = pairs(node, "'capture'") else { return [] }
        var captures: [Capture] = []
        for pair in pairs {
            guard let name = keyName(pair.key) else { continue }
            // Reported, but the capture is still read: its other mistakes are worth knowing too.
            let validName = checkVariableName(name, kind: "capture", at: pair.key.location)
            guard
                let fields = fields(
                    pair.value, "capture '\(name)'", expected: "a map like { json: \"$.id\" }", allowed: Self.captureKeys)
            else { continue }
            let isSecret = fields["secret"].flatMap { bool($0, "'secret'") } ?? false
            if let source = captureSource(of: fields, "capture '\(name)'"), validName {
                captures.append(Capture(name: name, source: source, isSecret: isSecret, location: pair.key.location))
            }
        }
        return captures
    }

    /// The one source among `fields` (`what` names the map in messages); nil after an error.
    /// `offered` are the sources the messages suggest: where a source is refused later (a
    /// status is not a cursor), it is not offered.
    mutating func captureSource(of fields: MappingFields, _ what: String, offered: [String] = captureSources) -> Capture.Source? {
        let sources = fields.entries.filter { Self.captureSources.contains($0.name) }
        let choices = Self.quotedList(offered, joinedBy: "or")
        guard let first = sources.first else {
            error("\(what) needs one of \(choices)", at: fields.node.location)
            return nil
        }
        for extra in sources.dropFirst() {
            error("\(what) has both '\(first.name)' and '\(extra.name)' (use exactly one of \(choices))", at: extra.key.location)
        }
        guard let source = captureSource(first), sources.count == 1 else { return nil }
        return source
    }

    private mutating func captureSource(_ entry: MappingFields.Entry) -> Capture.Source? {
        let node = entry.value
        switch entry.name {
        case "json":
            guard let text = string(node, "'json'"), let path = compileJSONPath(text, of: node) else { return nil }
            return .json(path)
        case "header":
            guard let name = string(node, "'header'"), checkToken(name, of: node, "header name") else { return nil }
            return .header(name)
        case "regex":
            guard let text = string(node, "'regex'"), let pattern = compileRegex(text, of: node) else { return nil }
            return .regex(pattern)
        case "cookie":
            guard let name = string(node, "'cookie'"), checkToken(name, of: node, "cookie name") else { return nil }
            return .cookie(name)
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

import VolleyCore

extension PostmanCollectionDecoder {
    /// `url` as a string or an object. An object with `host` is put together from its parts, as
    /// Postman sends it (`raw` can be stale); with no `host`, its `raw` is used.
    mutating func url(_ node: PostmanNode, owner: String) -> Template? {
        if case .string(let text) = node.value { return url(text: text, variables: nil, at: node.contentLocation) }
        guard node.isObject else {
            error("\(owner): 'url' must be a string or an object, not \(node.value.typeName)", at: node)
            return nil
        }
        let variables = pathVariables(node["variable"])
        guard let hostNode = node["host"] else {
            guard let raw = node["raw"]?.text else {
                error("\(owner): 'url' has neither 'raw' nor 'host'", at: node)
                return nil
            }
            return url(text: raw, variables: variables, at: node["raw"]?.contentLocation ?? node.location)
        }
        var text = ""
        if let scheme = node["protocol"]?.text, !scheme.isEmpty { text += scheme + "://" }
        text += joined(hostNode, separator: ".")
        if let port = node["port"]?.text, !port.isEmpty { text += ":" + port }
        if let path = node["path"] {
            let joinedPath = joined(path, separator: "/")
            if !joinedPath.isEmpty { text += (joinedPath.hasPrefix("/") ? "" : "/") + joinedPath }
        }
        if let query = node["query"], query.isArray {
            let parameters = query.elements.compactMap { entry -> String? in
                guard entry.isObject, entry["disabled"]?.isTrue != true else { return nil }
                let key = entry["key"]?.text ?? ""
                guard let value = entry["value"]?.text else { return key.isEmpty ? nil : key }
                return key + "=" + value
            }
            if !parameters.isEmpty { text += "?" + parameters.joined(separator: "&") }
        }
        if let hash = node["hash"]?.text, !hash.isEmpty { text += "#" + hash }
        return url(text: text, variables: variables, at: node["raw"]?.contentLocation ?? node.location)
    }

    /// The URL text with its path variables (`/users/:id`) filled in and, when it names no
    /// scheme, `http://` in front, as Postman sends it.
    func url(text: String, variables: [String: String]?, at location: SourceLocation) -> Template {
        var text = text.trimmingWhitespace()
        if let variables, !variables.isEmpty { text = Self.fillingPathVariables(text, variables) }
        if !text.hasPrefix("{{"), !text.contains("://") { text = "http://" + text }
        return PostmanTemplate.parse(text, at: location)
    }

    /// `host` and `path`: a string, or an array of segments (strings, or `{value}` objects).
    private func joined(_ node: PostmanNode, separator: String) -> String {
        if let text = node.text { return text }
        return node.elements.compactMap { $0.text ?? $0["value"]?.text }.joined(separator: separator)
    }

    private func pathVariables(_ node: PostmanNode?) -> [String: String] {
        var out: [String: String] = [:]
        for entry in node?.elements ?? [] where entry.isObject && entry["disabled"]?.isTrue != true {
            if let key = entry["key"]?.text ?? entry["id"]?.text { out[key] = entry["value"]?.text ?? "" }
        }
        return out
    }

    /// Replaces each `:name` path segment that has a value; the query and fragment are left alone.
    static func fillingPathVariables(_ url: String, _ variables: [String: String]) -> String {
        let end = url.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? url.endIndex
        let schemeEnd = url.range(of: "://")?.upperBound ?? url.startIndex
        let path = url[schemeEnd..<end]
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            guard segment.hasPrefix(":"), let value = variables[String(segment.dropFirst())] else { return String(segment) }
            return value
        }
        return String(url[..<schemeEnd]) + segments.joined(separator: "/") + url[end...]
    }
}

extension String {
    func range(of needle: String) -> Range<Index>? { self[...].range(of: needle) }
}

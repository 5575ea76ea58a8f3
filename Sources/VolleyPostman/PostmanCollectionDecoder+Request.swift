import VolleyCore
import VolleyJSON

extension PostmanCollectionDecoder {
    /// A request item: `request` as a URL string or an object, its events and behaviour.
    mutating func request(_ item: PostmanNode, name: String, behavior: ProtocolProfile) -> RequestSpec? {
        guard let node = item["request"] else { return nil }
        let owner = "request '\(name)'"
        if case .string(let text) = node.value {
            var spec = RequestSpec(name: name, url: url(text: text, variables: nil, at: node.contentLocation), location: item.location)
            spec.transport = behavior.transport
            spec.scripts = scripts(item["event"], level: .request)
            return spec
        }
        guard node.isObject else {
            error("\(owner): 'request' must be a URL string or an object, not \(node.value.typeName)", at: node)
            return nil
        }
        let method = (node["method"]?.text ?? "GET").uppercased()
        guard let urlNode = node["url"] else {
            error("\(owner) has no 'url'", at: node)
            return nil
        }
        guard let target = url(urlNode, owner: owner) else { return nil }
        var spec = RequestSpec(name: name, method: method, url: target, location: item.location)
        spec.headers = headers(node["header"], owner: owner)
        if let bodyNode = node["body"], behavior.disableBodyPruning == true || !ProtocolProfile.prunedMethods.contains(method) {
            if let (body, contentType) = body(bodyNode, owner: owner) {
                spec.body = body
                if let contentType, !spec.headers.contains(where: { $0.name.caseInsensitiveEquals("Content-Type") }) {
                    spec.headers.append(KeyValueTemplate(
                        name: "Content-Type", value: Template(parts: [.literal(contentType)], location: bodyNode.location),
                        location: bodyNode.location))
                }
            }
        }
        spec.auth = auth(node["auth"], owner: owner)
        spec.transport = behavior.transport
        spec.scripts = scripts(item["event"], level: .request)
        return spec
    }

    /// `header`: a list of `{key, value, disabled}`, or (v2.0) one `Name: value` per line.
    mutating func headers(_ node: PostmanNode?, owner: String) -> [KeyValueTemplate] {
        guard let node else { return [] }
        if case .string(let text) = node.value {
            return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                let name = line[..<colon].trimmingWhitespace()
                guard !name.isEmpty else { return nil }
                let value = line[line.index(after: colon)...].trimmingWhitespace()
                return KeyValueTemplate(
                    name: name, value: PostmanTemplate.parse(value, at: node.contentLocation), location: node.location)
            }
        }
        return pairs(node, what: "header", owner: owner)
    }

    /// A list of `{key, value, disabled}` (headers, urlencoded fields, query parameters): the
    /// disabled ones and those without a key left out.
    mutating func pairs(_ node: PostmanNode, what: String, owner: String) -> [KeyValueTemplate] {
        guard node.isArray else {
            error("\(owner): '\(what)' must be an array of {key, value} objects, not \(node.value.typeName)", at: node)
            return []
        }
        var out: [KeyValueTemplate] = []
        for entry in node.elements {
            guard entry.isObject else {
                error("\(owner): a \(what) entry must be an object with 'key' and 'value'", at: entry)
                continue
            }
            if entry["disabled"]?.isTrue == true { continue }
            guard let key = entry["key"]?.text, !key.isEmpty else { continue }
            let valueNode = entry["value"]
            let value = PostmanTemplate.parse(valueNode?.text ?? "", at: valueNode?.contentLocation ?? entry.location)
            out.append(KeyValueTemplate(name: key, value: value, location: entry.location))
        }
        return out
    }
}

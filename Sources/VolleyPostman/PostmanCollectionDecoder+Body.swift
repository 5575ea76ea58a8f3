import VolleyCore
import VolleyJSON

extension PostmanCollectionDecoder {
    /// A request body and the content type Postman gives it when no header sets one; nil for no
    /// body (none written, `disabled`, an empty `raw`, a `file` with no `src`).
    mutating func body(_ node: PostmanNode, owner: String) -> (RequestBody, contentType: String?)? {
        guard node.isObject else {
            error("\(owner): 'body' must be an object, not \(node.value.typeName)", at: node)
            return nil
        }
        if node["disabled"]?.isTrue == true { return nil }
        guard let modeNode = node["mode"] else { return nil }
        switch modeNode.text {
        case "raw":
            guard let raw = node["raw"], let text = raw.text, !text.isEmpty else { return nil }
            let language = node["options"]?["raw"]?["language"]?.text
            return (.raw(PostmanTemplate.parse(text, at: raw.contentLocation)), Self.contentType(ofLanguage: language))
        case "urlencoded":
            guard let fields = node["urlencoded"] else { return nil }
            let pairs = pairs(fields, what: "urlencoded", owner: owner)
            return pairs.isEmpty ? nil : (.form(pairs), nil)
        case "formdata":
            guard let fields = node["formdata"] else { return nil }
            guard let parts = multipart(fields, owner: owner), !parts.isEmpty else { return nil }
            return (.multipart(parts), nil)
        case "file":
            guard let src = node["file"]?["src"], let written = src.text, !written.isEmpty else { return nil }
            guard let (bytes, path) = requestFile(written, at: src, what: "the 'file' body", owner: owner) else { return nil }
            return (.file(bytes: bytes, path: path), nil)
        case "graphql":
            guard let graphql = node["graphql"] else { return nil }
            return (.raw(graphQLBody(graphql)), "application/json")
        case let other:
            error(
                "\(owner): unknown body mode '\(other ?? modeNode.value.typeName)' "
                    + "(Postman's are raw, urlencoded, formdata, file and graphql)", at: modeNode)
            return nil
        }
    }

    /// Postman sends a GraphQL body as JSON: `{"query": …, "variables": …}`, the variables as
    /// written (their text may hold `{{placeholders}}` outside strings, so it is not parsed here).
    private func graphQLBody(_ node: PostmanNode) -> Template {
        let query = node["query"]?.text ?? ""
        var variables = (node["variables"]?.text ?? "").trimmingWhitespace()
        if variables.isEmpty { variables = "{}" }
        let text = "{\"query\":" + JSONValue.string(query).jsonText + ",\"variables\":" + variables + "}"
        return PostmanTemplate.parse(text, at: node["query"]?.contentLocation ?? node.location)
    }

    /// The `Content-Type` Postman sets for a raw body of this language.
    static func contentType(ofLanguage language: String?) -> String? {
        switch language {
        case "json": "application/json"
        case "xml": "application/xml"
        case "html": "text/html"
        case "javascript": "application/javascript"
        case "text": "text/plain"
        default: nil
        }
    }
}

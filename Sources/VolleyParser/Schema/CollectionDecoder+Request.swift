import VolleyCore

extension CollectionDecoder {
    mutating func decodeRequest(_ node: YAMLNode) -> RequestSpec? {
        let fields = fields(node, "a request", allowed: Self.requestKeys) { key in
            switch key {
            case "defaults": "a request cannot have 'defaults' (only folders and the collection can)"
            case "rate": "'rate' is set on a collection or folder; a request inherits it"
            default: nil
            }
        }
        guard let fields else { return nil }

        let name = requiredName(in: fields, of: "request")
        // Kept as written: methods are case-sensitive (RFC 9110), and a custom one may be meant.
        var method: String? = "GET"
        if let node = fields["method"] {
            method = string(node, "'method'")
            if let text = method, !checkToken(text, of: node, "method") { method = nil }
        }
        var url: Template?
        if let node = fields["url"] {
            if let text = string(node, "'url'") {
                if text.isEmpty {
                    error("'url' must not be empty", at: node.location)
                } else {
                    url = template(text, of: node)
                }
            }
        } else {
            error("request is missing 'url'", at: node.location)
        }
        let query = fields["query"].map { keyValues($0, .query) } ?? []
        let headers = fields["headers"].map { keyValues($0, .header) } ?? []
        let body = decodeBody(fields)
        let timeout = fields["timeout"].flatMap { duration($0, "'timeout'") }
        let assertions = fields["expect"].map { decodeExpect($0) } ?? []
        let captures = fields["capture"].map { decodeCaptures($0) } ?? []
        let paginate = fields["paginate"].flatMap { decodePaginate($0) }
        let scripts = fields["scripts"].map { decodeScripts($0, level: .request) } ?? []
        var settings = RequestDefaults()
        decodeSettings(fields, into: &settings)

        guard let name, let method, let url else { return nil }
        var request = RequestSpec(
            name: name, method: method, url: url, query: query, headers: headers, body: body,
            timeout: timeout, auth: settings.auth, retry: settings.retry, idempotent: settings.idempotent,
            quotaGroup: settings.quotaGroup, paginate: paginate, assertions: assertions, captures: captures, location: node.location)
        request.scripts = scripts
        request.connection = decodeConnection(fields)
        return request
    }
}

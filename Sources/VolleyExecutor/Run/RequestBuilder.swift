import VolleyCore

/// Turns a planned request and the current variables into a plain `TransportRequest`:
/// templates filled, query appended, body encoded, content type defaulted.
struct RequestBuilder {
    var renderer: TemplateRenderer
    var options: TransportOptions

    func build(_ spec: RequestSpec) throws(RequestFailure) -> TransportRequest {
        var url = try renderer.render(spec.url)
        let query = try renderPairs(spec.query)
        if !query.isEmpty {
            // Keep a fragment at the end, where it belongs.
            var fragment = ""
            if let hash = url.firstIndex(of: "#") {
                fragment = String(url[hash...])
                url = String(url[..<hash])
            }
            url += (url.contains("?") ? "&" : "?") + PercentEncoding.query(query) + fragment
        }

        var headers = try renderPairs(spec.headers).map { HTTPHeader(name: $0.0, value: $0.1) }
        var body: [UInt8] = []
        switch spec.body {
        case nil:
            break
        case .json(let json):
            body = Array(try renderer.render(json).jsonText.utf8)
            addDefault(&headers, "Content-Type", "application/json")
        case .form(let fields):
            body = Array(PercentEncoding.query(try renderPairs(fields), spaceAsPlus: true).utf8)
            addDefault(&headers, "Content-Type", "application/x-www-form-urlencoded")
        case .raw(let template):
            body = Array(try renderer.render(template).utf8)
        }

        var options = options
        if let timeout = spec.timeout { options.timeout = timeout }
        return TransportRequest(method: spec.method, url: url, headers: headers, body: body, options: options)
    }

    private func renderPairs(_ pairs: [KeyValueTemplate]) throws(RequestFailure) -> [(String, String)] {
        var out: [(String, String)] = []
        out.reserveCapacity(pairs.count)
        for pair in pairs { out.append((pair.name, try renderer.render(pair.value))) }
        return out
    }

    private func addDefault(_ headers: inout [HTTPHeader], _ name: String, _ value: String) {
        if headers.value(of: name) == nil { headers.append(HTTPHeader(name: name, value: value)) }
    }
}

import VolleyCore
import VolleyJSON

/// One request read from a curl command, as the collection YAML will say it.
struct ImportedRequest {
    enum Body {
        case json(JSONValue)
        case raw(String)
    }

    enum Auth {
        case basic(username: String, passwordVariable: String)
        case bearer(variable: String)
    }

    var name: String
    var method: String
    var url: String
    var headers: [(name: String, value: String)] = []
    var body: Body?
    var auth: Auth?
    var timeout: String?
    /// Said to the user on stderr.
    var notes: [String] = []
    /// Written as YAML comments above the request: settings the paste asked for that are run
    /// options in Volley (`-k`, `-L`).
    var comments: [String] = []

    var yamlLines: [String] {
        func q(_ text: String) -> String { CurlImport.yamlString(text) }
        var lines = comments.map { "  # " + $0 }
        lines.append("  - name: " + q(name))
        if method != "GET" { lines.append("    method: " + q(method)) }
        lines.append("    url: " + q(url))
        if !headers.isEmpty {
            lines.append("    headers:")
            lines += headers.map { "      \(q($0.name)): \(q($0.value))" }
        }
        switch auth {
        case .basic(let username, let variable)?:
            lines.append("    auth: { basic: { username: \(q(username)), password: \(q("{{\(variable)}}")) } }")
        case .bearer(let variable)?:
            lines.append("    auth: { bearer: \(q("{{\(variable)}}")) }")
        case nil:
            break
        }
        switch body {
        case .json(let value)?: lines.append("    json: " + value.jsonText)
        case .raw(let text)?: lines.append("    body: " + q(text))
        case nil: break
        }
        if let timeout { lines.append("    timeout: " + timeout) }
        return lines
    }
}

import VolleyCore
import VolleyJSON

/// One request read from a curl command, as the collection YAML will say it.
struct ImportedRequest {
    enum Body {
        case json(JSONValue)
        case raw(String)
        /// `-F`: text fields and files, in the order written.
        case multipart([FormField])
    }

    /// One `-F name=value` or `-F name=@file;type=…;filename=…`.
    struct FormField {
        var name: String
        var value: String
        /// The file's path (absolute, so the YAML reads it wherever it is written); nil for text.
        var file: String?
        var contentType: String?
        var filename: String?
    }

    enum Auth {
        case basic(username: String, passwordVariable: String)
        case digest(username: String, passwordVariable: String)
        case ntlm(username: String, passwordVariable: String)
        /// Both keys become secrets (`aws_access_key`, `aws_secret_key`): the access key names the account.
        case awsSigV4(accessKeyVariable: String, region: String, service: String)
        case bearer(variable: String)
    }

    var name: String
    var method: String
    var url: String
    var headers: [(name: String, value: String)] = []
    var body: Body?
    var auth: Auth?
    var timeout: String?
    /// `-L` and `--compressed`, written as the request's own keys.
    var followRedirects = false
    var compressed = false
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
        case .digest(let username, let variable)?:
            lines.append("    auth: { digest: { username: \(q(username)), password: \(q("{{\(variable)}}")) } }")
        case .awsSigV4(let keyVariable, let region, let service)?:
            lines.append("    auth: { aws_sigv4: { access_key: \(q("{{\(keyVariable)}}")), secret_key: \(q("{{aws_secret_key}}")), "
                + "region: \(q(region)), service: \(q(service)) } }")
        case .ntlm(let username, let variable)?:
            lines.append("    auth: { ntlm: { username: \(q(username)), password: \(q("{{\(variable)}}")) } }")
        case .bearer(let variable)?:
            lines.append("    auth: { bearer: \(q("{{\(variable)}}")) }")
        case nil:
            break
        }
        switch body {
        case .json(let value)?: lines.append("    json: " + value.jsonText)
        case .raw(let text)?: lines.append("    body: " + q(text))
        case .multipart(let fields)?:
            lines.append("    multipart:")
            for field in fields {
                guard let file = field.file else {
                    lines.append("      \(q(field.name)): \(q(field.value))")
                    continue
                }
                lines.append("      \(q(field.name)):")
                lines.append("        file: " + q(file))
                if let type = field.contentType { lines.append("        content_type: " + q(type)) }
                if let filename = field.filename { lines.append("        filename: " + q(filename)) }
            }
        case nil: break
        }
        if let timeout { lines.append("    timeout: " + timeout) }
        if followRedirects { lines.append("    follow_redirects: true") }
        if compressed { lines.append("    compressed: true") }
        return lines
    }
}

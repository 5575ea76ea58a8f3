import VolleyCore

extension CollectionDecoder {
    static let edgeGridKeys = ["client_token", "client_secret", "access_token", "headers_to_sign", "max_body", "nonce", "timestamp"]

    /// `{ client_token: …, client_secret: "{{secret}}", access_token: …, headers_to_sign: [X-Test1] }`:
    /// the three credentials are required.
    mutating func edgeGrid(_ node: YAMLNode) -> AuthSpec? {
        let example = "{ client_token: …, client_secret: …, access_token: … }"
        guard node.unquotedPlaceholderName == nil else {
            error("'edgegrid' must be a map like \(example), found \(node.foundDescription)", at: node.location)
            return nil
        }
        guard let fields = fields(node, "'edgegrid'", expected: "a map like \(example)", allowed: Self.edgeGridKeys),
            let tokens = required(["client_token", "client_secret", "access_token"], of: fields, "'edgegrid'", read: { $0.template($1, $2) })
        else { return nil }
        var failed = false
        let optional = optionalTemplates(["nonce", "timestamp"], of: fields, failed: &failed)
        var auth = EdgeGridAuth(
            clientToken: tokens[0], clientSecret: tokens[1], accessToken: tokens[2], nonce: optional["nonce"], timestamp: optional["timestamp"])
        if let node = fields["headers_to_sign"] {
            if let items = node.sequence {
                for item in items {
                    if let name = scalarText(item, "a header name"), checkToken(name, of: item, "header name") {
                        auth.headersToSign.append(name)
                    } else {
                        failed = true
                    }
                }
            } else {
                error("'headers_to_sign' must be a list of header names, found \(node.foundDescription)", at: node.location)
                failed = true
            }
        }
        if let node = fields["max_body"] {
            if case .integer(let value)? = node.scalar?.resolved, value > 0, value <= 100 << 20 {
                auth.maxBody = value
            } else {
                error("'max_body' must be a whole number of bytes above 0, found \(node.foundDescription)", at: node.location)
                failed = true
            }
        }
        return failed ? nil : .edgeGrid(auth)
    }
}

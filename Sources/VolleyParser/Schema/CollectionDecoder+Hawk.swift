import VolleyCore

extension CollectionDecoder {
    static let hawkKeys = ["id", "key", "algorithm", "ext", "app", "dlg", "nonce", "timestamp", "payload_hash"]

    /// `{ id: dh37fgj492je, key: "{{hawk_key}}", algorithm: sha256, ext: …, payload_hash: true }`:
    /// `id` and `key` are required.
    mutating func hawk(_ node: YAMLNode) -> AuthSpec? {
        let example = "{ id: …, key: … }"
        guard node.unquotedPlaceholderName == nil else {
            error("'hawk' must be a map like \(example), found \(node.foundDescription)", at: node.location)
            return nil
        }
        guard let fields = fields(node, "'hawk'", expected: "a map like \(example)", allowed: Self.hawkKeys),
            let credentials = required(["id", "key"], of: fields, "'hawk'", read: { $0.template($1, $2) })
        else { return nil }
        var auth = HawkAuth(id: credentials[0], key: credentials[1])
        var failed = false
        func optional(_ key: String) -> Template? {
            fields[key].flatMap { node in
                let value = template(node, "'\(key)'")
                if value == nil { failed = true }
                return value
            }
        }
        auth.ext = optional("ext")
        auth.app = optional("app")
        auth.dlg = optional("dlg")
        auth.nonce = optional("nonce")
        auth.timestamp = optional("timestamp")
        if let node = fields["algorithm"] {
            if case .string(let text)? = node.scalar?.resolved, let algorithm = HawkAuth.Algorithm(rawValue: text.lowercased()) {
                auth.algorithm = algorithm
            } else {
                error("'algorithm' must be sha256 or sha1, found \(node.foundDescription)", at: node.location)
                failed = true
            }
        }
        if let node = fields["payload_hash"] {
            if let value = bool(node, "'payload_hash'") { auth.includePayloadHash = value } else { failed = true }
        }
        return failed ? nil : .hawk(auth)
    }
}

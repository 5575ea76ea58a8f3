import VolleyCore

extension CollectionDecoder {
    static let oauth1Keys = [
        "consumer_key", "consumer_secret", "token", "token_secret", "signature_method", "in", "timestamp", "nonce",
        "version", "realm", "callback", "verifier", "sign_empty_parameters", "body_hash", "encode_signature",
    ]

    /// `{ consumer_key: …, consumer_secret: "{{secret}}", token: …, token_secret: …,
    /// signature_method: HMAC-SHA1, in: header }`: the two consumer keys are required.
    mutating func oauth1(_ node: YAMLNode) -> AuthSpec? {
        guard node.unquotedPlaceholderName == nil,
            let fields = fields(node, "'oauth1'", expected: "a map like { consumer_key: …, consumer_secret: … }", allowed: Self.oauth1Keys)
        else {
            if node.unquotedPlaceholderName != nil {
                error("'oauth1' must be a map like { consumer_key: …, consumer_secret: … }, found \(node.foundDescription)", at: node.location)
            }
            return nil
        }
        guard let consumer = required(["consumer_key", "consumer_secret"], of: fields, "'oauth1'", read: { $0.template($1, $2) })
        else { return nil }
        var auth = OAuth1Auth(consumerKey: consumer[0], consumerSecret: consumer[1])
        var failed = false
        func optional(_ key: String) -> Template? {
            fields[key].flatMap { node in
                let value = template(node, "'\(key)'")
                if value == nil { failed = true }
                return value
            }
        }
        auth.token = optional("token")
        auth.tokenSecret = optional("token_secret")
        auth.timestamp = optional("timestamp")
        auth.nonce = optional("nonce")
        auth.realm = optional("realm")
        auth.callback = optional("callback")
        auth.verifier = optional("verifier")
        if let node = fields["signature_method"] {
            if case .string(let text)? = node.scalar?.resolved, let method = OAuth1Auth.SignatureMethod(rawValue: text.uppercased()) {
                auth.signatureMethod = method
            } else {
                let names = OAuth1Auth.SignatureMethod.allCases.map(\.rawValue)
                error("'signature_method' must be one of \(Self.quotedList(names, joinedBy: "or")), found \(node.foundDescription)"
                    + " (RSA signatures are not supported)", at: node.location)
                failed = true
            }
        }
        if let node = fields["in"] {
            if case .string(let text)? = node.scalar?.resolved, let placement = OAuth1Auth.Placement(rawValue: text) {
                auth.placement = placement
            } else {
                error("'in' must be header or request (a form body's fields, else the query), found \(node.foundDescription)", at: node.location)
                failed = true
            }
        }
        if let node = fields["version"] {
            if let text = scalarText(node, "'version'") { auth.version = text } else { failed = true }
        }
        for (key, keyPath) in [("sign_empty_parameters", \OAuth1Auth.includeEmptyParameters), ("body_hash", \.includeBodyHash),
                               ("encode_signature", \.encodeSignature)] {
            guard let node = fields[key] else { continue }
            if let value = bool(node, "'\(key)'") { auth[keyPath: keyPath] = value } else { failed = true }
        }
        return failed ? nil : .oauth1(auth)
    }
}

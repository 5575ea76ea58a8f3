import VolleyCore

extension CollectionDecoder {
    static let authSchemes = ["apikey", "bearer", "basic", "digest", "ntlm", "oauth1", "aws_sigv4", "hawk"]
    static let apiKeyKeys = ["value", "in", "name"]
    static let basicKeys = ["username", "password"]

    /// `auth: none`, or a map with exactly one scheme: `apikey`, `bearer`, `basic`, `digest`, `ntlm`, `oauth1`, `aws_sigv4` or `hawk`.
    mutating func decodeAuth(_ node: YAMLNode) -> AuthSpec? {
        if case .string("none")? = node.scalar?.resolved { return AuthSpec.none }
        guard node.mapping != nil, node.unquotedPlaceholderName == nil else {
            error(
                "'auth' must be none or a map with one of 'apikey', 'bearer', 'basic', 'digest', 'ntlm', 'oauth1', 'aws_sigv4' or 'hawk', found \(node.foundDescription)",
                at: node.location)
            return nil
        }
        let fields = fields(node, "'auth'", allowed: Self.authSchemes) { scheme in
            scheme == "none"
                ? "write 'auth: none' to switch auth off, not a map with 'none'"
                : "unknown auth scheme '\(scheme)' (\(Self.hint(for: scheme, among: Self.authSchemes)))"
        }
        guard let fields else { return nil }
        guard let first = fields.entries.first else {
            if !fields.droppedAKey { error("'auth' needs one of 'apikey', 'bearer', 'basic', 'digest', 'ntlm', 'oauth1', 'aws_sigv4' or 'hawk'", at: node.location) }
            return nil
        }
        for extra in fields.entries.dropFirst() {
            error(
                "'auth' has both '\(first.name)' and '\(extra.name)' (use exactly one of 'apikey', 'bearer', 'basic', 'digest', 'ntlm', 'oauth1', 'aws_sigv4' or 'hawk')",
                at: extra.key.location)
        }
        let scheme: AuthSpec?
        switch first.name {
        case "apikey": scheme = apiKey(first.value)
        case "bearer": scheme = template(first.value, "'bearer'").map { .bearer($0) }
        case "digest": scheme = credentials(first.value, scheme: "digest").map { .digest(username: $0, password: $1) }
        case "ntlm": scheme = credentials(first.value, scheme: "ntlm").map { .ntlm(username: $0, password: $1) }
        case "oauth1": scheme = oauth1(first.value)
        case "aws_sigv4": scheme = awsSigV4(first.value)
        case "hawk": scheme = hawk(first.value)
        default: scheme = credentials(first.value, scheme: "basic").map { .basic(username: $0, password: $1) }
        }
        return fields.entries.count == 1 ? scheme : nil
    }

    /// `{ value: "{{apikey}}", in: header, name: apikey }`: only `value` is required.
    private mutating func apiKey(_ node: YAMLNode) -> AuthSpec? {
        guard let fields = schemeFields(node, "apikey", example: "{ value: \"{{apikey}}\" }", allowed: Self.apiKeyKeys)
        else { return nil }
        var value: Template?
        var failed = false
        if let node = fields["value"] {
            value = template(node, "'value'")
        } else if !fields.droppedAKey {
            error("'apikey' is missing 'value'", at: node.location)
        }
        var placement = AuthSpec.APIKeyPlacement.header
        if let node = fields["in"] {
            if case .string(let text)? = node.scalar?.resolved, let written = AuthSpec.APIKeyPlacement(rawValue: text) {
                placement = written
            } else {
                error("'in' must be header or query, found \(node.foundDescription)", at: node.location)
                failed = true
            }
        }
        var name = "apikey"
        if let node = fields["name"] {
            if let text = scalarText(node, "'name'") {
                name = text
                // The name goes on the wire as written, so check it against where it goes.
                if placement == .header {
                    if !checkToken(text, of: node, "header name") { failed = true }
                } else if text.isEmpty {
                    error("query parameter name must not be empty", at: node.location)
                    failed = true
                }
            } else {
                failed = true
            }
        }
        guard let value, !failed else { return nil }
        return .apiKey(value: value, placement: placement, name: name)
    }

    /// `{ username: "{{user}}", password: "{{pass}}" }`: both required, for `basic`, `digest` and `ntlm`.
    private mutating func credentials(_ node: YAMLNode, scheme: String) -> (username: Template, password: Template)? {
        let example = "{ username: \"{{user}}\", password: \"{{pass}}\" }"
        guard let fields = schemeFields(node, scheme, example: example, allowed: Self.basicKeys) else { return nil }
        guard let parts = required(Self.basicKeys, of: fields, "'\(scheme)'", read: { $0.template($1, $2) }) else { return nil }
        return (parts[0], parts[1])
    }

    /// A scheme's map. Any other value gets an example of the map, since a scalar here is
    /// usually the value itself written one level too high (`apikey: "{{key}}"`).
    private mutating func schemeFields(
        _ node: YAMLNode, _ scheme: String, example: String, allowed: [String]
    ) -> MappingFields? {
        // Unquoted, `{{key}}` is a map in YAML: a map, but not the one meant.
        guard node.unquotedPlaceholderName == nil else {
            error("'\(scheme)' must be a map like \(example), found \(node.foundDescription)", at: node.location)
            return nil
        }
        return fields(node, "'\(scheme)'", expected: "a map like \(example)", allowed: allowed)
    }
}

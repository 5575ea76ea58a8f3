import VolleyCore

extension CollectionDecoder {
    static let secretSources = ["keyring", "env", "file"]
    static let keyringKeys = ["service", "account"]

    /// An environment's `secrets:`: each name says where its value lives, with exactly one of
    /// `keyring: { service, account }`, `env: NAME` or `file: PATH`. The value itself is never
    /// written here. Each secret is located at its name, where "defined here" should point.
    ///
    /// Someone will paste a key here anyway: no message quotes a value written under `secrets:`,
    /// and none shows its source line.
    mutating func decodeSecrets(_ node: YAMLNode) -> [String: Located<SecretReference>] {
        let firstDiagnostic = diagnostics.count
        defer { hideSourceLines(from: firstDiagnostic) }
        guard let pairs = node.mapping else {
            error(
                "'secrets' must be a map, found \(Self.shape(of: node))", at: node.location)
            return [:]
        }
        var secrets: [String: Located<SecretReference>] = [:]
        for pair in pairs {
            guard let name = variableName(pair.key, kind: "secret") else { continue }
            if let scalar = pair.value.scalar, scalar.resolved != .null {
                error(
                    "secret '\(name)' must say where its value lives (one of 'keyring', 'env' or 'file'), "
                        + "found a single value: the value itself never goes in an environment file "
                        + "(keep it in the keyring, a process variable or a file, and name that here)",
                    at: pair.value.location)
                continue
            }
            guard
                let fields = fields(
                    pair.value, "secret '\(name)'", expected: "a map with one of 'keyring', 'env' or 'file'",
                    allowed: Self.secretSources)
            else { continue }
            guard let first = fields.entries.first else {
                if !fields.droppedAKey {
                    error("secret '\(name)' needs one of 'keyring', 'env' or 'file'", at: pair.value.location)
                }
                continue
            }
            for extra in fields.entries.dropFirst() {
                error(
                    "secret '\(name)' has both '\(first.name)' and '\(extra.name)' "
                        + "(use exactly one of 'keyring', 'env' or 'file')",
                    at: extra.key.location)
            }
            if let reference = secretReference(first), fields.entries.count == 1 {
                secrets[name] = Located(reference, at: pair.key.location)
            }
        }
        return secrets
    }

    /// A `--secrets-file`: names mapped to the values themselves. Numbers and booleans are taken
    /// as written, since a token may well look like one. Messages name the secret, never its value.
    mutating func decodeSecretValues(_ root: YAMLNode?) -> [String: Located<String>] {
        guard let root, root.scalar?.resolved != .null else { return [:] }
        guard let pairs = root.mapping else {
            error("a secrets file must be a map of names to values, found \(Self.shape(of: root))", at: root.location)
            return [:]
        }
        var values: [String: Located<String>] = [:]
        for pair in pairs {
            guard let name = variableName(pair.key, kind: "secret") else { continue }
            guard let scalar = pair.value.scalar, scalar.resolved != .null else {
                error("secret '\(name)' must be a string, found \(Self.shape(of: pair.value))", at: pair.value.location)
                continue
            }
            values[name] = Located(scalar.value, at: pair.key.location)
        }
        return values
    }

    /// A node's kind without its text: unlike `foundDescription`, never shows a secret's value.
    private static func shape(of node: YAMLNode) -> String {
        switch node.kind {
        case .scalar(let scalar): scalar.resolved == .null ? "null" : "a single value"
        case .sequence: "a list"
        case .mapping: "a map"
        }
    }

    private mutating func secretReference(_ entry: MappingFields.Entry) -> SecretReference? {
        switch entry.name {
        case "keyring":
            return keyring(entry.value)
        case "env":
            return nonEmptyText(entry.value, "'env'").map { .environment($0) }
        default:  // "file"
            return nonEmptyText(entry.value, "'file'").map { .file($0) }
        }
    }

    /// `{ service: coresignal, account: default }`, or the short `coresignal/default`: both required.
    private mutating func keyring(_ node: YAMLNode) -> SecretReference? {
        if let scalar = node.scalar, scalar.resolved != .null {
            return keyringShortForm(scalar.value, at: node)
        }
        let expected = "SERVICE/ACCOUNT or a map like { service: coresignal, account: default }"
        guard let fields = fields(node, "'keyring'", expected: expected, allowed: Self.keyringKeys) else { return nil }
        guard let parts = required(Self.keyringKeys, of: fields, "'keyring'", read: { $0.nonEmptyText($1, $2) }) else {
            return nil
        }
        return .keyring(service: parts[0], account: parts[1])
    }

    /// `keyring: coresignal/default`, what `volley secrets --help` shows: exactly one '/', with text on both sides.
    private mutating func keyringShortForm(_ text: String, at node: YAMLNode) -> SecretReference? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            error(
                "'keyring' must be SERVICE/ACCOUNT with exactly one '/' (like coresignal/default), found \(Self.shape(of: node))",
                at: node.location)
            return nil
        }
        return .keyring(service: String(parts[0]), account: String(parts[1]))
    }

    /// A scalar's text as written (`account: 2024` is the account "2024"), which must not be empty.
    private mutating func nonEmptyText(_ node: YAMLNode, _ what: String) -> String? {
        guard let text = scalarText(node, what) else { return nil }
        guard !text.isEmpty else {
            error("\(what) must not be empty", at: node.location)
            return nil
        }
        return text
    }
}

import VolleyCore

extension CollectionDecoder {
    static let environmentKeys = ["variables", "secrets", "key_shape"]

    /// An environment file: `variables:` and `secrets:`. A file with no document (empty, or
    /// only comments) is an environment without either.
    mutating func decodeEnvironment(_ root: YAMLNode?, name: String) -> Environment? {
        guard let root, root.scalar?.resolved != .null else { return Environment(name: name, file: file) }
        guard
            let fields = fields(
                root, "an environment file", expected: "a map with 'variables'", allowed: Self.environmentKeys)
        else { return nil }
        let variables = fields["variables"].map { self.variables($0) } ?? [:]
        var secrets = fields["secrets"].map { decodeSecrets($0) } ?? [:]
        // One name, one value: which source would win is not something to learn by surprise.
        for (secret, reference) in secrets where variables[secret] != nil {
            error("'\(secret)' is both a variable and a secret", at: reference.location)
            secrets[secret] = nil
        }
        var environment = Environment(name: name, file: file, variables: variables, secrets: secrets)
        environment.keyShapes = fields["key_shape"].map { decodeKeyShapes($0) } ?? [:]
        return environment
    }
}

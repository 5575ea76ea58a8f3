import VolleyCore

extension CollectionDecoder {
    static let environmentKeys = ["variables", "secrets"]

    /// An environment file: `variables:` only. A file with no document (empty, or only comments)
    /// is an environment without variables. `secrets:` is reserved for keyring-backed values
    /// and refused until they exist, so that nobody relies on it being ignored.
    mutating func decodeEnvironment(_ root: YAMLNode?, name: String) -> Environment? {
        guard let root, root.scalar?.resolved != .null else { return Environment(name: name, file: file) }
        guard root.mapping != nil else {
            error("an environment file must be a map with 'variables', found \(root.foundDescription)", at: root.location)
            return nil
        }
        guard let fields = fields(root, "an environment", allowed: Self.environmentKeys) else { return nil }
        if let secrets = fields.entry("secrets") {
            error("'secrets' is not supported yet", at: secrets.key.location)
        }
        let variables = fields["variables"].map { self.variables($0) } ?? [:]
        return Environment(name: name, file: file, variables: variables)
    }
}

public import VolleyJSON
/// An environment file (`environments/NAME.yaml`): variables that override the collection's.
public struct Environment: Sendable, Hashable {
    public var name: String
    public var file: String
    public var variables: [String: Located<JSONValue>]
    /// `secrets:`: names whose values come from the keyring, a process variable or a file.
    public var secrets: [String: Located<SecretReference>]
    /// `key_shape:`: a regular expression per key name; it wins over the collection's for the same name.
    public var keyShapes: [String: Located<String>] = [:]
    /// Variables whose values are written in the file but are secret all the same (a Postman
    /// environment's `type: secret`): redacted from every output like a keyring secret.
    public var sensitiveNames: Set<String> = []

    public init(
        name: String, file: String, variables: [String: Located<JSONValue>] = [:],
        secrets: [String: Located<SecretReference>] = [:]
    ) {
        self.name = name
        self.file = file
        self.variables = variables
        self.secrets = secrets
    }
}

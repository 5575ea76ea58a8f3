/// Values that must never be shown: keyring items, `--secret`, `VOLLEY_SECRET_*`.
/// The run loop sees secrets only through this protocol, so it knows nothing of keyrings;
/// the executable supplies the implementation.
public protocol SecretProvider: Sendable {
    /// Whether `name` is a secret, answered without touching any keyring.
    func isSecret(_ name: String) -> Bool
    /// Every secret name, for "did you mean" and the undefined-variable check.
    var secretNames: [String] { get }
    /// The value, fetched on first use; throws a message that names the secret, its source and the fix.
    func secretValue(_ name: String) throws(SecretUnavailable) -> String
    /// Where the value came from, for hints (`keyring coresignal/default`), never the value.
    func origin(of name: String) -> String?
    /// A value built from secrets (`Basic base64(user:password)`) is a secret too: it must be
    /// masked wherever it appears, though no keyring holds it.
    func noteDerivedSecret(_ value: String)
}

/// A secret that could not be had.
public struct SecretUnavailable: Error, Sendable, Hashable {
    public var message: String
    /// Where the secret was declared, when it came from an environment file.
    public var location: SourceLocation?

    public init(message: String, location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

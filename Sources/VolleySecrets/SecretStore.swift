/// A place outside Volley's files where secret values live: the operating system's keyring.
///
/// Implementations answer within a few seconds or throw; they never prompt the user and never
/// fall back to writing a value to disk. Values come back with surrounding whitespace trimmed.
public protocol SecretStore: Sendable {
    /// Names the backend in messages, e.g. "Secret Service" or "macOS Keychain".
    var backendName: String { get }

    /// The value stored for `service`/`account`, or nil when there is none.
    func lookup(service: String, account: String) throws(SecretStoreError) -> String?

    /// Stores `value`, replacing any value already stored for `service`/`account`.
    /// `label` is what keyring managers (Seahorse, Keychain Access) show.
    func store(service: String, account: String, value: String, label: String) throws(SecretStoreError)

    /// Removes the value for `service`/`account`; false when there was nothing to remove.
    func delete(service: String, account: String) throws(SecretStoreError) -> Bool
}

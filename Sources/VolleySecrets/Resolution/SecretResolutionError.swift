public import VolleyCore

/// Why a secret has no value, naming the secret, where it was looked for, and the fix.
public struct SecretResolutionError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Nothing declares or supplies a secret of this name.
        case notASecret
        /// The keyring has no such item, or the environment variable is not set.
        case notFound
        /// The keyring could not answer (no bus, no daemon, locked, timed out).
        case storeUnavailable
        /// The secret's file is missing or unreadable.
        case unreadableFile
        /// The secret's file can be read by group or others.
        case insecureFile
        /// The source exists but holds only whitespace.
        case empty
    }

    public var kind: Kind
    /// The secret's name, as templates use it.
    public var name: String
    /// Where the value was looked for (`keyring coresignal/default`, `--secret`); nil for `.notASecret`.
    public var origin: String?
    /// The declaration in the environment file, for `file:line:column` in front of the message.
    public var location: SourceLocation?
    /// The keyring's own error, for `.storeUnavailable`.
    public var storeError: SecretStoreError?
    /// The complete message: the problem and what to do about it.
    public var message: String

    public init(
        _ kind: Kind, name: String, origin: String?, location: SourceLocation? = nil,
        storeError: SecretStoreError? = nil, message: String
    ) {
        self.kind = kind
        self.name = name
        self.origin = origin
        self.location = location
        self.storeError = storeError
        self.message = message
    }

    public var description: String { message }
}

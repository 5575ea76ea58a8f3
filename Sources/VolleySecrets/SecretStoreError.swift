/// Why a keyring could not answer, with what to do about it.
///
/// `fix` is written for a person reading a terminal. When the store does not know which Volley
/// secret it was asked for, the fix says `VOLLEY_SECRET_<name>`; `SecretResolver` fills the name in.
public struct SecretStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// No D-Bus session bus to reach the Secret Service on (a server, a container, CI).
        case noSessionBus
        /// A bus but no keyring daemon on it, or one that did not answer in time.
        case serviceUnavailable
        /// The item or collection is locked; Volley never prompts to unlock it.
        case locked
        /// Something the operation needs does not exist (e.g. no default keyring to store into).
        case notFound
        case other
    }

    public var kind: Kind
    /// "Secret Service", "macOS Keychain".
    public var backend: String
    /// What went wrong, e.g. "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)".
    public var problem: String
    /// What to do about it.
    public var fix: String

    public init(_ kind: Kind, backend: String, problem: String, fix: String) {
        self.kind = kind
        self.backend = backend
        self.problem = problem
        self.fix = fix
    }

    /// The placeholder `fix` uses for the secret's name when the store does not know it.
    public static let namePlaceholder = "<name>"

    /// `Secret Service: no D-Bus session bus (...): the Secret Service needs a desktop session; ...`
    public var message: String { "\(backend): \(problem): \(fix)" }

    public var description: String { message }

    /// `fix` with the secret's name in place of the placeholder.
    public func fix(forSecret name: String) -> String {
        fix.replacing(Self.namePlaceholder, with: name)
    }
}


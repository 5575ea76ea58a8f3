public import VolleyCore

/// Why a keyring could not answer, with what to do about it.
///
/// `fix` is written for a person reading a terminal. When the store does not know which Volley
/// secret it was asked for, the fix says `VOLLEY_SECRET_<name>`; `SecretResolver` fills the name in.
/// The other ways to give a secret are a placeholder too: the front end spells its options, so
/// `message(naming:)` and `fix(forSecret:naming:)` fill them in from a `SettingNames` table.
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
    /// What to do about it, with `alternativesPlaceholder` where the other sources go.
    public var fix: String

    public init(_ kind: Kind, backend: String, problem: String, fix: String) {
        self.kind = kind
        self.backend = backend
        self.problem = problem
        self.fix = fix
    }

    /// The placeholder `fix` uses for the secret's name when the store does not know it.
    public static let namePlaceholder = "<name>"

    /// The placeholder `fix` uses for the sources that need no keyring (`VOLLEY_SECRET_<name> or a
    /// secrets file`), spelled only when the error is worded.
    public static let alternativesPlaceholder = "<alternatives>"

    /// `Secret Service: no D-Bus session bus (...): the Secret Service needs a desktop session; ...`
    public func message(naming names: SettingNames) -> String {
        "\(backend): \(problem): \(worded(fix, naming: names))"
    }

    /// The message with the sources named plainly, for a caller with no front end.
    public var message: String { message(naming: .plain) }

    public var description: String { message }

    /// `fix` with the secret's name and the alternatives in place of the placeholders.
    public func fix(forSecret name: String, naming names: SettingNames = .plain) -> String {
        worded(fix, naming: names).replacing(Self.namePlaceholder, with: name)
    }

    private func worded(_ text: String, naming names: SettingNames) -> String {
        let alternatives = "\(SecretResolver.processVariablePrefix)\(Self.namePlaceholder) or \(names.name(of: .secretsFile))"
        return text.replacing(Self.alternativesPlaceholder, with: alternatives)
    }
}


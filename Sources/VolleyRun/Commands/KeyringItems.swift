public import VolleyCore
import VolleySecrets

/// `secrets set|get|delete`: one keyring item, found by service and account. Outcomes are
/// values; the front end words them (a keyring failure with its `names`) and picks the exit code.
public enum KeyringItems {
    public enum Outcome: Sendable, Equatable {
        case stored(backend: String)
        case found(String)
        case deleted(backend: String)
        /// Nothing is stored under that service and account.
        case notFound(backend: String)
        /// The input or the keyring failed: the reason.
        case failed(String)
    }

    /// Stores `value` (read by the caller), refusing an empty one.
    public static func set(
        service: String, account: String, value: String, label: String?, store: any SecretStore,
        names: SettingNames = .plain
    ) -> Outcome {
        guard !value.isEmpty else { return .failed("refusing to store an empty secret for \(service)/\(account)") }
        do {
            try store.store(service: service, account: account, value: value, label: label ?? "volley \(service)/\(account)")
            return .stored(backend: store.backendName)
        } catch {
            return .failed(error.message(naming: names))
        }
    }

    public static func get(service: String, account: String, store: any SecretStore, names: SettingNames = .plain) -> Outcome {
        do {
            return try store.lookup(service: service, account: account).map(Outcome.found) ?? .notFound(backend: store.backendName)
        } catch {
            return .failed(error.message(naming: names))
        }
    }

    public static func delete(service: String, account: String, store: any SecretStore, names: SettingNames = .plain) -> Outcome {
        do {
            return try store.delete(service: service, account: account)
                ? .deleted(backend: store.backendName) : .notFound(backend: store.backendName)
        } catch {
            return .failed(error.message(naming: names))
        }
    }
}

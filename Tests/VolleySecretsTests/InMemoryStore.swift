import Foundation
import VolleySecrets

/// A keyring in a dictionary, for resolver tests that are about precedence and messages rather
/// than the Secret Service (which `LibsecretStoreTests` exercise for real). With `failure`
/// every call throws it.
final class InMemoryStore: SecretStore {
    let backendName: String
    private let failure: SecretStoreError?
    private let lock = NSLock()
    nonisolated(unsafe) private var items: [String: String] = [:]

    init(backendName: String = "test keyring", items: [String: String] = [:], failure: SecretStoreError? = nil) {
        self.backendName = backendName
        self.items = items
        self.failure = failure
    }

    /// "service/account" → value.
    static func key(_ service: String, _ account: String) -> String { "\(service)/\(account)" }

    func lookup(service: String, account: String) throws(SecretStoreError) -> String? {
        if let failure { throw failure }
        return lock.withLock { items[Self.key(service, account)] }
    }

    func store(service: String, account: String, value: String, label: String) throws(SecretStoreError) {
        if let failure { throw failure }
        lock.withLock { items[Self.key(service, account)] = value }
    }

    func delete(service: String, account: String) throws(SecretStoreError) -> Bool {
        if let failure { throw failure }
        return lock.withLock { items.removeValue(forKey: Self.key(service, account)) != nil }
    }
}

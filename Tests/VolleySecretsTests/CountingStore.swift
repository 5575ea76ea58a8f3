import Foundation
import VolleySecrets

/// Wraps a store and counts the calls that reach it, to prove the resolver touches a keyring
/// only when a secret is used.
final class CountingStore: SecretStore {
    private let base: any SecretStore
    private let lock = NSLock()
    nonisolated(unsafe) private var lookupCount = 0

    init(wrapping base: any SecretStore) {
        self.base = base
    }

    var lookups: Int { lock.withLock { lookupCount } }

    var backendName: String { base.backendName }

    func lookup(service: String, account: String) throws(SecretStoreError) -> String? {
        lock.withLock { lookupCount += 1 }
        return try base.lookup(service: service, account: account)
    }

    func store(service: String, account: String, value: String, label: String) throws(SecretStoreError) {
        try base.store(service: service, account: account, value: value, label: label)
    }

    func delete(service: String, account: String) throws(SecretStoreError) -> Bool {
        try base.delete(service: service, account: account)
    }
}

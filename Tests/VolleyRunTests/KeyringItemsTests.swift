import Testing
import TestSupport
import VolleyRun
import VolleySecrets

/// Against the throwaway keyring `scripts/keyring-session.sh` starts.
@Suite("secrets set, get and delete as outcomes", .enabled(if: ProcessEnvironment.variables["VOLLEY_KEYRING_PASSWORD"] != nil))
struct KeyringItemsTests {
    @Test func storeGetDeleteAndTheNothingStoredCase() async throws {
        try await KeyringLock.shared {
            let store = SecretStores.platformDefault()
            let service = "volley-run-test-\(WallClockTime.now.nanoseconds)"
            let backend = store.backendName
            #expect(KeyringItems.get(service: service, account: "a", store: store) == .notFound(backend: backend))
            #expect(KeyringItems.set(service: service, account: "a", value: "", label: nil, store: store)
                == .failed("refusing to store an empty secret for \(service)/a"))
            #expect(KeyringItems.set(service: service, account: "a", value: "v-123", label: nil, store: store) == .stored(backend: backend))
            #expect(KeyringItems.get(service: service, account: "a", store: store) == .found("v-123"))
            #expect(KeyringItems.delete(service: service, account: "a", store: store) == .deleted(backend: backend))
            #expect(KeyringItems.delete(service: service, account: "a", store: store) == .notFound(backend: backend))
        }
    }
}

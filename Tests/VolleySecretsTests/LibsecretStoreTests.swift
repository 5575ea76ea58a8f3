#if os(Linux)
import Foundation
import TestSupport
import Testing
import VolleyCore
@testable import VolleySecrets

extension SessionBusTests {
    /// Against the real Secret Service (run under scripts/keyring-session.sh).
    @Suite("LibsecretStore, real Secret Service", .enabled(if: SecretServiceSession.isAvailable, SecretServiceSession.unavailable))
    struct LibsecretStoreTests {
        let store = LibsecretStore()
        let service = SecretServiceSession.uniqueService()

        @Test func storeLookupReplaceDelete() throws {
            #expect(try store.lookup(service: service, account: "default") == nil)

            try store.store(service: service, account: "default", value: "first", label: "volley test")
            #expect(try store.lookup(service: service, account: "default") == "first")
            #expect(try store.lookup(service: service, account: "other") == nil)

            try store.store(service: service, account: "default", value: "second", label: "volley test")
            #expect(try store.lookup(service: service, account: "default") == "second")

            #expect(try store.delete(service: service, account: "default") == true)
            #expect(try store.lookup(service: service, account: "default") == nil)
            #expect(try store.delete(service: service, account: "default") == false)
        }

        @Test func findsWhatSecretToolStored() throws {
            defer { _ = try? store.delete(service: service, account: "U") }
            let stored = try SecretServiceSession.secretTool(
                ["store", "--label=t", "service", service, "username", "U"], stdin: "from secret-tool")
            try #require(stored.exitCode == 0, "\(stored)")

            #expect(try store.lookup(service: service, account: "U") == "from secret-tool")
        }

        @Test func secretToolFindsWhatVolleyStored() throws {
            defer { _ = try? store.delete(service: service, account: "U") }
            try store.store(service: service, account: "U", value: "from volley", label: "volley test")

            let found = try SecretServiceSession.secretTool(["lookup", "service", service, "username", "U"])
            #expect(found.exitCode == 0)
            #expect(found.stdout.trimmingCharacters(in: .newlines) == "from volley")
        }

        @Test func trimsSurroundingWhitespace() throws {
            defer { _ = try? store.delete(service: service, account: "U") }
            let stored = try SecretServiceSession.secretTool(
                ["store", "--label=t", "service", service, "username", "U"], stdin: "  padded value \t\n")
            try #require(stored.exitCode == 0, "\(stored)")

            #expect(try store.lookup(service: service, account: "U") == "padded value")
        }

        @Test func findsWhatPythonKeyringStored() throws {
            let directory = try TemporaryDirectory(prefix: "volley-python-keyring")
            let keyring: PythonKeyring
            do {
                keyring = try PythonKeyring(in: directory, environment: SecretServiceSession.childEnvironment)
            } catch {
                try Test.cancel("Python keyring unavailable, skipping: \(error)")
            }
            defer { _ = try? store.delete(service: service, account: "default") }

            try keyring.setPassword(service: service, username: "default", value: "from python")
            #expect(try store.lookup(service: service, account: "default") == "from python")

            // And back: a value Volley replaces is what Python then reads.
            try store.store(service: service, account: "default", value: "from volley", label: "volley test")
            #expect(try keyring.getPassword(service: service, username: "default") == "from volley")
            #expect(try store.lookup(service: service, account: "default") == "from volley")
        }

        @Test func resolverMessageForAMissingItem() throws {
            let resolver = SecretResolver(
                declared: ["apikey": (.keyring(service: service, account: "default"), .commandLine("test"))],
                processEnvironment: [:], store: store)

            let error = try #require(throws: SecretResolutionError.self) { try resolver.resolve("apikey") }
            #expect(error.kind == .notFound)
            #expect(error.message == """
                secret 'apikey' not found in keyring \(service)/default (Secret Service): \
                store it with `volley secrets set \(service) default`, or set VOLLEY_SECRET_apikey
                """)
        }

        /// A locked keyring is an error within the deadline, never a prompt. Only on
        /// keyring-session.sh's throwaway keyring: a developer's real keyring is never locked.
        @Test(.enabled(if: SecretServiceSession.canLockAndUnlock, "needs keyring-session.sh's throwaway keyring"))
        func lockedKeyringIsAnErrorNotAPrompt() throws {
            // Tests of other targets use the same keyring: none may while it is locked.
            try KeyringLock.exclusive {
                try store.store(service: service, account: "default", value: "hidden", label: "volley test")
                try SecretServiceSession.setLoginCollectionLocked(true)
                defer {
                    try? SecretServiceSession.setLoginCollectionLocked(false)
                    _ = try? store.delete(service: service, account: "default")
                }

                let clock = ContinuousClock()
                let started = clock.now
                let lookupError = try #require(throws: SecretStoreError.self) {
                    try store.lookup(service: service, account: "default")
                }
                let storeError = try #require(throws: SecretStoreError.self) {
                    try store.store(service: service, account: "new", value: "x", label: "volley test")
                }
                #expect(clock.now - started < .seconds(5))
                #expect(lookupError.kind == .locked)
                #expect(lookupError.message.contains("is locked"))
                #expect(lookupError.message.contains("volley never prompts"))
                #expect(storeError.kind == .locked)

                try SecretServiceSession.setLoginCollectionLocked(false)
                #expect(try store.lookup(service: service, account: "default") == "hidden")
            }
        }
    }
}
#endif

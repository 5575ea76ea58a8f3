import Foundation
import Testing
import VolleyCore
@testable import VolleySecrets

@Suite("SecretResolver")
struct SecretResolverTests {
    /// How the `volley` front end spells the secret settings.
    static let flags = SettingNames([.secret: "--secret", .secretsFile: "--secrets-file"])
    let declaredAt = SourceLocation(file: "environments/staging.yaml", line: 4, column: 11)

    @Test func precedenceIsCommandLineThenProcessThenSecretsFileThenDeclaration() throws {
        let keyring = CountingStore(wrapping: InMemoryStore(items: [
            "svc/a": "keyring-a", "svc/b": "keyring-b", "svc/c": "keyring-c", "svc/d": "keyring-d",
        ]))
        let resolver = SecretResolver(
            declared: [
                "a": (.keyring(service: "svc", account: "a"), declaredAt),
                "b": (.keyring(service: "svc", account: "b"), declaredAt),
                "c": (.keyring(service: "svc", account: "c"), declaredAt),
                "d": (.keyring(service: "svc", account: "d"), declaredAt),
            ],
            commandLine: ["a": "cli-a"],
            processEnvironment: ["VOLLEY_SECRET_a": "env-a", "VOLLEY_SECRET_b": "env-b"],
            secretsFile: ["a": "file-a", "b": "file-b", "c": "file-c"],
            secretsFilePath: "ci/secrets.yaml",
            store: keyring)

        #expect(try resolver.resolve("a") == "cli-a")
        #expect(try resolver.resolve("b") == "env-b")
        #expect(try resolver.resolve("c") == "file-c")
        #expect(keyring.lookups == 0)
        #expect(try resolver.resolve("d") == "keyring-d")
        #expect(keyring.lookups == 1)

        #expect(resolver.origin(of: "a") == "a command-line secret")
        #expect(resolver.origin(of: "b") == "VOLLEY_SECRET_b")
        #expect(resolver.origin(of: "c") == "a secrets file (ci/secrets.yaml)")
        #expect(resolver.origin(of: "d") == "keyring svc/d")
        #expect(resolver.origin(of: "e") == nil)
        #expect(resolver.declaration(of: "d") == declaredAt)
        #expect(resolver.declaration(of: "a") == nil)
    }

    @Test func overridesAloneMakeSecrets() {
        let resolver = SecretResolver(
            commandLine: ["x": "1"], processEnvironment: ["VOLLEY_SECRET_y": "2", "VOLLEY_SECRET_": "ignored", "OTHER": "3"],
            secretsFile: ["z": "4"], store: InMemoryStore())
        #expect(resolver.names == ["x", "y", "z"])
        #expect(resolver.isSecret("y"))
        #expect(!resolver.isSecret("OTHER"))
        #expect(!resolver.isSecret(""))
    }

    @Test func keyringIsTouchedOnlyWhenASecretIsUsedAndThenOnce() throws {
        let keyring = CountingStore(wrapping: InMemoryStore(items: ["coresignal/default": "k"]))
        let resolver = SecretResolver(
            declared: [
                "apikey": (.keyring(service: "coresignal", account: "default"), declaredAt),
                "unused": (.keyring(service: "coresignal", account: "unused"), declaredAt),
            ],
            processEnvironment: [:], store: keyring)

        #expect(resolver.isSecret("apikey"))
        #expect(resolver.origin(of: "apikey") == "keyring coresignal/default")
        #expect(keyring.lookups == 0)

        #expect(try resolver.resolve("apikey") == "k")
        #expect(try resolver.resolve("apikey") == "k")
        #expect(keyring.lookups == 1)
    }

    @Test func concurrentFirstUsesAskTheKeyringOnce() async throws {
        let keyring = CountingStore(wrapping: InMemoryStore(items: ["coresignal/default": "k"]))
        let resolver = SecretResolver(
            declared: ["apikey": (.keyring(service: "coresignal", account: "default"), declaredAt)],
            processEnvironment: [:], store: keyring)

        let values = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { try resolver.resolve("apikey") } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(values == Array(repeating: "k", count: 32))
        #expect(keyring.lookups == 1)
    }

    @Test func everyValueReachesOnResolveBeforeItIsReturned() throws {
        let seen = Recorder()
        let resolver = SecretResolver(
            declared: ["apikey": (.keyring(service: "coresignal", account: "default"), declaredAt)],
            commandLine: ["token": "t0k"],
            processEnvironment: [:],
            store: InMemoryStore(items: ["coresignal/default": "k3y"]),
            onResolve: { seen.append($0) })

        #expect(try resolver.resolve("apikey") == "k3y")
        #expect(seen.values == ["k3y"])
        #expect(try resolver.resolve("token") == "t0k")
        _ = try resolver.resolve("token")
        #expect(seen.values == ["k3y", "t0k"])
    }

    @Test func valuesAreTrimmed() throws {
        let resolver = SecretResolver(
            declared: [
                "fromKeyring": (.keyring(service: "s", account: "a"), declaredAt),
                "fromEnv": (.environment("OTHER_TOKEN"), declaredAt),
            ],
            commandLine: ["fromCommandLine": " cli\n"],
            processEnvironment: ["VOLLEY_SECRET_fromProcess": "\tproc  ", "OTHER_TOKEN": "  other\n"],
            secretsFile: ["fromSecretsFile": "file \r\n"],
            store: InMemoryStore(items: ["s/a": "  keyring value\n"]))

        #expect(try resolver.resolve("fromKeyring") == "keyring value")
        #expect(try resolver.resolve("fromEnv") == "other")
        #expect(try resolver.resolve("fromCommandLine") == "cli")
        #expect(try resolver.resolve("fromProcess") == "proc")
        #expect(try resolver.resolve("fromSecretsFile") == "file")
    }

    @Test func environmentSourceThatIsNotSet() throws {
        let resolver = SecretResolver(
            declared: ["token": (.environment("OTHER_TOKEN"), declaredAt)], processEnvironment: [:], store: InMemoryStore())

        let error = try #require(throws: SecretResolutionError.self) { try resolver.resolve("token") }
        #expect(error.kind == .notFound)
        #expect(error.location == declaredAt)
        #expect(error.message == "secret 'token' from env OTHER_TOKEN: OTHER_TOKEN is not set: export it, or set VOLLEY_SECRET_token")
    }

    @Test func missingKeyringItemNamesSecretBackendAndFix() throws {
        let resolver = SecretResolver(
            declared: ["apikey": (.keyring(service: "coresignal", account: "default"), declaredAt)],
            processEnvironment: [:], store: InMemoryStore(backendName: "Secret Service"))

        let error = try #require(throws: SecretResolutionError.self) { try resolver.resolve("apikey") }
        #expect(error.kind == .notFound)
        #expect(error.origin == "keyring coresignal/default")
        #expect(error.message == """
            secret 'apikey' not found in keyring coresignal/default (Secret Service): \
            store it with `volley secrets set coresignal default`, or set VOLLEY_SECRET_apikey
            """)
    }

    @Test func unavailableKeyringNamesTheSecretInTheFix() throws {
        let keyring = CountingStore(wrapping: InMemoryStore(failure: SecretStoreError(
            .noSessionBus, backend: "Secret Service", problem: "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)",
            fix: "the Secret Service needs a desktop session; in CI use \(SecretStoreError.alternativesPlaceholder) instead")))
        let resolver = SecretResolver(
            declared: ["apikey": (.keyring(service: "coresignal", account: "default"), declaredAt)],
            processEnvironment: [:], store: keyring, settingNames: Self.flags)

        let error = try #require(throws: SecretResolutionError.self) { try resolver.resolve("apikey") }
        #expect(error.kind == .storeUnavailable)
        #expect(error.storeError?.kind == .noSessionBus)
        #expect(error.message == """
            secret 'apikey' from keyring coresignal/default: Secret Service: no D-Bus session bus \
            (DBUS_SESSION_BUS_ADDRESS is not set): the Secret Service needs a desktop session; \
            in CI use VOLLEY_SECRET_apikey or --secrets-file instead
            """)
        // The failure is remembered: a keyring that cannot answer is not asked again per request.
        #expect(throws: SecretResolutionError.self) { try resolver.resolve("apikey") }
        #expect(keyring.lookups == 1)
    }

    @Test func emptyValuesAreErrors() throws {
        let resolver = SecretResolver(
            declared: ["apikey": (.keyring(service: "coresignal", account: "default"), declaredAt)],
            processEnvironment: ["VOLLEY_SECRET_blank": "  "],
            store: InMemoryStore(items: ["coresignal/default": "\n"]))

        let fromKeyring = try #require(throws: SecretResolutionError.self) { try resolver.resolve("apikey") }
        #expect(fromKeyring.kind == .empty)
        #expect(fromKeyring.message == "secret 'apikey' from keyring coresignal/default is empty: store a value with `volley secrets set coresignal default`")
        let fromProcess = try #require(throws: SecretResolutionError.self) { try resolver.resolve("blank") }
        #expect(fromProcess.message == "secret 'blank' from VOLLEY_SECRET_blank is empty: give it a value")
    }

    @Test func unknownNameIsNotASecret() throws {
        let resolver = SecretResolver(processEnvironment: [:], store: InMemoryStore())
        let error = try #require(throws: SecretResolutionError.self) { try resolver.resolve("apikey") }
        #expect(error.kind == .notASecret)
        #expect(error.message.contains("declare it under `secrets:`"))
    }
}

/// Collects what `onResolve` was given.
private final class Recorder: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var recorded: [String] = []

    func append(_ value: String) { lock.withLock { recorded.append(value) } }
    var values: [String] { lock.withLock { recorded } }
}

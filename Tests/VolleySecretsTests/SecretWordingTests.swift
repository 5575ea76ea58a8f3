import Testing
import VolleyCore
@testable import VolleySecrets

/// Secret messages name the run's own sources (a command-line secret, a secrets file) plainly,
/// and with the front end's spelling when it passes its table.
@Suite("secret messages, plain and spelled")
struct SecretWordingTests {
    static let flags = SettingNames([.secret: "--secret", .secretsFile: "--secrets-file"])

    @Test func anUnknownNameSaysHowToGiveIt() throws {
        let plain = SecretResolver(processEnvironment: [:], store: InMemoryStore())
        let error = try #require(throws: SecretResolutionError.self) { try plain.resolve("apikey") }
        #expect(error.message == "'apikey' is not a secret: declare it under `secrets:` in the environment file, "
            + "or pass a command-line secret (apikey=VALUE) or set VOLLEY_SECRET_apikey")

        let spelled = SecretResolver(processEnvironment: [:], store: InMemoryStore(), settingNames: Self.flags)
        let flagged = try #require(throws: SecretResolutionError.self) { try spelled.resolve("apikey") }
        #expect(flagged.message == "'apikey' is not a secret: declare it under `secrets:` in the environment file, "
            + "or pass --secret apikey=VALUE or set VOLLEY_SECRET_apikey")
    }

    @Test func originsFollowTheTable() {
        let resolver = SecretResolver(
            commandLine: ["a": "x"], processEnvironment: [:], secretsFile: ["b": "y"], secretsFilePath: "ci/s.yaml",
            store: InMemoryStore(), settingNames: Self.flags)
        #expect(resolver.origin(of: "a") == "--secret")
        #expect(resolver.origin(of: "b") == "--secrets-file ci/s.yaml")
        let unnamed = SecretResolver(processEnvironment: [:], secretsFile: ["b": "y"], store: InMemoryStore())
        #expect(unnamed.origin(of: "b") == "a secrets file")
    }

    @Test func aStoreWithoutAKeyringOffersTheOtherSources() throws {
        let error = try #require(throws: SecretStoreError.self) {
            try UnavailableSecretStore().lookup(service: "coresignal", account: "default")
        }
        #expect(error.message == "keyring: this platform has no supported keyring: use VOLLEY_SECRET_<name> or a secrets file instead")
        #expect(error.message(naming: Self.flags)
            == "keyring: this platform has no supported keyring: use VOLLEY_SECRET_<name> or --secrets-file instead")
        #expect(error.fix(forSecret: "apikey", naming: Self.flags) == "use VOLLEY_SECRET_apikey or --secrets-file instead")
        #expect(error.fix(forSecret: "apikey") == "use VOLLEY_SECRET_apikey or a secrets file instead")
    }
}

import VolleyCore
import VolleyParser
import VolleySecrets

/// The secret sources outside environment files (`--secret`, `VOLLEY_SECRET_*`, a secrets file),
/// feeding every value they hold or fetch to the run's registry.
final class SecretSources {
    private let settings: SecretSettings
    private let registry: SecretRegistry
    private let keyring: any SecretStore
    private var secretsFile: [String: String] = [:]
    /// How resolution messages spell `--secret` and the secrets file.
    private let names: SettingNames

    init(settings: SecretSettings, registry: SecretRegistry, keyring: any SecretStore, names: SettingNames = .plain) {
        self.settings = settings
        self.names = names
        self.registry = registry
        self.keyring = keyring
    }

    /// Every secret value already in hand is masked from the start, so even the command line
    /// echoed into a report is safe; keyring values are masked as they are fetched.
    func registerKnownValues() {
        for value in settings.commandLine.values { registry.register(value, from: .commandLine) }
        for (key, value) in settings.processEnvironment where key.hasPrefix(SecretResolver.processVariablePrefix) {
            registry.register(value, from: .processEnvironment)
        }
    }

    /// Reads the secrets file. Its errors name positions but never print its lines: they hold secrets.
    func loadSecretsFile(sources: SourceFiles) throws {
        guard let path = settings.secretsFile else { return }
        if let mode = FileSystem.permissions(of: path), mode & 0o077 != 0 {
            throw InputError("secrets file '\(path)' can be read by others (mode \(String(mode, radix: 8))): run `chmod 600 \(path)`")
        }
        let text = try sources.read(path, secret: true)
        do {
            secretsFile = try CollectionParser.parseSecretsFile(source: text, file: path).mapValues(\.value)
        } catch {
            throw InputError(error.diagnostics.map { "\($0.location): \($0.message)" }.joined(separator: "\n"))
        }
        for value in secretsFile.values { registry.register(value, from: .secretsFile) }
    }

    func resolver(for environment: Environment?) -> SecretResolver {
        let registry = registry
        return SecretResolver(
            declared: environment?.secrets.mapValues { ($0.value, $0.location) } ?? [:],
            commandLine: settings.commandLine, processEnvironment: settings.processEnvironment,
            secretsFile: secretsFile, secretsFilePath: settings.secretsFile, store: keyring, settingNames: names,
            onResolve: { registry.register($0, from: .resolved) })
    }
}

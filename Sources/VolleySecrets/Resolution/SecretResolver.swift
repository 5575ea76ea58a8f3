public import VolleyCore
import VolleyLock

/// Decides which value each secret has, fetching it only when it is first used.
///
/// A secret's value comes from the first of these that names it, as variables do:
/// 1. `--secret name=value`
/// 2. the process variable `VOLLEY_SECRET_name`
/// 3. `--secrets-file FILE` (a YAML map of name → value)
/// 4. the environment file's `secrets:` declarations (keyring, env, file)
///
/// Lazy: a keyring, variable or file is read only when `resolve` is first called for a secret
/// that needs it, so a run that never uses a secret never touches the keyring. Each outcome,
/// failures included, is cached: a keyring that does not answer costs its timeout once per
/// secret, not once per request.
///
/// `onResolve` sees every value before `resolve` returns it, so the caller can register it with
/// its redactor before the value can reach any output. It runs under the resolver's lock and
/// must not call back into the resolver.
public final class SecretResolver: Sendable {
    /// Where one secret's value comes from, after precedence has picked it.
    private enum Provider: Sendable {
        case commandLine(String)
        case processVariable(name: String, value: String)
        case secretsFile(path: String?, value: String)
        case declared(SecretSource, SourceLocation)
    }

    public static let processVariablePrefix = "VOLLEY_SECRET_"

    private let providers: [String: Provider]
    private let processEnvironment: [String: String]
    private let store: any SecretStore
    /// How messages and origins spell the run's own sources (`--secret`, a secrets file).
    private let settingNames: SettingNames
    let onResolve: @Sendable (String) -> Void

    private let cache = Locked<[String: Result<String, SecretResolutionError>]>([:])

    /// - Parameters:
    ///   - declared: the environment file's `secrets:` map, each with where it was declared.
    ///   - commandLine: `--secret name=value` pairs.
    ///   - processEnvironment: the process's variables, for `VOLLEY_SECRET_*`, `env:` sources
    ///     and `~` in `file:` sources.
    ///   - secretsFile: the parsed `--secrets-file` map; `secretsFilePath` names it in messages.
    ///   - store: the keyring for `keyring:` sources.
    ///   - settingNames: how messages spell the command line's secrets and secrets file.
    ///   - onResolve: called with every value before it is returned.
    public init(
        declared: [String: (SecretSource, SourceLocation)] = [:],
        commandLine: [String: String] = [:],
        processEnvironment: [String: String] = ProcessEnvironment.current,
        secretsFile: [String: String] = [:],
        secretsFilePath: String? = nil,
        store: any SecretStore = SecretStores.platformDefault(),
        settingNames: SettingNames = .plain,
        onResolve: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        // Lowest precedence first; each later source overwrites.
        var providers: [String: Provider] = [:]
        for (name, (source, location)) in declared {
            providers[name] = .declared(source, location)
        }
        for (name, value) in secretsFile {
            providers[name] = .secretsFile(path: secretsFilePath, value: value)
        }
        for (key, value) in processEnvironment where key.hasPrefix(Self.processVariablePrefix) {
            let name = String(key.dropFirst(Self.processVariablePrefix.count))
            if !name.isEmpty { providers[name] = .processVariable(name: key, value: value) }
        }
        for (name, value) in commandLine {
            providers[name] = .commandLine(value)
        }
        self.providers = providers
        self.processEnvironment = processEnvironment
        self.store = store
        self.settingNames = settingNames
        self.onResolve = onResolve
    }

    /// Every secret name known from any source, sorted.
    public var names: [String] { providers.keys.sorted() }

    public func isSecret(_ name: String) -> Bool { providers[name] != nil }

    /// Where the secret's value comes from, for hints: `keyring coresignal/default`, `--secret`,
    /// `VOLLEY_SECRET_apikey`, `--secrets-file FILE` (as the names table spells the last two). Nil when `name` is not a secret.
    public func origin(of name: String) -> String? {
        providers[name].map(originText)
    }

    /// Where the environment file declares the secret, when that declaration is what supplies it.
    public func declaration(of name: String) -> SourceLocation? {
        if case .declared(_, let location)? = providers[name] { return location }
        return nil
    }

    /// The secret's value, trimmed; fetched on first use, then cached.
    public func resolve(_ name: String) throws(SecretResolutionError) -> String {
        let outcome = cache.withLock { cache in
            if let cached = cache[name] { return cached }
            let outcome = Result { () throws(SecretResolutionError) -> String in
                let value = try fetch(name)
                onResolve(value)
                return value
            }
            cache[name] = outcome
            return outcome
        }
        return try outcome.get()
    }

    private func fetch(_ name: String) throws(SecretResolutionError) -> String {
        guard let provider = providers[name] else {
            throw SecretResolutionError(
                .notASecret, name: name, origin: nil,
                message: "'\(name)' is not a secret: declare it under `secrets:` in the environment file, "
                    + "or pass \(settingNames.name(of: .secret, given: "\(name)=VALUE")) or set \(Self.processVariablePrefix)\(name)")
        }
        let origin = originText(of: provider)
        let value: String
        switch provider {
        case .commandLine(let given), .processVariable(_, let given), .secretsFile(_, let given):
            value = SecretText.trimmed(given)
        case .declared(let source, let location):
            value = try fetch(name, from: source, declaredAt: location)
        }
        guard !value.isEmpty else {
            throw SecretResolutionError(
                .empty, name: name, origin: origin, location: declaration(of: name),
                message: "secret '\(name)' from \(origin) is empty: \(Self.emptyFix(provider))")
        }
        return value
    }

    private func fetch(
        _ name: String, from source: SecretSource, declaredAt location: SourceLocation
    ) throws(SecretResolutionError) -> String {
        let origin = source.description
        let override = "set \(Self.processVariablePrefix)\(name)"
        switch source {
        case .keyring(let service, let account):
            let found: String?
            do {
                found = try store.lookup(service: service, account: account)
            } catch {
                throw SecretResolutionError(
                    .storeUnavailable, name: name, origin: origin, location: location, storeError: error,
                    message: "secret '\(name)' from \(origin): \(error.backend): \(error.problem): "
                        + error.fix(forSecret: name, naming: settingNames))
            }
            guard let found else {
                throw SecretResolutionError(
                    .notFound, name: name, origin: origin, location: location,
                    message: "secret '\(name)' not found in \(origin) (\(store.backendName)): "
                        + "store it with `volley secrets set \(service) \(account)`, or \(override)")
            }
            return SecretText.trimmed(found)

        case .environment(let variable):
            guard let found = processEnvironment[variable] else {
                throw SecretResolutionError(
                    .notFound, name: name, origin: origin, location: location,
                    message: "secret '\(name)' from \(origin): \(variable) is not set: export it, or \(override)")
            }
            return SecretText.trimmed(found)

        case .file(let path):
            do {
                return try SecretFile.read(path, home: homeDirectory)
            } catch {
                switch error {
                case .unreadable(let expanded, let reason):
                    throw SecretResolutionError(
                        .unreadableFile, name: name, origin: origin, location: location,
                        message: "secret '\(name)' from \(origin): cannot read \(expanded) (\(reason)): "
                            + "put the secret on its first line and run `chmod 600 \(expanded)`, or \(override)")
                case .insecure(let expanded, let mode):
                    throw SecretResolutionError(
                        .insecureFile, name: name, origin: origin, location: location,
                        message: "secret '\(name)' from \(origin): \(expanded) is readable by group or others "
                            + "(mode \(String(mode, radix: 8))): run `chmod 600 \(expanded)`")
                }
            }
        }
    }

    private var homeDirectory: String { SecretFilePath.home(in: processEnvironment) }

    private func originText(of provider: Provider) -> String {
        switch provider {
        case .commandLine: settingNames.name(of: .secret)
        case .processVariable(let variable, _): variable
        case .secretsFile(let path, _): path.map { settingNames.name(of: .secretsFile, given: $0) } ?? settingNames.name(of: .secretsFile)
        case .declared(let source, _): source.description
        }
    }

    private static func emptyFix(_ provider: Provider) -> String {
        switch provider {
        case .declared(.keyring(let service, let account), _):
            "store a value with `volley secrets set \(service) \(account)`"
        case .declared(.file(let path), _):
            "put the secret on the first line of \(path)"
        default:
            "give it a value"
        }
    }
}

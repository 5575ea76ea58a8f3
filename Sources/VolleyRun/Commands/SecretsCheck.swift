import VolleyCore
import VolleyParser
import VolleySecrets

/// `secrets check ENV`: every secret an environment declares, resolved as `run` would resolve
/// it, each reported by where it came from; values are never shown.
public enum SecretsCheck {
    public struct Report: Sendable {
        /// `ok  NAME  (origin)` lines, or that the environment declares none.
        public var resolved: [String] = []
        /// `file:line:column: error: …` lines, then a count of the failures.
        public var failures: [String] = []
    }

    /// Throws the rendered errors of an environment that cannot be read or parsed.
    public static func run(
        environment env: String, store: any SecretStore, secrets: SecretRegistry,
        processEnvironment: [String: String] = ProcessEnvironment.variables, names: SettingNames = .plain
    ) throws(InputError) -> Report {
        let sources = SourceFiles()
        let environment: Environment
        do {
            environment = try EnvironmentFiles(sources: sources).environment(env, forCollectionAt: "")
        } catch let error as InputError {
            throw InputError("error: " + error.message)
        } catch let error as DiagnosticList {
            throw InputError(error.diagnostics.map(sources.render).joined(separator: "\n"))
        } catch {
            throw InputError("error: \(error)")
        }
        return check(environment.secrets.mapValues { ($0.value, $0.location) }, in: environment.file, store: store,
            secrets: secrets, processEnvironment: processEnvironment, names: names)
    }

    /// Resolves every declared secret and reports each on its own line.
    public static func check(
        _ declared: [String: (SecretSource, SourceLocation)], in file: String, store: any SecretStore, secrets: SecretRegistry,
        processEnvironment: [String: String] = ProcessEnvironment.variables, names: SettingNames = .plain
    ) -> Report {
        var report = Report()
        guard !declared.isEmpty else {
            report.resolved.append("\(file): declares no secrets")
            return report
        }
        // Values go to the registry as they resolve: nothing printed from here may show one.
        let resolver = SecretResolver(
            declared: declared, processEnvironment: processEnvironment, store: store, settingNames: names,
            onResolve: { secrets.register($0, from: .resolved) })
        for name in declared.keys.sorted() {
            do {
                _ = try resolver.resolve(name)
                report.resolved.append("ok  \(name)  (\(resolver.origin(of: name) ?? "?"))")
            } catch {
                let location = error.location ?? declared[name]?.1
                report.failures.append("\(location.map { "\($0): " } ?? "")error: \(error.message)")
            }
        }
        if !report.failures.isEmpty {
            report.failures.append("\(report.failures.count) of \(declared.count) secret\(declared.count == 1 ? "" : "s") could not be read.")
        }
        return report
    }
}

import VolleyCore
import VolleyJSON
import VolleyExecutor
import VolleyParser
import VolleyReporter
import VolleyScript
import VolleySecrets

/// Every collection named on the command line, parsed and checked, with its variables.
/// Loading is all-or-nothing: if any file has an error, nothing runs.
public struct LoadedCollections {
    public struct Entry {
        public var collection: Collection
        public var scopes: VariableScopes
        public var environment: Environment?
        /// The requests the run's folders select, planned once here for every check and the run.
        public var requests: [PlannedRequest]
    }

    public var entries: [Entry] = []
    /// Warnings (and `validate`'s notes) to show, rendered, in order.
    public var messages: [String] = []

    /// How strict loading is: `run` fetches secrets and fails on undefined variables; `validate`
    /// fetches nothing, may only warn, and adds notes.
    public struct Mode: Sendable {
        public var undefinedVariables: Diagnostic.Severity
        public var resolveSecrets: Bool
        public var notes: Bool

        public static let run = Mode(undefinedVariables: .error, resolveSecrets: true, notes: false)

        public init(undefinedVariables: Diagnostic.Severity, resolveSecrets: Bool, notes: Bool) {
            self.undefinedVariables = undefinedVariables
            self.resolveSecrets = resolveSecrets
            self.notes = notes
        }
    }

    /// Every problem found, errors and warnings: rendered for the console, and as diagnostics for
    /// the reports of a run that did not start.
    public struct Failure: Error {
        public var messages: [String]
        public var errorCount: Int
        public var diagnostics: [RunDiagnostic]

        public init(_ message: String) {
            self.init(messages: ["error: " + message], errorCount: 1, diagnostics: [RunDiagnostic(.error, message, at: nil)])
        }

        init(messages: [String], errorCount: Int, diagnostics: [RunDiagnostic]) {
            self.messages = messages
            self.errorCount = errorCount
            self.diagnostics = diagnostics
        }
    }

    /// Parses every file and collects every problem found (not only the first); throws them when
    /// there were errors. Every secret value met on the way is registered with `secrets` first.
    public static func load(
        _ configuration: RunConfiguration, mode: Mode = .run, sources: SourceFiles, secrets: SecretRegistry,
        loaders: [any CollectionLoader] = .standard, iterationColumns: [String: JSONValue] = [:],
        keyring: any SecretStore = SecretStores.platformDefault()
    ) throws(Failure) -> LoadedCollections {
        var loaded = LoadedCollections()
        var diagnostics: [Diagnostic] = []
        /// Problems with no caret to draw: a missing file, an unknown folder, a secret that cannot be had.
        var problems: [(location: SourceLocation?, message: String)] = []
        let folders = configuration.folders

        let files: [String]
        do {
            files = try SourceFiles.collectionPaths(configuration.paths)
        } catch {
            throw Failure(error.message)
        }

        let secretSources = SecretSources(
            settings: configuration.secrets, registry: secrets, keyring: keyring, names: configuration.settingNames)
        secretSources.registerKnownValues()
        do {
            try secretSources.loadSecretsFile(sources: sources)
        } catch let error as InputError {
            throw Failure(error.message)
        } catch {
            throw Failure("\(error)")
        }

        let environments = EnvironmentFiles(sources: sources)
        var base = configuration.variables.baseScopes()
        var globals: Environment?
        if let path = configuration.variables.globals {
            do {
                globals = try environments.globals(path)
            } catch let error as DiagnosticList {
                diagnostics += error.diagnostics
            } catch let error as InputError {
                problems.append((error.location, error.message))
            } catch {
                problems.append((nil, "\(error)"))
            }
            for (name, value) in globals?.variables ?? [:] { base.set(name, to: value.value, in: .global) }
        }
        for file in files {
            do {
                let text = try sources.read(file)
                let collection = try loaders.loader(for: file, source: text).load(source: text, file: file)
                // A `file:` script's text, for the carets of errors inside it (a syntax error, say).
                for script in collection.allScripts where script.origin.file != file {
                    sources.keep(script.source, for: script.origin.file)
                }
                var scopes = base
                let environment = try configuration.variables.environment.map {
                    try environments.environment($0, forCollectionAt: file)
                }
                if let environment {
                    for (key, value) in environment.variables { scopes.set(key, to: value.value, in: .environment) }
                }
                scopes.secrets = secretSources.resolver(for: environment)
                // A name the environment calls a secret, or the collection uses as a credential, stays
                // secret when --var or VOLLEY_VAR_ supplies it: masked before the command line is recorded.
                let secretNames = Set(environment?.secrets.keys ?? [:].keys)
                    .union(CredentialNames.of(collection, variables: scopes))
                    .union(environment?.sensitiveNames ?? []).union(globals?.sensitiveNames ?? [])
                for name in secretNames {
                    if let (value, _) = scopes.lookup(name) { secrets.register(value.templateText, from: .credential) }
                }
                // Iteration rows are set per run; their column names must count as defined for the check.
                var checked = scopes
                checked.setAll(iterationColumns, in: .iteration)
                var graphed = checked
                for (name, value) in collection.variables { graphed.set(name, to: value.value, in: .collection) }
                // An environment shared by collections would report its own cycle once per collection.
                diagnostics += VariableGraphCheck.diagnostics(
                    scopes: graphed, collection: collection, environment: environment, names: configuration.settingNames)
                    .filter { !diagnostics.contains($0) }
                let requests = collection.plannedRequests(folders: folders)
                diagnostics += UndefinedVariableCheck.diagnostics(
                    for: collection, requests: requests, variables: checked, settingNames: configuration.settingNames)
                    .map { diagnostic in
                        var d = diagnostic
                        d.severity = mode.undefinedVariables
                        // Postman sends an unresolved `{{name}}` as written; so does its collection here.
                        if collection.format.sendsUndefinedVariablesLiterally {
                            d.severity = .note
                            d.message += "; it is sent as written, as Postman does"
                        }
                        return d
                    }
                if mode.notes { diagnostics += InheritedAuthOverrides.notes(for: requests) }
                // A script that cannot parse fails the run before any request is paid for.
                diagnostics += ScriptSyntax.diagnostics(for: collection)
                diagnostics += HTTPVersionCheck.diagnostics(for: requests)
                diagnostics += ParallelGroupCheck.diagnostics(for: requests, variables: checked)
                loaded.entries.append(Entry(
                    collection: collection, scopes: scopes, environment: environment, requests: requests))
            } catch let error as DiagnosticList {
                // An environment file shared by several collections is parsed once; its errors
                // are reported once too, not again for each collection that names it.
                diagnostics += error.diagnostics.filter { !diagnostics.contains($0) }
            } catch let error as InputError {
                problems.append((error.location, error.message))
            } catch {
                problems.append((nil, "\(error)"))
            }
        }

        if !folders.isEmpty, problems.isEmpty, diagnostics.isEmpty {
            let known = Set(loaded.entries.flatMap(\.collection.folderNames))
            for folder in folders where !known.contains(folder) {
                let hint = Suggestion.closest(to: folder, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append((nil, "no folder named '\(folder)' in \(files.joined(separator: ", "))\(hint)"))
            }
        }

        // Secrets the selected requests use are fetched now, before anything is sent, so a missing
        // keyring item costs no request; secrets nothing uses are never fetched.
        if mode.resolveSecrets, problems.isEmpty, diagnostics.allSatisfy({ $0.severity != .error }) {
            for entry in loaded.entries {
                let (fetched, failures) = fetchSecrets(of: entry)
                problems += failures
                loaded.messages += KeyShapeCheck.warnings(for: entry, fetched: fetched, names: configuration.settingNames)
            }
        }

        var messages = loaded.messages
        for problem in problems {
            messages.append((problem.location.map { "\($0): " } ?? "") + "error: " + OutputEscaping.terminal(problem.message))
        }
        for diagnostic in diagnostics { messages.append(sources.render(diagnostic)) }
        let errors = diagnostics.filter { $0.severity == .error }.count + problems.count
        if errors > 0 {
            throw Failure(
                messages: messages, errorCount: errors,
                diagnostics: problems.map { RunDiagnostic(.error, $0.message, at: $0.location) } + diagnostics.map(RunDiagnostic.init))
        }
        loaded.messages = messages
        return loaded
    }

    /// The secrets the selected requests of `entry` use, each with where it came from.
    private static func fetchSecrets(of entry: Entry) -> (
        [String: (value: String, origin: String?)], [(location: SourceLocation?, message: String)]
    ) {
        var values: [String: (value: String, origin: String?)] = [:]
        var problems: [(location: SourceLocation?, message: String)] = []
        guard let provider = entry.scopes.secrets else { return (values, problems) }
        for name in SecretsInUse.names(in: entry.requests, variables: entry.scopes) {
            do throws(SecretUnavailable) {
                values[name] = (try provider.secretValue(name), provider.origin(of: name))
            } catch {
                problems.append((error.location, error.message))
            }
        }
        return (values, problems)
    }
}

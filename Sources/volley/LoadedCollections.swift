import VolleyCore
import VolleyJSON
import VolleyExecutor
import VolleyParser
import VolleyReporter

/// Every collection named on the command line, parsed and checked, with its variables.
/// Loading is all-or-nothing: if any file has an error, nothing runs.
struct LoadedCollections {
    struct Entry {
        var collection: Collection
        var scopes: VariableScopes
        var environment: Environment?
    }

    var entries: [Entry] = []

    /// Every problem found, errors and warnings, in the order printed: for the reports of a run
    /// that did not start.
    struct Failure: Error {
        var diagnostics: [RunDiagnostic]
    }

    /// Parses every file and reports every problem found (not only the first) through `output`.
    /// Throws them, after printing them, when there were errors.
    static func load(
        paths: [String], variables: VariableOptions, secrets: SecretOptions, folders: [String],
        sources: SourceFiles, output: Output, undefinedVariables severity: Diagnostic.Severity = .error,
        resolveSecrets: Bool = true, notes: Bool = false, iterationColumns: [String: JSONValue] = [:], footer: (Int) -> String
    ) throws(Failure) -> LoadedCollections {
        var loaded = LoadedCollections()
        var diagnostics: [Diagnostic] = []
        /// Problems with no caret to draw: a missing file, an unknown folder, a secret that cannot be had.
        var problems: [(location: SourceLocation?, message: String)] = []

        let files: [String]
        do {
            files = try SourceFiles.collectionPaths(paths)
        } catch {
            output.err("error: \(error.message)")
            output.err(footer(1))
            throw Failure(diagnostics: [RunDiagnostic(.error, error.message, at: nil)])
        }

        secrets.registerKnownValues(with: output)
        let secretsFile: [String: String]
        do {
            secretsFile = try secrets.loadSecretsFile(sources: sources, output: output)
        } catch let error as InputError {
            output.err("error: \(error.message)")
            output.err(footer(1))
            throw Failure(diagnostics: [RunDiagnostic(.error, error.message, at: nil)])
        } catch {
            output.err("error: \(error)")
            output.err(footer(1))
            throw Failure(diagnostics: [RunDiagnostic(.error, "\(error)", at: nil)])
        }

        for file in files {
            do {
                let text = try sources.read(file)
                let collection = try CollectionParser.parseCollection(source: text, file: file)
                var (scopes, environment) = try variables.scopes(forCollectionAt: file, sources: sources)
                scopes.secrets = secrets.resolver(for: environment, secretsFile: secretsFile, output: output)
                // A name the environment calls a secret, or the collection uses as a credential, stays
                // secret when --var or VOLLEY_VAR_ supplies it: masked before the command line is recorded.
                let secretNames = Set(environment?.secrets.keys ?? [:].keys)
                    .union(CredentialNames.of(collection, variables: scopes))
                for name in secretNames {
                    if let (value, _) = scopes.lookup(name) { output.addSecret(value.templateText) }
                }
                // Iteration rows are set per run; their column names must count as defined for the check.
                var checked = scopes
                checked.setAll(iterationColumns, in: .iteration)
                diagnostics += UndefinedVariableCheck.diagnostics(for: collection, variables: checked, folders: folders)
                    .map { var d = $0; d.severity = severity; return d }
                if notes { diagnostics += InheritedAuthOverrides.notes(for: collection, folders: folders) }
                loaded.entries.append(Entry(collection: collection, scopes: scopes, environment: environment))
            } catch let error as DiagnosticList {
                diagnostics += error.diagnostics
            } catch let error as InputError {
                problems.append((nil, error.message))
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
        if resolveSecrets, problems.isEmpty, diagnostics.allSatisfy({ $0.severity != .error }) {
            for entry in loaded.entries {
                var values: [String: (value: String, origin: String?)] = [:]
                for name in SecretsInUse.names(in: entry.collection, variables: entry.scopes, folders: folders) {
                    guard let provider = entry.scopes.secrets else { continue }
                    do {
                        values[name] = (try provider.secretValue(name), provider.origin(of: name))
                    } catch {
                        problems.append((error.location, error.message))
                    }
                }
                for (name, shape) in KeyShapeCheck.shapes(of: entry.collection, environment: entry.environment).sorted(by: { $0.key < $1.key }) {
                    let given = values[name] ?? entry.scopes.lookup(name).map { ($0.value.templateText, "\($0.source)") }
                    if let (value, origin) = given,
                        let warning = KeyShapeCheck.warning(name: name, value: value, origin: origin, shape: shape)
                    {
                        output.err("warning: \(warning)")
                    }
                }
            }
        }

        for problem in problems {
            output.err((problem.location.map { "\($0): " } ?? "") + "error: " + problem.message)
        }
        for diagnostic in diagnostics { output.err(sources.render(diagnostic)) }
        let errors = diagnostics.filter { $0.severity == .error }.count + problems.count
        if errors > 0 {
            output.err(footer(errors))
            throw Failure(diagnostics: problems.map { RunDiagnostic(.error, $0.message, at: $0.location) } + diagnostics.map(RunDiagnostic.init))
        }
        return loaded
    }
}

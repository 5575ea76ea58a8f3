import VolleyCore
import VolleyExecutor
import VolleyParser

/// Every collection named on the command line, parsed and checked, with its variables.
/// Loading is all-or-nothing: if any file has an error, nothing runs.
struct LoadedCollections {
    struct Entry {
        var collection: Collection
        var scopes: VariableScopes
        var environment: Environment?
    }

    var entries: [Entry] = []

    /// Parses every file and reports every problem found (not only the first) through `output`.
    /// Returns nil, after printing them, when there were errors.
    static func load(
        paths: [String], variables: VariableOptions, folders: [String], sources: SourceFiles, output: Output,
        undefinedVariables severity: Diagnostic.Severity = .error, footer: (Int) -> String
    ) -> LoadedCollections? {
        var loaded = LoadedCollections()
        var diagnostics: [Diagnostic] = []
        var problems: [String] = []

        let files: [String]
        do {
            files = try SourceFiles.collectionPaths(paths)
        } catch {
            output.err("error: \(error.message)")
            output.err(footer(1))
            return nil
        }

        for file in files {
            do {
                let text = try sources.read(file)
                let collection = try CollectionParser.parseCollection(source: text, file: file)
                let (scopes, environment) = try variables.scopes(forCollectionAt: file, sources: sources)
                diagnostics += UndefinedVariableCheck.diagnostics(for: collection, variables: scopes, folders: folders)
                    .map { var d = $0; d.severity = severity; return d }
                loaded.entries.append(Entry(collection: collection, scopes: scopes, environment: environment))
            } catch let error as DiagnosticList {
                diagnostics += error.diagnostics
            } catch let error as InputError {
                problems.append(error.message)
            } catch {
                problems.append("\(error)")
            }
        }

        if !folders.isEmpty, problems.isEmpty, diagnostics.isEmpty {
            let known = Set(loaded.entries.flatMap(\.collection.folderNames))
            for folder in folders where !known.contains(folder) {
                let hint = Suggestion.closest(to: folder, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append("no folder named '\(folder)' in \(files.joined(separator: ", "))\(hint)")
            }
        }

        for problem in problems { output.err("error: \(problem)") }
        for diagnostic in diagnostics { output.err(sources.render(diagnostic)) }
        let errors = diagnostics.filter { $0.severity == .error }.count + problems.count
        if errors > 0 {
            output.err(footer(errors))
            return nil
        }
        return loaded
    }
}

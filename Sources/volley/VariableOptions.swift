import ArgumentParser
import Foundation
import VolleyCore
import VolleyParser

/// `--env` and `--var`, shared by `run` and `validate`.
struct VariableOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Environment: a NAME (loads environments/NAME.yaml beside each collection) or a PATH to a YAML file.",
        valueName: "name|path"))
    var env: String?

    @Option(name: .customLong("var"), help: ArgumentHelp(
        "Set a variable (highest precedence). Repeatable.", valueName: "name=value"))
    var variables: [String] = []

    func validate() throws {
        for assignment in variables where parse(assignment) == nil {
            throw ValidationError("--var expects name=value, got '\(assignment)'")
        }
    }

    private func parse(_ assignment: String) -> (String, String)? {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else { return nil }
        return (String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
    }

    /// Scopes for one collection: command line, process variables and the environment file.
    /// Collection variables and captures are added by the runner.
    func scopes(forCollectionAt path: String, sources: SourceFiles) throws -> (VariableScopes, Environment?) {
        var scopes = VariableScopes()
        for assignment in variables {
            if let (name, value) = parse(assignment) { scopes.set(name, to: .string(value), in: .commandLine) }
        }
        for (key, value) in ProcessInfo.processInfo.environment where key.hasPrefix("VOLLEY_VAR_") {
            let name = String(key.dropFirst("VOLLEY_VAR_".count))
            if !name.isEmpty { scopes.set(name, to: .string(value), in: .process) }
        }
        var environment: Environment? = nil
        if let env {
            let file = try Self.environmentPath(env, besideCollectionAt: path)
            let text = try sources.read(file)
            let name = env.contains("/") || env.hasSuffix(".yaml") || env.hasSuffix(".yml")
                ? PathText.baseName(of: file) : env
            environment = try CollectionParser.parseEnvironment(source: text, file: file, name: name)
            for (key, value) in environment!.variables { scopes.set(key, to: value.value, in: .environment) }
        }
        return (scopes, environment)
    }

    /// `--env staging` → `environments/staging.yaml` beside the collection; `--env path/to.yaml` as given.
    static func environmentPath(_ env: String, besideCollectionAt collection: String) throws(InputError) -> String {
        let fm = FileManager.default
        if env.contains("/") || env.hasSuffix(".yaml") || env.hasSuffix(".yml") {
            guard fm.fileExists(atPath: env) else { throw InputError("environment file not found: '\(env)'") }
            return env
        }
        let base = PathText.join(PathText.directory(of: collection), "environments")
        for candidate in [base + "/\(env).yaml", base + "/\(env).yml"] where fm.fileExists(atPath: candidate) {
            return candidate
        }
        throw InputError("environment '\(env)' not found: looked for \(base)/\(env).yaml")
    }
}

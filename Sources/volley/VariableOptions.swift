import ArgumentParser
import VolleyCore
import VolleyRun

/// `--env` and `--var`, shared by `run` and `validate`.
struct VariableOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Environment: a NAME (loads environments/NAME.yaml beside each collection) or a PATH to a YAML file or a Postman environment export.",
        valueName: "name|path"),
        completion: .custom { EnvironmentNameCompletion.candidates(words: $0, completing: $1, prefix: $2) })
    var env: String?

    @Option(name: .long, help: ArgumentHelp(
        "Postman globals export (or an environment file): variables of the lowest precedence, as pm.globals.",
        valueName: "path"),
        completion: .file(extensions: ["json", "yaml", "yml"]))
    var globals: String?

    @Option(name: .customLong("var"), help: ArgumentHelp(
        "Set a variable (highest precedence). Repeatable.", valueName: "name=value"))
    var variables: [String] = []

    @Option(name: .customLong("max-variable-size"), help: ArgumentHelp(
        "Largest value in bytes one variable may expand to, variables it uses included.", valueName: "bytes"))
    var maxVariableSize: Int = TemplateLimits.defaultMaxExpandedSize

    func validate() throws {
        guard maxVariableSize > 0 else { throw ValidationError("--max-variable-size must be more than 0 bytes") }
        for assignment in variables where Assignment.split(assignment) == nil {
            throw ValidationError("--var expects name=value, got '\(assignment)'")
        }
    }

    var settings: VariableSettings {
        var settings = VariableSettings(
            environment: env, commandLine: variables.compactMap(Assignment.split).map { (name: $0.0, value: $0.1) })
        settings.maxExpandedSize = maxVariableSize
        settings.globals = globals
        return settings
    }
}

extension CompletionKind {
    /// Collection files (the endings the loader reads) and directories of them.
    static var collections: CompletionKind { .file(extensions: EnvironmentNameCompletion.collectionExtensions) }
}

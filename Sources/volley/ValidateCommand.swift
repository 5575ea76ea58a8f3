import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Parse and check collections without sending anything.",
        discussion: """
            Reports every error with file:line:column. Variables that nothing defines are errors as in 'run' \
            when --env or --var is given, and warnings without them (the run may supply them). Exit 0 when valid, 2 otherwise.
            """)

    @Argument(help: ArgumentHelp("Collection files, or directories of them.", valueName: "file|dir"))
    var paths: [String]

    @OptionGroup var variables: VariableOptions

    @OptionGroup(title: "Secrets") var secrets: SecretOptions

    @Option(name: .customLong("folder"), help: ArgumentHelp("Check only the requests in this folder. Repeatable.", valueName: "name"))
    var folders: [String] = []

    mutating func run() throws {
        let output = Output()
        LoggingBootstrap.bootstrap(output: output)
        let sources = SourceFiles()
        guard let loaded = try? LoadedCollections.load(
            paths: paths, variables: variables, secrets: secrets, folders: folders, sources: sources, output: output,
            // Without the environment a run would use, a missing variable may be supplied later.
            undefinedVariables: variables.env == nil && variables.variables.isEmpty ? .warning : .error,
            resolveSecrets: false, notes: true, footer: { "\($0) error\($0 == 1 ? "" : "s")." })
        else {
            throw ExitStatus.invalidInput.exitCode
        }
        for entry in loaded.entries {
            let count = entry.collection.plannedRequests(folders: folders).count
            output.out("\(entry.collection.file): ok (\(count) request\(count == 1 ? "" : "s"))")
        }
    }
}

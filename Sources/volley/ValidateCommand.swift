import ArgumentParser
import VolleyRun

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Parse and check collections without sending anything.",
        discussion: """
            Reports every error with file:line:column. Variables that nothing defines are errors as in 'run' \
            when --env or --var is given, and warnings without them (the run may supply them). Exit 0 when valid, 2 otherwise.
            """)

    @Argument(help: ArgumentHelp("Collection files, or directories of them.", valueName: "file|dir"), completion: .collections)
    var paths: [String]

    @OptionGroup var variables: VariableOptions

    @OptionGroup(title: "Secrets") var secrets: SecretOptions

    @Option(name: .customLong("folder"), help: ArgumentHelp("Check only the requests in this folder. Repeatable.", valueName: "name"))
    var folders: [String] = []

    @Option(name: .customLong("iterations-data"), help: ArgumentHelp(
        "The CSV or JSON file the run will read: it must load, and its columns count as defined variables.", valueName: "file"),
        completion: .file(extensions: ["csv", "json"]))
    var iterationsData: String?

    mutating func run() throws {
        var configuration = RunConfiguration(paths: paths)
        configuration.variables = variables.settings
        configuration.secrets = secrets.settings
        configuration.folders = folders
        configuration.iterationsData = iterationsData
        configuration.settingNames = .flags
        let output = Output(secrets: SecretRegistry(showSuffix: secrets.showSecretSuffix))
        LoggingBootstrap.bootstrap(output: output)
        let footer = { (errors: Int) in "\(errors) error\(errors == 1 ? "" : "s")." }
        do {
            let (checked, messages) = try Validation.check(
                configuration, sources: SourceFiles(), secrets: output.secrets, describe: RunCommand.words)
            output.err(messages, footer: footer)
            func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
            for collection in checked {
                // Scripts are named only where there are some, so script-free output stays as it was.
                let scripts = collection.scriptCount == 0 ? "" : ", " + counted(collection.scriptCount, "script")
                output.out("\(collection.file): ok (\(counted(collection.requestCount, "request"))\(scripts))")
            }
        } catch {
            output.err(error.messages, errors: error.errorCount, footer: footer)
            throw ExitStatus.invalidInput.exitCode
        }
    }
}

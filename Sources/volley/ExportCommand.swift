import ArgumentParser
import VolleyRun

/// `volley export curl FILE…`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a collection's requests in another tool's form.",
        subcommands: [ExportCurlCommand.self])
}

struct ExportCurlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curl",
        abstract: "Print one runnable curl command per request.",
        discussion: """
            Variables are filled in from the collection, --env and --var. A secret is never written: it becomes \
            "${VOLLEY_SECRET_name}", read from the shell; a variable only a run defines (a capture) becomes \
            "${VOLLEY_VAR_name}", listed above its command. Nothing is sent and no secret is fetched. Exit 0, or 2 \
            for an invalid collection.
            """)

    @Argument(help: ArgumentHelp("Collection files, or directories of them.", valueName: "file|dir"), completion: .collections)
    var paths: [String]

    @OptionGroup var variables: VariableOptions

    @Option(name: .customLong("folder"), help: ArgumentHelp("Export only the requests in this folder. Repeatable.", valueName: "name"))
    var folders: [String] = []

    mutating func run() throws {
        var configuration = RunConfiguration(paths: paths)
        configuration.variables = variables.settings
        configuration.folders = folders
        configuration.settingNames = .flags
        let output = Output(secrets: SecretRegistry(showSuffix: false))
        LoggingBootstrap.bootstrap(output: output)
        do {
            let (exported, messages) = try CurlExport.export(configuration, sources: SourceFiles(), secrets: output.secrets)
            output.err(messages)
            output.outInline(exported.text)
        } catch {
            output.err(error.messages, errors: error.errorCount, footer: { "\($0) error\($0 == 1 ? "" : "s")." })
            throw ExitStatus.invalidInput.exitCode
        }
    }
}

import ArgumentParser
import VolleyRun

/// `volley import curl 'curl …'`: a thin front over `CurlImportRun`.
struct ImportCurlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curl",
        abstract: "Write a collection (YAML) from pasted curl commands.",
        discussion: """
            Give each command as one argument (quote it), or --file with one command per line (a trailing \\ continues \
            a line). Reads -X, -H, -d/--data, --data-raw, --data-binary, --data-urlencode, --json, -u, -G, --url, -A, \
            -e, -b, -m, -I, and notes -L, -k, --compressed; any other option is an error (exit 2). A password or token \
            in the command is left out of the YAML, as a {{placeholder}} to give as a secret.
            """)

    @Argument(help: ArgumentHelp("curl commands, each as one argument.", valueName: "command"))
    var commands: [String] = []

    @Option(name: .customLong("file"), help: ArgumentHelp("Read the commands from a file ('-' for standard input).", valueName: "path"))
    var file: String?

    @Option(name: .customLong("name"), help: ArgumentHelp("The collection's name.", valueName: "name"))
    var name = "Imported from curl"

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the YAML to this file instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        if commands.isEmpty == (file == nil) { throw ValidationError("give curl commands as arguments, or --file, not both") }
    }

    mutating func run() throws {
        let out = Output(secrets: SecretRegistry(showSuffix: false))
        LoggingBootstrap.bootstrap(output: out)
        do {
            let imported = try CurlImportRun.run(commands: commands, file: file, name: name, output: output)
            for note in imported.notes { out.err("note: " + note) }
            if output == nil { out.outInline(imported.yaml) }
        } catch {
            out.err(error.text)
            throw ExitStatus.invalidInput.exitCode
        }
    }
}

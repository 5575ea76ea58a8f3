import ArgumentParser
import VolleyRun

/// `volley import postman FILE [--env FILE] -o DIR` and `volley import curl 'curl …'`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a collection from another tool into a Volley YAML collection.",
        subcommands: [PostmanImportCommand.self, ImportCurlCommand.self])
}

struct PostmanImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postman",
        abstract: "Convert a Postman collection (v2.0, v2.1), and its environment, into YAML.",
        discussion: """
            Writes DIR/NAME.yaml and, with --env or secrets, DIR/environments/ENV.yaml. Plain status, header and JSON \
            checks become expect: and capture:, other scripts stay scripts. Secret values (type secret, or names like \
            token, password, apikey) are never written: they become secrets: read from the keyring. Exit 2 for an \
            invalid input or a file in the way; nothing is written then.
            """)

    @Argument(help: ArgumentHelp("The Postman collection export.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Option(help: ArgumentHelp("A Postman environment export to convert beside it.", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var env: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The folder to write into.", valueName: "dir"),
        completion: .directory)
    var output: String

    @Flag(help: "Replace files that exist already.")
    var force = false

    mutating func run() throws {
        let console = Output()
        let written: PostmanImport.Written
        do {
            written = try PostmanImport.run(collection: file, environment: env, into: output, overwrite: force)
        } catch let error as PostmanImport.FileInTheWay {
            console.err("error: '\(error.path)' exists already; nothing was written (--force replaces it)")
            throw ExitStatus.invalidInput.exitCode
        } catch let error as LoadedCollections.Failure {
            console.err(error.messages, errors: error.errorCount, footer: { "\($0) error\($0 == 1 ? "" : "s")." })
            throw ExitStatus.invalidInput.exitCode
        } catch {
            console.err("error: \(error)")
            throw ExitStatus.invalidInput.exitCode
        }
        for line in written.messages { console.out(line) }
        console.out("run it: volley run \(written.files[0])" + (written.environmentName.map { " --env \($0)" } ?? ""))
    }
}

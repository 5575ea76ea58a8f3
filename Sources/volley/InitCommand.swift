import ArgumentParser
import VolleyCore
import VolleyRun

/// `volley init`: the library's starter files in a folder, never over an existing file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter collection, an environment with a keyring secret, and a CI job.",
        discussion: "Writes api.yaml and environments/production.yaml. When any file exists already, writes none (exit 2).")

    @Option(help: "The CI job to write: github (.github/workflows/volley.yml), gitlab (.gitlab-ci.yml) or none.")
    var ci: StarterCI = .github

    @Option(help: ArgumentHelp("The folder to write into, created if missing.", valueName: "dir"), completion: .directory)
    var directory = "."

    mutating func run() throws {
        let output = Output()
        let project = StarterProject(ci: ci, schemaFolder: StarterProject.schemaFolderBesideExecutable())
        do {
            for path in try project.write(into: directory) { output.out("wrote \(path)") }
        } catch {
            throw SecretsCommand.fail(output, error.message)
        }
        let file = directory == "." ? StarterProject.collectionPath : PathText.join(directory, StarterProject.collectionPath)
        let env = StarterProject.environmentName
        output.out("next: volley secrets set \(StarterProject.keyringService) \(StarterProject.keyringAccount)   # the API key, once")
        output.out("      volley validate \(file) --env \(env) && volley run \(file) --env \(env)")
    }
}

extension StarterCI: ExpressibleByArgument {}

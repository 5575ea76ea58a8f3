import Testing
import TestSupport

/// The completion scripts the binary generates filter collection and data files by extension, and
/// `--env` asks the binary for the environments beside the collections, as each shell's script does.
@Suite("shell completion scripts, end to end")
struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func collectionAndDataPathsCompleteByExtension(shell: String) async throws {
        let result = try await runVolley(["--generate-completion-script", shell])

        #expect(result.exitCode == 0)
        let script = result.stdout
        let filters: [String] = switch shell {
        case "bash": ["'!*.@(yaml|yml|json)'", "'!*.@(csv|json)'", "-o plusdirs"]
        case "zsh": ["*.yaml *.yml *.json", "*.csv *.json"]
        default: [#"\'yaml\' \'yml\' \'json\'"#, #"\'csv\' \'json\'"#, "__fish_complete_directories"]
        }
        for filter in filters { #expect(script.contains(filter), "\(shell): \(filter)") }
        for command in ["run", "validate"] {
            #expect(script.contains("---completion \(command) -- --env"), "\(shell): \(command) --env")
        }
    }

    /// What `volley ---completion ARGUMENTS` prints in a folder holding `files` (empty ones).
    func complete(_ arguments: [String], in files: [String]) async throws -> ProcessResult {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for file in files { try directory.write("", to: file) }
        return try await runVolley(["---completion"] + arguments, currentDirectory: directory.path)
    }

    @Test func envCompletesTheEnvironmentsOfTheCurrentFolder() async throws {
        let result = try await complete(
            ["run", "--", "--env", "3", "0", "volley", "run", "--env", ""],
            in: ["environments/dev.yaml", "environments/staging.yml", "environments/README.md"])

        #expect(result.exitCode == 0)
        #expect(result.stdout == "dev\nstaging\n", "\(result.stdout)")
    }

    @Test func envCompletesTheEnvironmentsBesideTheCollectionTyped() async throws {
        let result = try await complete(
            ["validate", "--", "--env", "4", "1", "volley", "validate", "api/search.yaml", "--env", "p"],
            in: ["environments/local.yaml", "api/search.yaml", "api/environments/prod.yaml", "api/environments/preview.yml"])

        #expect(result.exitCode == 0)
        #expect(result.stdout == "preview\nprod\n", "\(result.stdout)")
    }
}

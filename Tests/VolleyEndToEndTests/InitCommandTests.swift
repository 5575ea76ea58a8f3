import Foundation
import Testing
import TestSupport

/// `volley init`'s files are a working project: they validate, the collection runs against the
/// demo API with the key as CI passes it, and the CI job's own volley command lines run as written.
@Suite("volley init, end to end")
struct InitCommandTests {
    /// What CI sets: the key as a secret (outranking the environment's keyring item, so no keyring
    /// is asked), and the demo server in place of the live API.
    static func ciVariables(_ server: ScenarioServer) -> [String: String] {
        ["VOLLEY_SECRET_apikey": DemoAPI.defaultAPIKey, "VOLLEY_VAR_base_url": server.baseURL + DemoAPI.basePath]
    }

    /// The `volley …` command lines of a CI job file, as its shell would run them.
    static func volleyCommands(in job: String) -> [[String]] {
        job.split(separator: "\n").compactMap { line in
            var text = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["run: ", "- "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
            guard text.hasPrefix("volley ") else { return nil }
            return text.split(separator: " ").dropFirst().map(String.init)
        }
    }

    @Test func theStarterValidatesAndItsCollectionRunsAgainstTheDemoAPI() async throws {
        let dir = try TemporaryDirectory()

        let initialized = try await runVolley(["init"], currentDirectory: dir.path)

        #expect(initialized.exitCode == 0, "\(initialized)")
        #expect(initialized.stdout.hasPrefix("""
            wrote api.yaml
            wrote environments/production.yaml
            wrote .github/workflows/volley.yml
            next: volley secrets set coresignal default
            """))
        let validated = try await runVolley(["validate", "api.yaml", "--env", "production"], currentDirectory: dir.path)
        #expect(validated.exitCode == 0, "\(validated)")
        #expect(validated.stdout == "api.yaml: ok (2 requests)\n")
        #expect(validated.stderr == "")

        try await withDemoServer { server, api in
            let run = try await runVolley(
                ["run", "api.yaml", "--env", "production"], environment: Self.ciVariables(server), currentDirectory: dir.path)
            #expect(run.exitCode == 0, "\(run)")
            #expect(run.stdout.contains("✔ Search companies"), "\(run)")
            #expect(run.stdout.contains("✔ Collect the first company"), "\(run)")
            #expect(!run.stdout.contains(DemoAPI.defaultAPIKey) && !run.stderr.contains(DemoAPI.defaultAPIKey))
            #expect(api.creditsRemaining == DemoAPI.defaultCredits - 2)
        }
    }

    @Test(arguments: [("github", ".github/workflows/volley.yml"), ("gitlab", ".gitlab-ci.yml")])
    func theCIJobsCommandLinesRunAsWritten(ci: String, job: String) async throws {
        let dir = try TemporaryDirectory()
        let initialized = try await runVolley(["init", "--ci", ci, "--directory", "project"], currentDirectory: dir.path)
        #expect(initialized.exitCode == 0, "\(initialized)")
        #expect(initialized.stdout.contains("wrote project/\(job)\n"), "\(initialized)")
        let commands = Self.volleyCommands(in: try dir.read("project/" + job))
        #expect(commands.map(\.first) == ["--version", "validate", "run"], "\(commands)")

        try await withDemoServer { server, _ in
            for command in commands {
                let result = try await runVolley(command, environment: Self.ciVariables(server), currentDirectory: dir.path("project"))
                #expect(result.exitCode == 0, "volley \(command.joined(separator: " ")): \(result)")
            }
        }
        let junit = try dir.read("project/reports/junit.xml")
        #expect(junit.contains(#"tests="2""#) && junit.contains(#"failures="0""#), "\(junit)")
    }

    /// examples/starter is a copy the schema tests validate (PyYAML + jsonschema, the shape check)
    /// and readers of the repository can open; it must stay what init writes.
    @Test func examplesStarterIsWhatInitWrites() async throws {
        let dir = try TemporaryDirectory()
        let result = try await runVolley(["init", "--ci", "none"], currentDirectory: dir.path)
        #expect(result.exitCode == 0, "\(result)")

        for file in ["api.yaml", "environments/production.yaml"] {
            let shipped = try String(contentsOfFile: packageRoot() + "/examples/starter/" + file, encoding: .utf8)
            // A binary built from source names the repository's schemas; the copy names the installed ones.
            let written = try dir.read(file)
            #expect(written.contains("$schema=" + packageRoot() + "/schemas/volley-"), "\(written)")
            let installed = written.replacingOccurrences(of: packageRoot() + "/schemas/", with: "/usr/share/volley/schemas/")
            #expect(installed == shipped, "examples/starter/\(file): run volley init --ci none --directory examples/starter again")
        }
    }

    @Test func anExistingFileStopsItBeforeAnythingIsWritten() async throws {
        let dir = try TemporaryDirectory()
        _ = try dir.write("name: mine\nrequests: []\n", to: "api.yaml")

        let result = try await runVolley(["init", "--ci", "gitlab"], currentDirectory: dir.path)

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "error: 'api.yaml' already exists; nothing was written\n")
        #expect(result.stdout == "")
        #expect(try dir.read("api.yaml") == "name: mine\nrequests: []\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["api.yaml"])
    }

    @Test func noCIJobWithNone() async throws {
        let dir = try TemporaryDirectory()

        let result = try await runVolley(["init", "--ci", "none"], currentDirectory: dir.path)

        #expect(result.exitCode == 0, "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["api.yaml", "environments"])
    }

    @Test func anUnknownCISystemIsAUsageError() async throws {
        let dir = try TemporaryDirectory()

        let result = try await runVolley(["init", "--ci", "jenkins"], currentDirectory: dir.path)

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("'jenkins'"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}

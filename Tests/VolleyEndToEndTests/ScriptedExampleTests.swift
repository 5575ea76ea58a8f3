import Testing
import TestSupport

/// examples/scripted.yaml, the example of `scripts:`. Its requests pass whether or not their
/// scripts run (what a script sets has a value under `variables:` too), so the demo run stays
/// green where no script engine is built in.
@Suite("the scripted example, end to end")
struct ScriptedExampleTests {
    let root = packageRoot()

    @Test func validateCountsTheScriptsItFound() async throws {
        let result = try await runVolley(
            ["validate", "examples/scripted.yaml", "--env", "demo", "--var", "base_url=http://127.0.0.1:9"],
            currentDirectory: root)

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "examples/scripted.yaml: ok (3 requests, 6 scripts)\n")
        #expect(result.stderr == "")
    }

    @Test func theExamplesFolderPassesAsTheDemoRunsIt() async throws {
        try await withDemoServer { server, api in
            let result = try await runVolley(
                ["run", "examples/", "--env", "demo", "--var", "base_url=\(server.baseURL)"], currentDirectory: root)

            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr == "")
            let lines = normalizedOutput(result.stdout, port: server.port).split(separator: "\n").map(String.init)
            let scripted = try #require(lines.firstIndex(of: "Scripted companies  (examples/scripted.yaml)"), "\(lines)")
            let requests = lines[scripted...].filter { $0.hasPrefix("  ✔ ") || $0.hasPrefix("  ✘ ") }
            #expect(requests.map { $0.prefix(36) } == [
                "  ✔ Search companies                ",
                "  ✔ Collect the last match          ",
                "  ✔ Employees / Sear… of the company",
            ], "\(lines)")
            #expect(lines.contains { $0.hasPrefix("8 requests: 8 passed") }, "\(lines)")
            #expect(api.creditsRemaining == 1000 - 7)
        }
    }
}

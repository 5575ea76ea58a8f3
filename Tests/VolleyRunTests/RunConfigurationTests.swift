import Testing
import TestSupport
import VolleyCore
import VolleyRun

@Suite("run configuration: the documented precedence of variables")
struct RunConfigurationTests {
    /// Sends `x` as the query and returns what the server received.
    private func sentValue(of configuration: (inout RunConfiguration) -> Void) async throws -> String? {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        try dir.write("variables:\n  x: from-environment\n", to: "environments/dev.yaml")
        try dir.write("""
            name: c
            variables: { x: from-collection }
            requests:
              - name: r
                url: "\(server.baseURL)/?x={{x}}"
            """, to: "c.yaml")
        var settings = RunConfiguration(paths: [dir.path("c.yaml")])
        settings.variables.process = [:]
        configuration(&settings)
        _ = try runSession(settings)
        return server.requests.first?.query["x"]
    }

    @Test func commandLineBeatsProcessBeatsEnvironmentBeatsCollection() async throws {
        #expect(try await sentValue { _ in } == "from-collection")
        #expect(try await sentValue { c in c.variables.environment = "dev" } == "from-environment")
        #expect(try await sentValue { c in
            c.variables.environment = "dev"
            c.variables.process = ["x": "from-process"]
        } == "from-process")
        #expect(try await sentValue { c in
            c.variables.environment = "dev"
            c.variables.process = ["x": "from-process"]
            c.variables.commandLine = [("x", "from-command-line")]
        } == "from-command-line")
    }
}

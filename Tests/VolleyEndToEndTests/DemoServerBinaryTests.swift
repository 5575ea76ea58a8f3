import Foundation
import Testing
import TestSupport

/// Runs the built `volley-demo-server` as a user would: option parsing, the port file,
/// the banner line and a clean exit on SIGTERM.
@Suite struct DemoServerBinaryTests {
    @Test func servesTheDemoAPIUntilSIGTERM() async throws {
        let directory = try TemporaryDirectory()
        let portFile = directory.path("port")
        let server = try RunningProcess(
            executable: BuildProducts.path(of: "volley-demo-server"), arguments: ["--port-file", portFile, "--api-key", "custom-key"],
            // Generous: on a loaded 2-core machine the other suites can hold the cooperative threads this
            // test needs for many seconds, and the limit counts from launch. It bounds a hang; it is no speed test.
            timeout: .seconds(120)
        )

        let port = try await waitForPort(in: portFile, while: server)
        let connection = try HTTPTestConnection(port: port)
        let company = try connection.request("GET", "/cdapi/v2/company_base/collect/1", headers: [("apikey", "custom-key")])
        #expect(company.status == 200)
        #expect(company.header("x-credits-remaining") == "999")
        let refused = try connection.request("GET", "/cdapi/v2/company_base/collect/1", headers: [("apikey", DemoAPI.defaultAPIKey)])
        #expect(refused.status == 401)

        server.signal(SIGTERM)
        let result = try await server.wait()
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "volley-demo-server listening on http://127.0.0.1:\(port)\n")
    }

    @Test func rejectsUnknownArguments() async throws {
        let result = try await RunningProcess(executable: BuildProducts.path(of: "volley-demo-server"), arguments: ["--prot", "8080"]).wait()
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("unknown argument '--prot'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func printsHelp() async throws {
        let result = try await RunningProcess(executable: BuildProducts.path(of: "volley-demo-server"), arguments: ["--help"]).wait()
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("--port-file PATH"))
    }

    /// The server writes the port file atomically once it listens; poll for it.
    private func waitForPort(in path: String, while server: RunningProcess) async throws -> Int {
        let deadline = ContinuousClock.now + .seconds(90)
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return port
            }
            guard server.isRunning else { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        server.signal(SIGKILL)
        Issue.record("volley-demo-server did not write \(path): \(try await server.wait())")
        throw CancellationError()
    }
}

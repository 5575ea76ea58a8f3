import Testing
import TestSupport

/// FORCE_COLOR and CLICOLOR_FORCE turn colours on without a terminal (CI logs that render them);
/// NO_COLOR and an explicit --color still win.
@Suite("colour variables")
struct ColorEnvironmentTests {
    static let green = "\u{1B}[32m✔\u{1B}[0m"

    @Test(arguments: [["FORCE_COLOR": "1"], ["CLICOLOR_FORCE": "1"], ["FORCE_COLOR": "true"]])
    func aForcingVariableColoursAPipe(environment: [String: String]) async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let result = try await runVolley(["run", try Self.collection(server, in: dir)], environment: environment)
            #expect(result.stdout.contains(Self.green), "\(result)")
        }
    }

    @Test(arguments: [
        ["FORCE_COLOR": "0"], ["FORCE_COLOR": ""], ["FORCE_COLOR": "1", "NO_COLOR": "1"], ["CLICOLOR_FORCE": "0"],
    ])
    func offOrOutranked(environment: [String: String]) async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let result = try await runVolley(["run", try Self.collection(server, in: dir)], environment: environment)
            #expect(result.exitCode == 0, "\(result)")
            #expect(!result.stdout.contains("\u{1B}["), "\(result)")
        }
    }

    @Test func anExplicitNeverBeatsForceColor() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let result = try await runVolley(
                ["run", try Self.collection(server, in: dir), "--color", "never"], environment: ["FORCE_COLOR": "1"])
            #expect(!result.stdout.contains("\u{1B}["), "\(result)")
        }
    }

    private static func collection(_ server: ScenarioServer, in dir: TemporaryDirectory) throws -> String {
        try dir.write("""
            name: colors
            requests:
              - name: small
                url: "\(server.baseURL)/json/small"
            """, to: "colors.yaml")
    }
}

@Suite("volley --version")
struct VersionCommandTests {
    @Test func namesVolleyAndLibcurlWithItsTLSBackendAndFeatures() async throws {
        let result = try await runVolley(["--version"])
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("volley ") == true, "\(result.stdout)")
        #expect(lines.count > 1 && lines[1].hasPrefix("libcurl/"), "\(result.stdout)")
        #expect(lines.count > 1 && lines[1].contains("OpenSSL/"), "\(result.stdout)")
        #expect(lines.last?.hasPrefix("features: ") == true && lines.last?.contains(" HTTP2") == true, "\(result.stdout)")
    }
}

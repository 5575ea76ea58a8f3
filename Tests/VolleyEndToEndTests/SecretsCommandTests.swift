import Foundation
import Testing
import TestSupport

/// `volley secrets` and keyring-backed runs through the binary, against the real Secret Service
/// that scripts/keyring-session.sh starts for the test suite.
@Suite("secrets, end to end", .serialized)
struct SecretsCommandTests {
    static let key = "k3yK3yk3yK3yk3yK3yk3yK3yk3yK3y12"  // 32 letters and digits, like a Coresignal key

    /// The private session bus, passed on explicitly: child processes inherit almost nothing.
    var keyringEnvironment: [String: String]? {
        let env = ProcessInfo.processInfo.environment
        guard let bus = env["DBUS_SESSION_BUS_ADDRESS"] else { return nil }
        var out = ["DBUS_SESSION_BUS_ADDRESS": bus]
        if let runtime = env["XDG_RUNTIME_DIR"] { out["XDG_RUNTIME_DIR"] = runtime }
        return out
    }

    /// Runs `body` with the keyring's environment and a fresh service name, while no other
    /// suite's test has the keyring locked on purpose.
    func usingKeyring(_ body: ([String: String], String) async throws -> Void) async throws {
        try await KeyringLock.shared {
            let env = try #require(keyringEnvironment, "no Secret Service: run the suite under scripts/keyring-session.sh")
            try await body(env, "volley-e2e-\(UUID().uuidString.prefix(8))")
        }
    }

    func collection(in dir: TemporaryDirectory, service: String, base: String, keyShape: String = "") throws -> String {
        _ = try dir.write("""
            variables:
              base: "\(base)"
            \(keyShape)secrets:
              apikey:
                keyring: { service: \(service), account: default }
            """, to: "environments/kr.yaml")
        return try dir.write("""
            name: keyring
            auth:
              apikey: { value: "{{apikey}}", name: apikey }
            requests:
              - name: collect
                url: "{{base}}/cdapi/v2/company_base/collect/1"
                expect: { status: 200 }
            """, to: "keyring.yaml")
    }

    @Test func aKeyStoredWithVolleyReachesTheServerAndNoOutput() async throws {
        try await usingKeyring { env, service in
            try await withDemoServer(apiKey: Self.key) { server, _ in
                let dir = try TemporaryDirectory()
                let file = try collection(in: dir, service: service, base: server.baseURL)

                let set = try await runVolley(["secrets", "set", service, "default"], stdin: Self.key + "\n", environment: env)
                #expect(set.exitCode == 0, "\(set)")
                defer { deleteSecret(service, environment: env) }

                let run = try await runVolley(["run", file, "--env", "kr", "--verbose"], environment: env)

                #expect(run.exitCode == 0, "\(run)")
                #expect(server.requests.first?.header("apikey") == Self.key)
                #expect(run.stdout.contains("> apikey: ***"))
                #expect(!run.stdout.contains(Self.key) && !run.stderr.contains(Self.key))
            }
        }
    }

    @Test func aKeyStoredWithSecretToolIsUsedByARun() async throws {
        try await usingKeyring { env, service in
            try await withDemoServer(apiKey: Self.key) { server, _ in
                let dir = try TemporaryDirectory()
                let file = try collection(in: dir, service: service, base: server.baseURL)
                let stored = try RunningProcess(
                    executable: "/usr/bin/secret-tool",
                    arguments: ["store", "--label=volley e2e", "service", service, "username", "default"],
                    stdin: Self.key, environment: env
                ).waitBlocking()
                #expect(stored.exitCode == 0, "\(stored)")
                defer { deleteSecret(service, environment: env) }

                let run = try await runVolley(["run", file, "--env", "kr"], environment: env)

                #expect(run.exitCode == 0, "\(run)")
                #expect(server.requests.first?.header("apikey") == Self.key)
            }
        }
    }

    @Test func aKeyStoredWithPythonKeyringIsUsedByARun() async throws {
        try await usingKeyring { env, service in
            let venv = try TemporaryDirectory()
            let python: PythonKeyring
            do {
                python = try PythonKeyring(in: venv, environment: env.merging(ProcessInfo.processInfo.environment.filter {
                    $0.key.hasPrefix("PIP_") || $0.key.lowercased().hasSuffix("_proxy")
                }) { a, _ in a })
            } catch {
                // No route to the package index is the machine's problem, not Volley's.
                try Test.cancel("Python keyring unavailable, skipping: \(error)")
            }
            try python.setPassword(service: service, username: "default", value: Self.key)
            defer { deleteSecret(service, environment: env) }
            try await withDemoServer(apiKey: Self.key) { server, _ in
                let dir = try TemporaryDirectory()
                let file = try collection(in: dir, service: service, base: server.baseURL)

                let run = try await runVolley(["run", file, "--env", "kr"], environment: env)

                #expect(run.exitCode == 0, "\(run)")
                #expect(server.requests.first?.header("apikey") == Self.key)
            }
        }
    }

    @Test func aMissingItemStopsTheRunBeforeAnythingIsSent() async throws {
        try await usingKeyring { env, _ in
            try await withDemoServer { server, _ in
                let dir = try TemporaryDirectory()
                let file = try collection(in: dir, service: "volley-e2e-absent", base: server.baseURL)

                let run = try await runVolley(["run", file, "--env", "kr"], environment: env)

                #expect(run.exitCode == 2)
                #expect(run.stderr.contains(
                    "environments/kr.yaml:4:3: error: secret 'apikey' not found in keyring volley-e2e-absent/default (Secret Service): "
                        + "store it with `volley secrets set volley-e2e-absent default`, or set VOLLEY_SECRET_apikey"),
                    "\(run.stderr)")
                #expect(server.requests.isEmpty)
            }
        }
    }

    @Test func withoutASessionBusTheErrorSaysWhatToDoWithinFiveSeconds() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try collection(in: dir, service: "volley-e2e-nobus", base: server.baseURL)

            let clock = ContinuousClock()
            let start = clock.now
            let run = try await runVolley(["run", file, "--env", "kr"], environment: ["XDG_RUNTIME_DIR": dir.path])

            #expect(clock.now - start < .seconds(5))
            #expect(run.exitCode == 2)
            #expect(run.stderr.contains("no D-Bus session bus"))
            #expect(run.stderr.contains("VOLLEY_SECRET_apikey"))
            #expect(server.requests.isEmpty)
        }
    }

    @Test func aRejectedKeyNamesItsSourceNotItsValue() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let wrong = "wrongwrongwrongwrongwrongwrong12"
            let file = try collection(in: dir, service: "unused", base: server.baseURL)

            let run = try await runVolley(["run", file, "--env", "kr"], environment: ["VOLLEY_SECRET_apikey": wrong])

            #expect(run.exitCode == 1)
            #expect(run.stdout.contains("401: the server rejected the credentials; the request used 'apikey' from VOLLEY_SECRET_apikey"), "\(run.stdout)")
            #expect(!run.stdout.contains(wrong) && !run.stderr.contains(wrong))
        }
    }

    @Test func aKeyOfTheWrongShapeIsWarnedAboutByName() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try collection(
                in: dir, service: "unused", base: server.baseURL, keyShape: #"key_shape: { apikey: "^[A-Za-z0-9]{32}$" }"# + "\n")

            let run = try await runVolley(["run", file, "--env", "kr", "--secret", "apikey=short-key"])

            #expect(run.stderr.contains(
                "warning: 'apikey' (from --secret) does not have the shape key_shape gives it at \(dir.path("environments/kr.yaml")):3:22 (^[A-Za-z0-9]{32}$); check it was stored whole"),
                "\(run.stderr)")
            #expect(!run.stderr.contains("short-key") && !run.stdout.contains("short-key"))
        }
    }

    @Test func withoutKeyShapeNoKeyIsJudgedByItsShape() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try collection(in: dir, service: "unused", base: server.baseURL)

            let run = try await runVolley(["run", file, "--env", "kr", "--secret", "apikey=short-key"])

            #expect(!run.stderr.contains("warning"), "\(run.stderr)")
        }
    }

    @Test func theCoresignalCollectionKeepsItsKeyShapeWarning() async throws {
        let wrongShape = try await runVolley(
            ["run", "Collections/coresignal", "--env", "production", "--secret", "apikey=short-key",
             "--var", "base_url=http://127.0.0.1:1", "--connect-timeout", "1s", "--retry", "0", "--folder", "Search"],
            currentDirectory: packageRoot())
        #expect(wrongShape.stderr.contains("warning: 'apikey' (from --secret) does not have the shape key_shape gives it at Collections/coresignal/coresignal.yaml:12:22 (^[A-Za-z0-9]{32}$)"),
                "\(wrongShape.stderr)")
    }
}

/// `volley secrets delete SERVICE default`, waited for on this thread: a test's `defer` cannot await.
private func deleteSecret(_ service: String, environment: [String: String]) {
    _ = try? RunningProcess(
        executable: BuildProducts.path(of: "volley"), arguments: ["secrets", "delete", service, "default"],
        environment: environment
    ).waitBlocking()
}

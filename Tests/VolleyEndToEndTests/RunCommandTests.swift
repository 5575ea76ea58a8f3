import Foundation
import Testing
import TestSupport

/// The built `volley` binary, run as a user would, against real servers on 127.0.0.1.
@Suite("volley run, end to end")
struct RunCommandTests {
    let root = packageRoot()

    @Test func theExampleCollectionPassesAgainstTheDemoServer() async throws {
        try await withDemoServer { server, api in
            let result = try await runVolley(
                ["run", "examples/demo.yaml", "--env", "demo", "--var", "base_url=\(server.baseURL)"], currentDirectory: root)

            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr == "")
            #expect(normalizedOutput(result.stdout, port: server.port) == """
                Demo companies  (examples/demo.yaml)
                  ✔ Search companies                 POST    200 <ms>  credits 999
                  ✔ Collect company                  GET     200 <ms>  credits 998
                  ✔ Employees / Sear… of the company POST    200 <ms>  credits 997
                  ✔ Employees / Collect employee     GET     200 <ms>  credits 996
                  ✔ Unknown company is a 404         GET     404 <ms>  credits 996
                5 requests: 5 passed · p50 <ms> · p95 <ms> · <elapsed> total
                  127.0.0.1:<port>: credits 1000 → 996, 4 used

                """)
            #expect(api.creditsRemaining == 1000 - 4)
        }
    }

    @Test func aFailedAssertionExitsOneAndPointsAtTheAssertion() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: wrong expectations
                requests:
                  - name: small
                    url: "\(server.baseURL)/json/small"
                    expect:
                      status: 200
                      json:
                        "$.name": Umbrella
                        "$.tags": { length: 3 }
                """, to: "wrong.yaml")

            let result = try await runVolley(["run", file])

            #expect(result.exitCode == 1)
            #expect(normalizedOutput(result.stdout) == """
                wrong expectations  (\(file))
                  ✘ small                            GET     200 <ms>
                      ✘ json $.name: expected equals "Umbrella", actual "Acme"  (\(file):8:9)
                      ✘ json $.tags: expected length equals 3, actual ["a","b"]  (\(file):9:9)
                1 request: 0 passed, 1 failed · p50 <ms> · p95 <ms> · <elapsed> total

                """)
        }
    }

    @Test func anInvalidCollectionSendsNothingAndExitsTwo() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: typo
                requests:
                  - name: first
                    url: "\(server.baseURL)/json/small"
                  - name: second
                    methd: POST
                    url: "\(server.baseURL)/json/small"
                """, to: "typo.yaml")

            let result = try await runVolley(["run", file])

            #expect(result.exitCode == 2)
            #expect(result.stdout == "")
            #expect(result.stderr == """
                \(file):6:5: error: unknown key 'methd' (did you mean 'method'?)
                    methd: POST
                    ^
                1 error; nothing was sent.

                """)
            #expect(server.requests.isEmpty)
        }
    }

    @Test func anUndefinedVariableIsCaughtBeforeAnythingIsSent() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: undefined
                requests:
                  - name: first
                    url: "\(server.baseURL)/json/small"
                  - name: second
                    url: "\(server.baseURL)/items/{{item_id}}"
                """, to: "undefined.yaml")

            let result = try await runVolley(["run", file])

            #expect(result.exitCode == 2)
            #expect(result.stderr.hasPrefix("\(file):6:10: error: undefined variable 'item_id'"))
            #expect(result.stderr.hasSuffix("1 error; nothing was sent.\n"))
            #expect(server.requests.isEmpty)
        }
    }

    @Test func aRefusedConnectionExitsThree() async throws {
        let closed = try RefusingPort()
        defer { withExtendedLifetime(closed) {} }  // the port stays ours until the test ends
        let base = closed.baseURL
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: down
            requests:
              - name: nobody home
                url: "\(base)/x"
            """, to: "down.yaml")

        let result = try await runVolley(["run", file])

        #expect(result.exitCode == 3)
        #expect(result.stdout.contains("! nobody home"))
        #expect(result.stdout.contains("\(file):3:5: could not connect: "))
        #expect(result.stdout.contains("(curl error 7)"))
    }

    @Test func variablePrecedenceRunsFromCommandLineDownToTheCollection() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            _ = try dir.write("""
                variables:
                  from_env: env
                  env_over_collection: env
                  process_over_env: env
                """, to: "environments/staging.yaml")
            let file = try dir.write("""
                name: precedence
                variables:
                  base: "\(server.baseURL)"
                  from_collection: collection
                  env_over_collection: collection
                  process_over_env: collection
                  cli_over_process: collection
                requests:
                  - name: echo
                    url: "{{base}}/echo"
                    query:
                      a: "{{from_collection}}"
                      b: "{{from_env}}"
                      c: "{{env_over_collection}}"
                      d: "{{process_over_env}}"
                      e: "{{cli_over_process}}"
                    expect:
                      json:
                        "$.query": { equals: { a: collection, b: env, c: env, d: process, e: cli } }
                """, to: "precedence.yaml")

            let result = try await runVolley(
                ["run", file, "--env", "staging", "--var", "cli_over_process=cli"],
                environment: ["VOLLEY_VAR_process_over_env": "process", "VOLLEY_VAR_cli_over_process": "process"])

            #expect(result.exitCode == 0, "\(result)")
            #expect(server.requests.first?.query == ["a": "collection", "b": "env", "c": "env", "d": "process", "e": "cli"])
        }
    }

    @Test func colorsOnlyWhenAsked() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: colors
                requests:
                  - name: small
                    url: "\(server.baseURL)/json/small"
                """, to: "colors.yaml")

            let plain = try await runVolley(["run", file])
            let forced = try await runVolley(["run", file, "--color", "always"])
            let noColorEnv = try await runVolley(["run", file, "--color", "auto"], environment: ["NO_COLOR": "1"])

            #expect(!plain.stdout.contains("\u{1B}["))
            #expect(forced.stdout.contains("\u{1B}[32m✔\u{1B}[0m"))
            #expect(!noColorEnv.stdout.contains("\u{1B}["))
        }
    }

    @Test func verboseShowsTheRequestAsSentAndThePhases() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: verbose
                requests:
                  - name: post
                    method: POST
                    url: "\(server.baseURL)/echo"
                    headers: { x-trace: abc }
                    json: { a: 1 }
                """, to: "verbose.yaml")

            let result = try await runVolley(["run", file, "--verbose"])

            #expect(result.exitCode == 0)
            for line in [
                "> POST \(server.baseURL)/echo", "> Host: 127.0.0.1:\(server.port)", "> x-trace: abc",
                "> Content-Type: application/json", "> Content-Length: 7", "> [7 bytes] {\"a\":1}",
                "< HTTP/1.1 200", "timings: dns ",
            ] {
                #expect(result.stdout.contains(line), "missing \(line) in \(result.stdout)")
            }
        }
    }

    @Test func aSmokeRunAgainstNginx() async throws {
        guard NginxServer.isAvailable else {
            Issue.record("nginx is not installed: scripts/install-deps.sh installs it")
            return
        }
        let nginx = try NginxServer.start(
            serverBlock: "default_type application/json;",
            files: ["api/company.json": #"{"id": 7, "name": "Acme", "tags": ["b2b"]}"#])
        defer { nginx.stop() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: nginx smoke
            requests:
              - name: company
                url: "\(nginx.baseURL)/api/company.json"
                expect:
                  status: 200
                  headers: { server: { contains: nginx }, content-type: application/json }
                  json:
                    "$.id": 7
                    "$.tags": { contains: b2b }
              - name: missing
                url: "\(nginx.baseURL)/api/none.json"
                expect: { status: 404 }
            """, to: "nginx.yaml")

        let result = try await runVolley(["run", file])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("2 requests: 2 passed"))
    }
}

@Suite("volley run, transport failures")
struct TransportFailureCommandTests {
    @Test func aTimeoutExitsThreeAndSaysAfterHowLong() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse.text("late").delayed(by: .seconds(5)) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: slow
            requests:
              - name: slow
                url: "\(server.baseURL)/slow"
            """, to: "slow.yaml")

        let result = try await runVolley(["run", file, "--timeout", "300ms", "--retry", "0"])

        #expect(result.exitCode == 3)
        #expect(result.stdout.contains("\(file):3:5: timed out after 300ms (total timeout): "))
        #expect(result.stdout.contains("(curl error 28)"))
    }
}

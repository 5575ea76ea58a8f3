import Foundation
import Testing
import TestSupport

/// What a shared collection must not be able to do, and how bad input is refused.
@Suite("request safety, end to end")
struct RequestSafetyTests {
    @Test func aLineBreakInAHeaderValueIsRefusedAndNothingIsSent() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: injection
                requests:
                  - name: r
                    url: "\(server.baseURL)/echo"
                    headers: { x-a: "{{val}}" }
                """, to: "inject.yaml")

            let result = try await runVolley(["run", file, "--var", "val=foo\r\nX-Injected: yes"])

            #expect(result.exitCode == 2)
            #expect(result.stdout.contains("\(file):5:21: header 'x-a' would contain a line break or NUL after templating"))
            #expect(server.requests.isEmpty)
        }
    }

    @Test func onlyHTTPAndHTTPSAreSpoken() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: file scheme
            requests:
              - name: local file
                url: "{{target}}"
            """, to: "file.yaml")

        let result = try await runVolley(["run", file, "--var", "target=file:///etc/passwd", "--verbose"])

        #expect(result.exitCode == 2)
        #expect(result.stdout.contains("\(file):4:10: invalid request: "))
        #expect(!result.stdout.contains("root:"))
    }

    @Test func usageErrorsExitTwo() async throws {
        for arguments in [["run", "--bogus", "x.yaml"], ["run"], ["run", "x.yaml", "--repeat", "0"], ["nosuch"], ["run", "x.yaml", "--timeout", "0s"]] {
            let result = try await runVolley(arguments)
            #expect(result.exitCode == 2, "\(arguments): \(result)")
            #expect(result.stderr.contains("Error:") || result.stderr.contains("error:"), "\(arguments)")
        }
    }

    @Test func variablesMayBeWrittenInTermsOfOthers() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: nested
                variables:
                  host: "127.0.0.1:\(server.port)"
                  base: "http://{{host}}"
                requests:
                  - name: nested
                    url: "{{base}}/json/small"
                """, to: "nested.yaml")

            let result = try await runVolley(["run", file])

            #expect(result.exitCode == 0, "\(result)")
            #expect(server.requests.map(\.path) == ["/json/small"])
        }
    }

    /// A cycle is invalid input (issue 15, item 14): exit 2 before anything is sent, with where
    /// each variable of the cycle is written; `validate` says the same.
    @Test func aVariableCycleIsInvalidInputInBothCommands() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: nested
                variables:
                  base: "http://127.0.0.1:\(server.port)"
                  loop_a: "{{loop_b}}"
                  loop_b: "x{{loop_a}}"
                requests:
                  - name: nested
                    url: "{{base}}/json/small"
                  - name: loop
                    url: "{{base}}/{{loop_a}}"
                """, to: "nested.yaml")
            let expected = "\(file):4:3: error: variable 'loop_a' refers to itself "
                + "(loop_a at \(file):4:3 → loop_b at \(file):5:3 → loop_a)"

            for command in ["run", "validate"] {
                let result = try await runVolley([command, file])

                #expect(result.exitCode == 2, "\(command): \(result)")
                #expect(result.stderr.contains(expected), "\(command): \(result.stderr)")
            }
            #expect(server.requests.isEmpty)
        }
    }

    /// A variable of the cycle given on the command line is named as it was given, not as a file.
    @Test func aCycleThroughACommandLineVariableNamesHowItWasGiven() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: looped
            variables:
              a: "{{b}}"
            requests:
              - name: one
                url: "http://127.0.0.1:1/{{a}}"
            """, to: "looped.yaml")

        let flag = try await runVolley(["validate", file, "--var", "b={{a}}"])
        let process = try await runVolley(["validate", file], environment: ["VOLLEY_VAR_b": "{{a}}"])

        #expect(flag.exitCode == 2, "\(flag)")
        #expect(flag.stderr.contains("(a at \(file):3:3 → b from --var b → a)"), "\(flag.stderr)")
        #expect(process.exitCode == 2, "\(process)")
        #expect(process.stderr.contains("(a at \(file):3:3 → b from VOLLEY_VAR_b → a)"), "\(process.stderr)")
        #expect(!flag.stderr.contains("<variable") && !process.stderr.contains("<variable"))
    }

    @Test func anExpectedStatusIsNotRetried() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}", status: 429, headers: [("Retry-After", "1")]) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: limiter test
            requests:
              - name: refused on purpose
                url: "\(server.baseURL)/x"
                expect: { status: 429 }
              - name: next
                url: "\(server.baseURL)/y"
                expect: { status: 429 }
            """, to: "expect429.yaml")

        let result = try await runVolley(["run", file])

        #expect(result.exitCode == 0, "\(result)")
        #expect(server.requests.count == 2)
    }

    @Test func aSecretsFileOthersCanReadIsRefused() async throws {
        let dir = try TemporaryDirectory()
        let secrets = try dir.write("token: abc\n", to: "secrets.yaml")
        chmod(secrets, 0o644)
        let file = try dir.write("name: s\nrequests:\n  - name: r\n    url: http://127.0.0.1:1/\n", to: "s.yaml")

        let result = try await runVolley(["run", file, "--secrets-file", secrets])

        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("can be read by others (mode 644): run `chmod 600 \(secrets)`"))
    }

    @Test func sigtermStillWritesTheReport() async throws {
        let server = try await ScenarioServer.start { request in
            ScenarioResponse.json("{}").delayed(by: .milliseconds(request.path == "/slow" ? 30000 : 0))
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: cancelled job
            requests:
              - name: fast
                url: "\(server.baseURL)/fast"
              - name: slow
                url: "\(server.baseURL)/slow"
            """, to: "term.yaml")

        let result = try await interruptedRun(["run", file, "--report-junit", dir.path("r.xml")], server: server, signal: SIGTERM)

        #expect(result.exitCode == 130)
        #expect(try dir.read("r.xml").contains("fast"))
    }
}

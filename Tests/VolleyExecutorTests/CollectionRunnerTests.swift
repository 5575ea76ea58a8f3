import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

@Suite("run loop against a real server")
struct CollectionRunnerTests {
    @Test func capturesFeedLaterRequestsAndKeepTheirType() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.path {
            case "/search": .json(#"[42, 7]"#, headers: [("X-Token", "t-123")])
            default: .json(#"{"echo": "\#(request.uri)", "body": \#(request.bodyText.isEmpty ? "null" : request.bodyText)}"#)
            }
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: captures
            requests:
              - name: search
                url: "{{base}}/search"
                capture:
                  id: { json: "$[0]" }
                  token: { header: x-token }
                  code: { status: true }
              - name: use
                method: POST
                url: "{{base}}/items/{{id}}"
                query: { t: "{{token}}" }
                json: { id: "{{id}}", label: "item {{id}}", code: "{{code}}" }
                expect:
                  json:
                    "$.body.id": 42
                    "$.body.label": "item 42"
                    "$.body.code": 200
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(outcome.passed == 2, "\(recorder.results.map(\.assertions))")
        let sent = try #require(server.requests.last)
        #expect(sent.uri == "/items/42?t=t-123")
        #expect(sent.bodyText == #"{"id":42,"label":"item 42","code":200}"#)
        #expect(sent.header("content-type") == "application/json")
    }

    @Test func folderDefaultsAreInheritedAndOverridden() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: defaults
            defaults:
              headers: { apikey: top, accept: application/json }
              query: { lang: en }
            requests:
              - name: plain
                url: "{{base}}/a"
              - name: folder
                defaults:
                  headers: { apikey: folder-key, x-folder: "yes" }
                requests:
                  - name: inner
                    url: "{{base}}/b"
                  - name: own
                    url: "{{base}}/c"
                    headers: { APIKEY: request-key }
                    query: { lang: de }
            """)

        _ = try run(c, variables: ["base": server.baseURL])

        let requests = server.requests
        #expect(requests.count == 3)
        #expect(requests[0].header("apikey") == "top")
        #expect(requests[0].uri == "/a?lang=en")
        #expect(requests[1].header("apikey") == "folder-key")
        #expect(requests[1].header("x-folder") == "yes")
        #expect(requests[1].header("accept") == "application/json")
        #expect(requests[2].headerValues("apikey") == ["request-key"])
        #expect(requests[2].uri == "/c?lang=de")
    }

    @Test func aSequentialRunUsesOneConnection() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let items = (1...6).map { "  - name: r\($0)\n    url: \"{{base}}/\($0)\"\n    expect: { status: 200 }" }
        let c = try collection("name: keepalive\nrequests:\n" + items.joined(separator: "\n"))

        let (_, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(outcome.passed == 6)
        #expect(outcome.connectionsOpened == 1)
        #expect(server.connectionCount == 1)
    }

    @Test func failedAssertionsCarryTheirLocationAndActualValue() async throws {
        let server = try await ScenarioServer.start { _ in .json(#"{"name": "Acme Inc", "n": 3}"#, status: 201) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: failing
            requests:
              - name: r
                url: "{{base}}/x"
                expect:
                  status: 200
                  json:
                    "$.name": Acme
                    "$.n": { lt: 5 }
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(outcome.failed == 1)
        let failures = try #require(recorder.results.first).assertions.filter { !$0.passed }
        #expect(failures.count == 2)
        #expect(failures[0].assertion.subject == .status)
        #expect(failures[0].actual == 201)
        #expect(failures[0].assertion.location == SourceLocation(file: "test.yaml", line: 6, column: 7))
        #expect(failures[1].actual == "Acme Inc")
        #expect(failures[1].assertion.location.line == 8)
    }

    @Test func unreachableHostIsATransportFailureAndBailSkipsTheRest() async throws {
        let closed = try RefusingPort()
        defer { withExtendedLifetime(closed) {} }  // the port stays ours until the test ends
        let base = closed.baseURL
        let c = try collection("""
            name: down
            requests:
              - name: first
                url: "{{base}}/a"
              - name: second
                url: "{{base}}/b"
            """)

        let (recorder, outcome) = try run(c, variables: ["base": base], options: RunOptions(bail: true))

        #expect(outcome.errored == 1)
        #expect(outcome.skipped == 1)
        #expect(outcome.bailed)
        let failure = try #require(recorder.results.first?.failure)
        #expect(failure.kind == .transport)
        #expect(failure.code == 7)
        #expect(failure.message.hasPrefix("could not connect"))
        #expect(recorder.results.last?.skipped == true)
    }

    @Test func timeoutFromTheCollectionOverridesTheRunDefault() async throws {
        let server = try await ScenarioServer.start { request in
            ScenarioResponse.text("slow").delayed(by: .seconds(request.path == "/slow" ? 3 : 0))
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: timeouts
            requests:
              - name: slow
                url: "{{base}}/slow"
                timeout: 200ms
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        let failure = try #require(recorder.results.first?.failure)
        #expect(failure.code == 28)
        #expect(failure.message.hasPrefix("timed out after 200ms"))
    }

    @Test func aCaptureThatFailedExplainsTheLaterUndefinedVariable() async throws {
        let server = try await ScenarioServer.start { _ in .json("[]") }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: broken chain
            requests:
              - name: search
                url: "{{base}}/search"
                capture:
                  id: { json: "$[0]" }
              - name: collect
                url: "{{base}}/collect/{{id}}"
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(outcome.failed == 1)
        #expect(outcome.errored == 1)
        #expect(server.requests.count == 1)
        let failure = try #require(recorder.result("collect")?.failure)
        #expect(failure.kind == .template)
        #expect(failure.location == SourceLocation(file: "test.yaml", line: 8, column: 10))
        #expect(failure.message == "undefined variable 'id' (its capture at test.yaml:6:7 failed)")
    }

    @Test func aCaptureThatFailsLaterDoesNotKeepTheEarlierValue() async throws {
        // Page 1 gives a cursor, page 2 is the last (no header): a third page must not re-send
        // page 2's cursor and pay for the same page again.
        let server = try await ScenarioServer.start { request in
            request.query["after"] == nil ? .json("[1]", headers: [("x-next-page-after", "c1")]) : .json("[2]")
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: pages
            variables:
              after: from-the-collection
            requests:
              - name: page 1
                url: "{{base}}/search"
                capture: { after: { header: x-next-page-after } }
              - name: page 2
                url: "{{base}}/search?after={{after}}"
                capture: { after: { header: x-next-page-after } }
              - name: page 3
                url: "{{base}}/search?after={{after}}"
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.map { $0.query["after"] } == [nil, "c1"])
        #expect(outcome.errored == 1)
        let failure = try #require(recorder.result("page 3")?.failure)
        #expect(failure.kind == .template)
        #expect(failure.message == "undefined variable 'after' (its capture at test.yaml:10:16 failed)")
    }

    @Test func aCaptureWhoseRequestWasNotSentSaysSo() async throws {
        // a's capture fails, so b cannot be built and is not sent, so b's capture never runs.
        let server = try await ScenarioServer.start { _ in .json("[]") }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: chain
            requests:
              - name: a
                url: "{{base}}/a"
                capture: { id: { json: "$[0]" } }
              - name: b
                url: "{{base}}/b/{{id}}"
                capture: { other: { json: "$[0]" } }
              - name: c
                url: "{{base}}/c/{{other}}"
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.count == 1)
        let failure = try #require(recorder.result("c")?.failure)
        #expect(failure.message == "undefined variable 'other' (its capture at test.yaml:8:16 did not run (request 'b' was not sent))")
    }
}

@Suite("undefined-variable check")
struct UndefinedVariableCheckTests {
    @Test func looksThroughVariablesWrittenInTermsOfOthers() throws {
        let c = try collection("""
            name: nested
            variables:
              base: "http://{{host}}/v2"
            requests:
              - name: r
                url: "{{base}}/x"
            """)

        let found = UndefinedVariableCheck.diagnostics(for: c, variables: VariableScopes())
        var withHost = VariableScopes()
        withHost.set("host", to: "example.com", in: .commandLine)

        #expect(found.map(\.headline) == ["test.yaml:6:10: error: undefined variable 'host' (define it under 'variables:', in an environment file, with a command-line variable (host=...), or capture it from an earlier request)"])
        let spelled = UndefinedVariableCheck.diagnostics(for: c, variables: VariableScopes(), settingNames: SettingNames([.variable: "--var"]))
        #expect(spelled.map(\.headline) == ["test.yaml:6:10: error: undefined variable 'host' (define it under 'variables:', in an environment file, with --var host=..., or capture it from an earlier request)"])
        #expect(UndefinedVariableCheck.diagnostics(for: c, variables: withHost).isEmpty)
    }
}

import Testing
import TestSupport
import VolleyCore
import VolleyJSON
@testable import VolleyExecutor

@Suite("request hooks against a real server", .serialized)
struct RequestHookTests {
    @Test func beforeSendHookAddsAHeaderTheServerReceives() async throws {
        let server = try await ScenarioServer.start { request in .text(request.header("x-hook") ?? "none") }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: hooks
            requests:
              - name: echo
                url: "{{base}}/echo"
                expect:
                  body: hooked
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], hooks: [AddHeaderHook("X-Hook", "hooked")])

        #expect(outcome.passed == 1, "\(recorder.results.map(\.assertions))")
        #expect(server.requests.first?.header("x-hook") == "hooked")
        #expect(recorder.results.first?.sent?.headers.value(of: "x-hook") == "hooked")
    }

    @Test func skippingHookSendsNothingAndSaysWhy() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: hooks
            requests:
              - name: paid
                url: "{{base}}/paid"
                capture:
                  id: { json: "$.id" }
              - name: free
                url: "{{base}}/free"
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], hooks: [SkipHook(["paid"])])

        #expect(outcome.skipped == 1 && outcome.passed == 1)
        #expect(server.requests.map(\.path) == ["/free"])
        let skipped = try #require(recorder.result("paid"))
        #expect(skipped.outcome == .skipped)
        #expect(skipped.skipReason == "skipped by the test hook")
        #expect(skipped.attempts.isEmpty)
    }

    @Test func variableSetBeforeSendReachesTheURL() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        // `id` is defined nowhere but by the hook: rendering fails until the hook sets it.
        let c = try collection("""
            name: hooks
            requests:
              - name: item
                url: "{{base}}/items/{{id}}"
              - name: again
                url: "{{base}}/again/{{id}}"
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], hooks: [SetVariableHook("id", .integer(42))])

        #expect(outcome.passed == 2, "\(recorder.results.map { $0.failure?.message ?? "" })")
        #expect(server.requests.map(\.uri) == ["/items/42", "/again/42"])
    }

    @Test func afterResponseHookFailsTheRequestWithANamedAssertion() async throws {
        let server = try await ScenarioServer.start { request in .status(request.path == "/made" ? 201 : 200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: hooks
            requests:
              - name: made
                url: "{{base}}/made"
              - name: plain
                url: "{{base}}/plain"
                expect:
                  status: 200
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], hooks: [StatusCheckHook()])

        #expect(outcome.passed == 1 && outcome.failed == 1)
        #expect(recorder.result("made")?.hookAssertions == [HookAssertionResult(name: "status is 201", passed: true)])
        let plain = try #require(recorder.result("plain"))
        #expect(plain.outcome == .failed)
        #expect(plain.assertions.allSatisfy { $0.passed })
        #expect(plain.hookAssertions == [HookAssertionResult(name: "status is 201", passed: false, message: "got 200")])
    }

    @Test func hooksRunBeforeTheSendAndAfterTheResponseInOrder() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: hooks
            requests:
              - { name: one, url: "{{base}}/1" }
            """)
        let first = StageLogHook()
        let second = StageLogHook()

        _ = try run(c, variables: ["base": server.baseURL], hooks: [first, AddHeaderHook("X-Order", "1"), second])

        #expect(first.log == ["before one response=false", "after one status=204"])
        #expect(second.log == first.log)
        #expect(server.requests.count == 1)
    }
}

import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// Templates are parsed when a collection is loaded or a value enters the variable store, never
/// per request: a long run must parse no more templates than a short one.
@Suite("templates parsed once")
struct TemplateParseCountTests {
    static let requestCount = 200

    /// 200 requests, each with a templated URL, header and expected value, reading a variable
    /// written in terms of another: the send loop parses nothing. The one parse is the collection's
    /// own `path` variable, stored when the run starts.
    @Test func aLongRunParsesNoTemplatePerRequest() async throws {
        let server = try await ScenarioServer.start { request in
            .json(#"{"echo": "\#(request.uri)", "n": "\#(request.header("x-n") ?? "")"}"#)
        }
        defer { try? server.shutdownBlocking() }
        let requests = (1...Self.requestCount).map { index in
            """
              - name: r\(index)
                url: "{{base}}{{path}}"
                headers: { x-n: "n{{id}}" }
                expect:
                  status: 200
                  json:
                    "$.echo": "{{expected}}"
                    "$.n": { one_of: ["n{{id}}", "none"] }
            """
        }
        let c = try collection(
            """
            name: many
            variables:
              path: "/items/{{id}}"
            requests:
            \(requests.joined(separator: "\n"))
            """)
        var scopes = VariableScopes()
        scopes.set("base", to: .string(server.baseURL), in: .commandLine)
        scopes.set("id", to: 7, in: .commandLine)
        scopes.set("expected", to: "{{path}}", in: .commandLine)
        let recorder = RunRecorder()
        let counter = TemplateParseCounter()

        let outcome = try TemplateParseCounter.$current.withValue(counter) {
            try CollectionRunner(options: RunOptions()).run(c, variables: scopes, observer: recorder)
        }

        #expect(outcome.passed == Self.requestCount, "\(recorder.results.first.map(\.assertions) ?? [])")
        #expect(server.requests.last?.uri == "/items/7")
        #expect(counter.count == 1)
    }

    /// The counter sees the parses of its own task, so the test above could fail.
    @Test func theCounterCountsParsesMadeInItsTask() throws {
        let counter = TemplateParseCounter()
        TemplateParseCounter.$current.withValue(counter) {
            var scopes = VariableScopes()
            scopes.set("a", to: "{{b}}", in: .commandLine)
            scopes.set("plain", to: "no placeholder", in: .commandLine)
            _ = try? Template.parse("{{x}}/y", at: .commandLine("test"))
        }
        #expect(counter.count == 2)
    }

    @Test func aStoredValueKeepsItsParsedTemplateUntilReplaced() {
        var scopes = VariableScopes()
        scopes.set("base", to: "https://{{host}}/v2", in: .environment)
        #expect(scopes.valueTemplate(of: "base")?.variableNames == ["host"])
        scopes.set("base", to: "https://example.test", in: .commandLine)
        #expect(scopes.valueTemplate(of: "base") == nil, "the command line's plain value outranks the template")
        scopes.remove("base", from: .commandLine)
        #expect(scopes.valueTemplate(of: "base")?.variableNames == ["host"])
        scopes.set("base", to: "plain", in: .environment)
        #expect(scopes.valueTemplate(of: "base") == nil)
    }
}

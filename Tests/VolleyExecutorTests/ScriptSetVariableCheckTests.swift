import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyParser

/// A name some script of the collection sets counts as possibly defined before the run; if it is
/// still undefined when its request is rendered, that request errors at the placeholder.
@Suite("undefined-variable check with scripts")
struct ScriptSetVariableCheckTests {
    static let yaml = """
        name: signed
        scripts:
          before: |
            // pm.variables.set("commented", 1) does not define anything
            pm.environment.set("trace", "t-1");
        requests:
          - name: folder
            requests:
              - name: sign
                url: "{{base}}/sign?t={{trace}}&c={{commented}}"
                scripts:
                  after: { file: scripts/sign.js }
              - name: use
                url: "{{base}}/use/{{signature}}"
        """

    func signed() throws -> Collection {
        let files = ScriptFileReader.inMemory(["scripts/sign.js": "postman.setGlobalVariable('signature', 's');\n"])
        return try CollectionParser.parseCollection(source: Self.yaml, file: "test.yaml", scriptFiles: files)
    }

    @Test func namesScriptsSetAreKnownAndOthersAreStillReported() throws {
        var scopes = VariableScopes()
        scopes.set("base", to: "http://127.0.0.1:9", in: .commandLine)
        let found = UndefinedVariableCheck.diagnostics(for: try signed(), variables: scopes)
        #expect(found.map(\.headline) == [
            "test.yaml:10:14: error: undefined variable 'commented' (define it under 'variables:', in an environment file, with a command-line variable (commented=...), or capture it from an earlier request)"
        ])
    }

    @Test func aNameNoScriptHasSetWhenItsRequestIsRenderedFailsThatRequestAtItsPlaceholder() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        // No script runs here (no engine hook is given), so nothing sets the names by the time
        // each request is rendered: the check let them through, rendering stops them.
        let (recorder, outcome) = try run(try signed(), variables: ["base": server.baseURL, "commented": "c"])
        #expect(server.requests.isEmpty)
        #expect(outcome.errored == 2)
        let sign = try #require(recorder.result("sign")?.failure)
        #expect(sign.kind == .template)
        #expect(sign.location == SourceLocation(file: "test.yaml", line: 10, column: 14))
        #expect(sign.message == "undefined variable 'trace' (a script of the collection sets it, but had not when this request was rendered)")
        let use = try #require(recorder.result("use")?.failure)
        #expect(use.location == SourceLocation(file: "test.yaml", line: 14, column: 14))
        #expect(use.message == "undefined variable 'signature' (a script of the collection sets it, but had not when this request was rendered)")
    }
}

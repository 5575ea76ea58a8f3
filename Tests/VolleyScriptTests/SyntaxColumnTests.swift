import Testing
import TestSupport
import VolleyCore
@testable import VolleyScript

/// Syntax errors at their `file:line:column`: JavaScriptCore gives a syntax error's line only,
/// so the column comes from the token the message names (`SyntaxErrorColumn`). Each case is
/// a script of an inline block scalar (text at test.yaml:20:7) or a `{file: x.js}` script.
@Suite("syntax error columns", .serialized)
struct SyntaxColumnTests {
    /// The position `volley validate` reports for `script`'s syntax error.
    private func validated(_ script: Script) throws -> VolleyCore.SourceLocation? {
        let c = try oneRequest([script])
        let diagnostics = ScriptSyntax.diagnostics(for: c)
        #expect(diagnostics.count == 1)
        return diagnostics.first?.location
    }

    @Test func anErrorOnTheFirstLineIsAtItsTokenPastTheWrapper() throws {
        // `b` is the 16th character of the text, which starts at column 7.
        #expect(try validated(script(.before, "const a = 1; a b")) == SourceLocation(file: "test.yaml", line: 20, column: 22))
    }

    @Test func anErrorOnALaterLineIsAtItsTokenInTheBlock() throws {
        #expect(try validated(script(.after, "let ok = 1;\n  let x = ;")) == SourceLocation(file: "test.yaml", line: 21, column: 17))
    }

    @Test func aTokenThatOccursTwiceOnTheLineIsTheOneTheParserStoppedAt() throws {
        // The first ';' ends a valid statement; the second is the error.
        #expect(try validated(script(.before, "let a = 1; let b = ;")) == SourceLocation(file: "test.yaml", line: 20, column: 26))
        // And where the first is the error, the first.
        #expect(try validated(script(.before, "let a = ; let b = 2;")) == SourceLocation(file: "test.yaml", line: 20, column: 15))
    }

    @Test func aTokenInsideAStringIsNotTakenForTheError() throws {
        #expect(try validated(script(.before, "let s = ']'; a[1]];")) == SourceLocation(file: "test.yaml", line: 20, column: 24))
    }

    @Test func aNameDeclaredTwiceIsAtItsSecondDeclaration() throws {
        #expect(try validated(script(.before, "let x = 1; let x = 2;")) == SourceLocation(file: "test.yaml", line: 20, column: 22))
    }

    @Test func aFileScriptsErrorIsAtItsLineAndColumnInTheFile() throws {
        let file = Script(
            phase: .after, level: .request, source: "const q = 2;\nfoo(;\n", origin: SourceLocation(file: "x.js", line: 1, column: 1),
            declaredAt: SourceLocation(file: "test.yaml", line: 19, column: 5))
        #expect(try validated(file) == SourceLocation(file: "x.js", line: 2, column: 5))
    }

    @Test func anUnterminatedLiteralIsAtItsStart() throws {
        #expect(try validated(script(.before, "let ok = 1;\n    let r = /abc")) == SourceLocation(file: "test.yaml", line: 21, column: 19))
    }

    @Test func anErrorQuotingNothingIsAtTheLinesFirstCharacter() throws {
        // "No identifiers allowed directly after numeric literal"
        #expect(try validated(script(.before, "let ok = 1;\n    let y = 1x;")) == SourceLocation(file: "test.yaml", line: 21, column: 11))
    }

    @Test func aRunReportsTheSameColumnAsValidate() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.before, "let ok = 1;\n  let x = ;")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let failure = try #require(results["first"]?.failure)
        #expect(failure.message == "the before script is not valid JavaScript: SyntaxError: Unexpected token ';'")
        #expect(failure.location == SourceLocation(file: "test.yaml", line: 21, column: 17))
    }

    @Test func theQuotedTokenIsReadFromTheMessage() {
        #expect(SyntaxErrorColumn.quotedToken(in: "SyntaxError: Unexpected token '}'. Expected ')' to end a call.") == "}")
        #expect(SyntaxErrorColumn.quotedToken(in: "SyntaxError: Unexpected identifier 'b'") == "b")
        #expect(SyntaxErrorColumn.quotedToken(in: "SyntaxError: Unterminated regular expression literal '/abc'") == "/abc")
        #expect(SyntaxErrorColumn.quotedToken(in: "SyntaxError: Unexpected end of script") == nil)
    }
}

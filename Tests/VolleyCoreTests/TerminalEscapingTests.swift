import Testing
import VolleyCore

/// A shared collection must not retitle, clear or ring the terminal of whoever validates it
/// (issue 15, item 13): printed source lines and messages escape control characters.
@Suite struct TerminalEscapingTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(OutputEscaping.terminal("a\u{1B}]0;pwned\u{07}b\0c\u{7F}\u{9B}2J\td") == #"a\u{1B}]0;pwned\u{7}b\u{0}c\u{7F}\u{9B}2J"# + "\td")
        #expect(OutputEscaping.terminal("line\nnext\r") == #"line\nnext\r"#)
        #expect(OutputEscaping.terminal("body\nnext", keepingLineBreaks: true) == "body\nnext")
        #expect(OutputEscaping.terminal("café ✓") == "café ✓")
    }

    @Test func aDiagnosticEscapesItsMessageAndSourceLineAndKeepsTheCaretUnderTheColumn() {
        let source = "name: x\n\u{1B}[2Jmethd: POST\n"
        let diagnostic = Diagnostic(
            .error, "unknown key '\u{1B}[2Jmethd'", at: SourceLocation(file: "c.yaml", line: 2, column: 5))
        #expect(diagnostic.rendered(source: source) == """
            c.yaml:2:5: error: unknown key '\\u{1B}[2Jmethd'
            \\u{1B}[2Jmethd: POST
                     ^
            """)
    }
}

import Testing
import VolleyCore

@Suite struct DiagnosticRenderingTests {
    @Test func aCaretUnderTheColumn() {
        let d = Diagnostic(.error, "unknown key 'methd'", at: SourceLocation(file: "c.yaml", line: 2, column: 5))
        #expect(d.rendered(source: "name: x\r\n    methd: POST\r\n") == "c.yaml:2:5: error: unknown key 'methd'\n    methd: POST\n    ^")
    }

    @Test func aVeryLongLineIsShownAsAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 1000) + "!" + String(repeating: "b", count: 1000)
        let d = Diagnostic(.error, "bad", at: SourceLocation(file: "f", line: 1, column: 1001))
        let lines = d.rendered(source: line).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].count <= 162)
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret] == "!")
    }
}

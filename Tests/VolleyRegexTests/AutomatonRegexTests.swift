import Testing
import VolleyRegex

/// The automaton matches what the usual engines match, and ends on patterns that send a
/// backtracking engine into exponential time (issue 15, item 4).
@Suite struct AutomatonRegexTests {
    private func found(_ pattern: String, _ text: String) throws -> Bool { try AutomatonRegex(pattern).isFound(in: text) }

    private func first(_ pattern: String, _ text: String) throws -> [String?]? {
        try AutomatonRegex(pattern).firstMatch(in: text)?.map { $0.map { String(text[$0]) } }
    }

    @Test func commonPatternsMatchAsBefore() throws {
        #expect(try found("^https?://", "https://example.com"))
        #expect(try !found("^https?://", "ftp://example.com"))
        #expect(try found(#"^[0-9a-f]{32}$"#, String(repeating: "a", count: 32)))
        #expect(try !found(#"^[0-9a-f]{32}$"#, String(repeating: "a", count: 33)))
        #expect(try found(#"\d+\.\d+"#, "version 1.25"))
        #expect(try found("(?i)HELLO", "say hello"))
        #expect(try !found("HELLO", "say hello"))
        #expect(try found(#"\bcat\b"#, "a cat sat"))
        #expect(try !found(#"\bcat\b"#, "concatenate"))
        #expect(try found("a|b|c", "zzc"))
        #expect(try found(#"[^\s]+@[\w.-]+"#, "mail me: a.b@ex-ample.org"))
        #expect(try found("end$", "the end\n"))
        #expect(try !found(#"end\z"#, "the end\n"))
        #expect(try found(#"\p{Lu}\p{Ll}+"#, "hello World"))
        #expect(try found("é", "café"))
        #expect(try found(".", "\n") == false)
        #expect(try found("(?s).", "\n"))
    }

    @Test func groupsCaptureLeftmostFirst() throws {
        #expect(try first(#""id":"([^"]+)""#, #"{"id":"abc","x":1}"#) == [#""id":"abc""#, "abc"])
        #expect(try first("a(b*)", "xabbbc") == ["abbb", "bbb"])
        #expect(try first("a(b*?)", "xabbbc") == ["a", ""])
        // Leftmost-first, as Perl and PCRE: the first alternative that lets the rest match wins.
        #expect(try first("(a|ab)(c|bcd)", "abcd") == ["abcd", "a", "bcd"])
        #expect(try first("(a|ab)(c|d)", "abd") == ["abd", "ab", "d"])
        #expect(try first("(x)?y", "y") == ["y", nil])
        #expect(try first("(?<n>\\d+)-(\\d+)", "tel 12-34") == ["12-34", "12", "34"])
        #expect(try first("z", "abc") == nil)
    }

    @Test func wholeMatchesAreAnchoredAtBothEnds() throws {
        let regex = try AutomatonRegex("a+b?")
        #expect(regex.matchesWhole("aaab"))
        #expect(!regex.matchesWhole("aaabb"))
        #expect(!regex.matchesWhole("xaab"))
        #expect(try AutomatonRegex("").matchesWhole(""))
    }

    /// `(a+)+c` on 35 `a`s never finished under Swift's `Regex`; here it is a few thousand steps.
    @Test func nestedQuantifiersDoNotBacktrack() throws {
        let text = String(repeating: "a", count: 35)
        #expect(try !found("(a+)+c", text))
        #expect(try !AutomatonRegex("(a|aa)*c").matchesWhole(String(repeating: "a", count: 10_000)))
        #expect(try !found("(x+x+)+y", String(repeating: "x", count: 5_000)))
    }

    @Test func backtrackingFeaturesAreRefusedWithAPosition() {
        for (pattern, offset) in [(#"(a)\1"#, 3), ("x(?=y)", 1), ("(?<!a)b", 0), ("a++", 2), ("(?>a)", 0)] {
            #expect(throws: RegexSyntaxError.self, "\(pattern)") { try AutomatonRegex(pattern) }
            do {
                _ = try AutomatonRegex(pattern)
            } catch {
                #expect(error.offset == offset, "\(pattern): \(error)")
                #expect(error.message.contains("backtracking"), "\(pattern): \(error)")
            }
        }
    }

    @Test func malformedPatternsAreErrors() {
        for pattern in ["(", "a)", "[a", "*a", #"\"#, "a{3,1}", #"\q"#, "a{5000}", #"\p{Xx}"#] {
            #expect(throws: RegexSyntaxError.self, "\(pattern)") { try AutomatonRegex(pattern) }
        }
    }

    @Test func aBraceThatIsNoQuantifierIsALiteral() throws {
        #expect(try found("a{b", "xa{b"))
        #expect(try found(#"\{"id"\}"#, #"{"id"}"#))
    }
}

/// Ctrl-C during a long match: the matcher asks now and then whether to stop.
@Suite struct AutomatonRegexStoppingTests {
    @Test func aLongMatchStopsWhenAsked() throws {
        let regex = try AutomatonRegex("(a|b)*c")
        let text = String(repeating: "ab", count: AutomatonRegex.checkInterval * 2)
        var asked = 0
        #expect(regex.isFound(in: text) { asked += 1; return asked == 2 } == nil)
        #expect(asked == 2)
        #expect(regex.isFound(in: text + "c") { false } == true)
        #expect(regex.isFound(in: "short") { true } == false)
    }
}

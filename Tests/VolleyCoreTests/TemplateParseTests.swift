import Testing
import VolleyCore

/// `Template.parse` over UTF-8 bytes (issue 15, item 2) cuts where the Character walk did and
/// reports errors at the same character offsets.
@Suite struct TemplateParseTests {
    private func parts(_ text: String) throws -> [Template.Part] {
        try Template.parse(text, at: .commandLine("t")).parts
    }

    @Test func literalsAndPlaceholdersAlternate() throws {
        #expect(try parts("héllo {{ name }}/{{$uuid}}é{{a.b-c_1}}") == [
            .literal("héllo "), .variable("name"), .literal("/"), .builtin(.uuid), .literal("é"), .variable("a.b-c_1"),
        ])
        #expect(try parts("{{a}}") == [.variable("a")])
        #expect(try parts("") == [.literal("")])
        #expect(try parts("a}}b{c") == [.literal("a}}b{c")])
        #expect(try parts("{{a}}}") == [.variable("a"), .literal("}")])
        #expect(try parts("{{ünïcödé}}") == [.variable("ünïcödé")])
    }

    private func error(_ text: String) -> Template.SyntaxError? {
        do {
            _ = try parts(text)
            return nil
        } catch {
            return error as? Template.SyntaxError
        }
    }

    @Test func errorsCountCharactersNotBytes() {
        #expect(error("éé👍🏽x{{open").map { ($0.message, $0.offset) } ?? ("", 0) == ("unclosed '{{' in template (add '}}')", 4))
        #expect(error("é {{ }}")?.offset == 2)
        #expect(error("é {{ }}")?.message == "empty placeholder '{{}}'")
        #expect(error("{{a b}}") != nil)
        #expect(error("{{$nope}}") != nil)
    }

    /// The 1 MB body of the issue: 200,000 placeholders, every one kept.
    @Test func aMegabyteOfPlaceholdersParsesWhole() throws {
        let parsed = try parts(String(repeating: "{{v}}", count: 200_000))
        #expect(parsed.count == 200_000)
    }
}

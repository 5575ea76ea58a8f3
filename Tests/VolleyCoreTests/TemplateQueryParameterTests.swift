import Testing

@testable import VolleyCore

@Suite struct TemplateQueryParameterTests {
    let here = SourceLocation(file: "t.yaml", line: 1, column: 1)

    func removing(_ name: String, from text: String) throws -> Template {
        try Template.parse(text, at: here).removingQueryParameter(name)
    }

    @Test func dropsTheParameterWhereverTheQueryWritesIt() throws {
        #expect(try removing("after", from: "{{base}}/page?after=1") == Template.parse("{{base}}/page", at: here))
        #expect(try removing("after", from: "/p?lang=en&after=1&x=2") == Template.parse("/p?lang=en&x=2", at: here))
        #expect(try removing("after", from: "/p?after=1&after={{a}}&x={{b}}#top") == Template.parse("/p?x={{b}}#top", at: here))
        #expect(try removing("after", from: "/p?after&lang=en") == Template.parse("/p?lang=en", at: here))
        #expect(try removing("a b", from: "/p?a%20b=1&c=2") == Template.parse("/p?c=2", at: here))
    }

    @Test func leavesOtherNamesPathsAndUnknownNamesAlone() throws {
        #expect(try removing("after", from: "/after/p?afterwards=1") == Template.parse("/after/p?afterwards=1", at: here))
        #expect(try removing("after", from: "/p#after=1") == Template.parse("/p#after=1", at: here))
        #expect(try removing("after", from: "/p?{{name}}=1") == Template.parse("/p?{{name}}=1", at: here))
        #expect(try removing("after", from: "{{base}}/p") == Template.parse("{{base}}/p", at: here))
    }
}

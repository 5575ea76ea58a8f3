import Testing
import VolleyJSON
import VolleyJSONPath

/// Behaviour beyond the compliance suite: paths, the API's extras, regex translation details.
@Suite struct JSONPathQueryTests {
    static let store: JSONValue = [
        "store": [
            "book": [
                ["category": "reference", "title": "Sayings", "price": 8.95],
                ["category": "fiction", "title": "Sword", "price": 12.99],
                ["category": "fiction", "title": "Moby Dick", "price": 8.99, "isbn": "0-553"],
            ],
            "bicycle": ["color": "red", "price": 399],
        ],
    ]

    func evaluate(_ query: String, _ document: JSONValue = store) throws -> [String] {
        try JSONPathQuery(query).evaluate(document).map { "\($0.path) \($0.value.jsonText)" }
    }

    @Test func filterWithPathsInDocumentOrder() throws {
        #expect(try evaluate("$.store.book[?@.price < 10 && @.category == 'fiction'].title") == [
            "$['store']['book'][2]['title'] \"Moby Dick\""
        ])
        #expect(try evaluate("$..price") == [
            "$['store']['book'][0]['price'] 8.95",
            "$['store']['book'][1]['price'] 12.99",
            "$['store']['book'][2]['price'] 8.99",
            "$['store']['bicycle']['price'] 399",
        ])
    }

    @Test func normalizedPathsEscapeNames() throws {
        var object = JSONObject()
        for key in ["it's", "a\\b", "tab\there", "\u{01}", "é"] { object[key] = 1 }
        let document = JSONValue.object(object)
        #expect(try JSONPathQuery("$.*").evaluate(document).map(\.path.description) == [
            #"$['it\'s']"#, #"$['a\\b']"#, #"$['tab\there']"#, #"$['\u0001']"#, "$['é']",
        ])
    }

    @Test func pathElementsRoundTrip() throws {
        let node = try #require(try JSONPathQuery("$.store.book[-1]").evaluate(Self.store).first)
        #expect(node.path.elements == [.name("store"), .name("book"), .index(2)])
        #expect(node.path == NormalizedPath([.name("store"), .name("book"), .index(2)]))
        #expect(NormalizedPath().description == "$")
    }

    @Test func valuesWithoutPaths() throws {
        #expect(try JSONPathQuery("$.store.book[*].title").values(in: Self.store) == ["Sayings", "Sword", "Moby Dick"])
    }

    @Test func singularQueries() throws {
        #expect(try JSONPathQuery("$.a[0]['b']").isSingular)
        #expect(try !JSONPathQuery("$.a[*]").isSingular)
        #expect(try !JSONPathQuery("$..a").isSingular)
    }

    @Test func slices() throws {
        let array: JSONValue = [0, 1, 2, 3, 4, 5]
        #expect(try JSONPathQuery("$[::-2]").values(in: array) == [5, 3, 1])
        #expect(try JSONPathQuery("$[-2:]").values(in: array) == [4, 5])
        #expect(try JSONPathQuery("$[1:5:0]").values(in: array) == [])
        #expect(try JSONPathQuery("$[4:1:-1]").values(in: array) == [4, 3, 2])
    }

    @Test func stringsCompareByCodePoint() throws {
        // "é" precomposed and decomposed are canonically equivalent for Swift, different for RFC 9535.
        let document: JSONValue = ["a": "\u{E9}", "b": "e\u{301}"]
        #expect(try JSONPathQuery("$[?$.a == $.b]").values(in: document).isEmpty)
        #expect(try JSONPathQuery("$[?@ == 'e\u{301}']").values(in: document) == ["e\u{301}"])
        #expect(try JSONPathQuery("$[?@ < 'f']").values(in: document) == ["e\u{301}"])
    }

    @Test(arguments: [
        ("a.c", "a\nc", false),
        ("a.c", "a\rc", false),
        ("a.c", "abc", true),
        ("[a-c]+", "abcb", true),
        ("[^a-c]", "d", true),
        ("\\p{Lu}\\p{Ll}", "Ab", true),
        ("a{2,3}", "aaa", true),
        ("a{2,3}", "aaaa", false),
        ("(ab|cd)*", "abcdab", true),
        ("[.]", "x", false),
        ("x$", "x$", false),
        ("\\d", "1", false),   // not I-Regexp: invalid, so false rather than a digit class
        ("a*?", "a", false),   // lazy quantifiers are not I-Regexp
        ("[", "[", false),
        ("e.", "e\u{301}", true), // code points, not grapheme clusters
    ] as [(String, String, Bool)])
    func matchUsesIRegexp(pattern: String, subject: String, matches: Bool) throws {
        let query = try JSONPathQuery("$[?match(@.s, $.p)]")
        let document: JSONValue = ["x": ["s": .string(subject)], "p": .string(pattern)]
        #expect(query.values(in: document).count == (matches ? 1 : 0))
    }

    @Test func searchFindsSubstrings() throws {
        let document: JSONValue = ["one", "bone", "two"]
        #expect(try JSONPathQuery("$[?search(@, 'on')]").values(in: document) == ["one", "bone"])
        #expect(try JSONPathQuery("$[?search(@, '^on')]").values(in: document) == ["one"])
    }

    @Test func descendantsOfADeepDocumentDoNotOverflow() throws {
        var value: JSONValue = 1
        for _ in 0..<20_000 { value = [value] }
        #expect(try JSONPathQuery("$..*").values(in: value).count == 20_000)
    }
}

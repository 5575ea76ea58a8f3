import Testing
import VolleyJSONPath

/// Where invalid queries are reported: the offset is what the CLI puts its caret under.
@Suite struct JSONPathSyntaxErrorTests {
    /// (query, offset, message)
    @Test(arguments: [
        ("", 0, "empty query; a JSONPath query starts with '$'"),
        (" $", 0, "whitespace is not allowed before '$'"),
        ("a", 0, "unexpected 'a'; a JSONPath query must start with '$'"),
        ("$ ", 1, "whitespace is not allowed at the end of a query"),
        ("$.a b", 3, "whitespace is not allowed at the end of a query"),
        ("$. a", 2, "whitespace is not allowed after '.'"),
        ("$.1", 2, "unexpected '1'; expected a member name or '*' after '.'"),
        ("$..", 3, "unexpected end of the query; expected a member name, '*' or '[' after '..'"),
        ("$[0 2]", 4, "unexpected '2'; expected ',' or ']' after a selector"),
        ("$[0", 3, "missing ']' to close the '[' at column 2"),
        ("$[01]", 2, "leading zeros are not allowed in integers"),
        ("$[-0]", 2, "'-0' is not a valid integer here; write 0"),
        ("$[9007199254740992]", 2, "integer is outside the range ±(2^53 − 1)"),
        ("$['a\\x']", 4, "invalid escape sequence '\\x'"),
        ("$['\\uD800']", 3, "high surrogate must be followed by a \\u low surrogate"),
        ("$['abc", 2, "unterminated string literal"),
        ("$[?@.a == 1 && true]", 15, "a literal is not a condition; compare it with something"),
        ("$[?@.* == 1]", 3, "only a singular query (names and indexes only) can be compared"),
        ("$[?length(@.*) < 3]", 10, "a query that can select several nodes cannot be a value argument of length()"),
        ("$[?length(@.a)]", 3, "length() returns a value, not a condition; compare it with something"),
        ("$[?match(@.a, 'x') == true]", 3, "match() returns a logical value, which cannot be compared"),
        ("$[?count(1) > 2]", 9, "the argument of count() must be a query"),
        ("$[?count (@.*) == 1]", 8, "no whitespace is allowed between a function name and '('"),
        ("$[?foo(@) == 1]", 3, "unknown function 'foo'; the functions are length, count, match, search and value"),
        ("$[?value(@.a, @.b) == 1]", 3, "value() takes 1 argument, not 2"),
        ("$[?(@.a == 1]", 12, "unexpected ']'; expected ')' or a logical operator"),
        ("$[?@.a = 1]", 7, "unexpected '='; expected ',' or ']' after a selector"),
        ("$[?!@.a == 1]", 8, "unexpected '='; expected ',' or ']' after a selector"),
        ("$[?@.a == True]", 10, "unexpected 'T'; expected a query, a literal, a function call, '!' or '('"),
        ("$[?@.a == 1.]", 12, "unexpected ']'; expected a digit after the decimal point"),
    ] as [(String, Int, String)])
    func reportsOffset(query: String, offset: Int, message: String) {
        #expect(throws: JSONPathSyntaxError(message: message, offset: offset)) {
            try JSONPathQuery(query)
        }
    }

    /// Offsets count Characters, so a caret under a query with accents or emoji lines up.
    @Test func offsetCountsCharacters() {
        #expect(throws: JSONPathSyntaxError(message: "unexpected '!'; expected ',' or ']' after a selector", offset: 6)) {
            try JSONPathQuery("$['é👍🏽'!]")
        }
    }

    @Test func columnIsOneBased() {
        #expect(JSONPathSyntaxError(message: "m", offset: 0).column == 1)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "$[?" + String(repeating: "(", count: 10_000) + "@" + String(repeating: ")", count: 10_000) + "]"
        #expect(throws: JSONPathSyntaxError.self) { try JSONPathQuery(deep) }
    }
}

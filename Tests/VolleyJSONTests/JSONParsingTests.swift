import Testing
import VolleyJSON

/// The JSON text parser (VolleyJSON): every value kind, and the errors it reports with their positions.
@Suite struct JSONParsingTests {
    @Test(arguments: [
        ("null", JSONValue.null),
        (" true ", .bool(true)),
        ("false", .bool(false)),
        ("0", .number(0)),
        ("-0", .number(-0.0)),
        ("-12.5e2", .number(-1250)),
        ("1E+2", .number(100)),
        ("123456789012345678901234567890", .number(Double("123456789012345678901234567890")!)),
        ("0.1", .number(0.1)),
        (#""a\"\\\/\b\f\n\r\t""#, .string("a\"\\/\u{08}\u{0C}\n\r\t")),
        (#""\u00e9\uD83D\uDE00é""#, .string("é😀é")),
        ("[]", .array([])),
        ("{}", .object(JSONObject())),
        (#"[1, [2, {"a": [3]}], "x"]"#, [1, [2, ["a": [3]]], "x"]),
        (#"{"b": 1, "a": {"c": null}}"#, ["b": 1, "a": ["c": nil]]),
        ("\u{FEFF}[1]", [1]),
    ] as [(String, JSONValue)])
    func parsesValidText(text: String, expected: JSONValue) throws {
        #expect(try JSONValue.parse(text) == expected)
    }

    @Test func keepsMemberOrder() throws {
        let value = try JSONValue.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func repeatedNameKeepsFirstPositionAndLastValue() throws {
        let value = try JSONValue.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(value.objectValue?["a"] == 3)
    }

    @Test func parsesBytes() throws {
        #expect(try JSONValue.parse(bytes: Array(#"{"k":"é"}"#.utf8)) == ["k": "é"])
    }

    /// (text, message, offset, line, column)
    @Test(arguments: [
        ("", "expected a JSON value, found the end of the input", 0, 1, 1),
        ("[1,]", "trailing comma in array", 3, 1, 4),
        ("{\"a\":1,}", "trailing comma in object", 7, 1, 8),
        ("[01]", "leading zeros are not allowed in numbers", 1, 1, 2),
        ("[1] x", "unexpected 'x'; expected the end of the input after the JSON value", 4, 1, 5),
        ("{\n  \"a\": tru\n}", "unexpected 't'; expected a JSON value", 9, 2, 8),
        ("\"a\u{01}\"", "control character U+0001 must be escaped in a string", 2, 1, 3),
        ("[\"\\uD800\"]", "lone high surrogate \\uD800", 2, 1, 3),
        ("[\"\\uDC00\"]", "lone low surrogate \\uDC00", 2, 1, 3),
        ("\"\\uD800\\u0041\"", "lone high surrogate \\uD800", 1, 1, 2),
        ("\"\\x\"", "invalid escape sequence in a string", 1, 1, 2),
        ("\"\\u12G4\"", "expected four hexadecimal digits after \\u", 5, 1, 6),
        ("[\"abc", "unterminated string", 1, 1, 2),
        ("[1 2]", "unexpected '2'; expected ',' or ']' after an array element", 3, 1, 4),
        ("{\"a\" 1}", "unexpected '1'; expected ':' after a member name", 5, 1, 6),
        ("{1:2}", "unexpected '1'; expected a member name in double quotes", 1, 1, 2),
        ("[1.]", "expected a digit after the decimal point", 3, 1, 4),
        ("-", "expected a digit after '-'", 1, 1, 2),
        ("1e", "expected a digit in the exponent", 2, 1, 3),
        ("1e999", "number is out of the range of a double", 0, 1, 1),
        ("[1", "unexpected end of input; expected ',' or ']'", 2, 1, 3),
        ("'a'", "unexpected '''; expected a JSON value", 0, 1, 1),
        ("[NaN]", "unexpected 'N'; expected a JSON value", 1, 1, 2),
        ("nullx", "unexpected 'n'; expected a JSON value", 0, 1, 1),
        ("\"é\" é", "unexpected a non-ASCII character; expected the end of the input after the JSON value", 5, 1, 5),
    ] as [(String, String, Int, Int, Int)])
    func rejectsInvalidText(text: String, message: String, offset: Int, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError(message: message, offset: offset, line: line, column: column)) {
            try JSONValue.parse(text)
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONSyntaxError(message: "invalid UTF-8 sequence", offset: 2, line: 1, column: 3)) {
            try JSONValue.parse(bytes: [0x22, 0x61, 0xC3, 0x28, 0x22])
        }
        #expect(throws: JSONSyntaxError(message: "invalid UTF-8 byte 0xC0", offset: 1, line: 1, column: 2)) {
            try JSONValue.parse(bytes: [0x22, 0xC0, 0x80, 0x22])
        }
    }

    @Test func limitsNestingDepth() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try JSONValue.parse(ok) != .null)
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError(message: "nesting is deeper than 512 levels", offset: 512, line: 1, column: 513)) {
            try JSONValue.parse(deep)
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(throws: JSONSyntaxError(message: "unexpected 'x'; expected ',' or ']' after an array element", offset: 9, line: 2, column: 7)) {
            try JSONValue.parse("[\n  \"é\" x]")
        }
    }
}

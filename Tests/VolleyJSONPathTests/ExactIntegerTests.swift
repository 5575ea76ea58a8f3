import Testing
import VolleyJSON
import VolleyJSONPath

/// Integers that fit Int64 stay exact through parsing, comparison and writing: a 64-bit
/// snowflake id must not round to the nearest double.
@Suite struct ExactIntegerTests {
    @Test(arguments: ["1234567890123456789", "-9223372036854775808", "9223372036854775807", "0", "-7"])
    func parsedIntegersRoundTripEveryDigit(text: String) throws {
        let value = try JSONValue.parse(text)
        #expect(value == .integer(Int64(text)!))
        if case .integer = value {} else { Issue.record("\(text) parsed as \(value)") }
        #expect(value.jsonText == text)
        #expect(try JSONValue.parse("[\(text)]").prettyJSONText == "[\n  \(text)\n]")
        var writer = JSONTextWriter(pretty: false)
        writer.write(["id": value])
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"id":\#(text)}"#)
    }

    @Test func integersBeyondInt64AndFractionsAreDoubles() throws {
        #expect(try JSONValue.parse("9223372036854775808") == .number(9_223_372_036_854_775_808.0))
        #expect(try JSONValue.parse("1.5") == .number(1.5))
        #expect(try JSONValue.parse("1e2") == .number(100))
    }

    @Test func nearbyIdsAreDifferent() throws {
        let id = try JSONValue.parse("1234567890123456789")
        #expect(id != (try JSONValue.parse("1234567890123456788")))
        #expect(JSONValue.integer(9_007_199_254_740_993) != .number(9_007_199_254_740_992))
        #expect(JSONValue.numericOrder(.integer(9_007_199_254_740_993), .number(9_007_199_254_740_992)) == 1)
        #expect(JSONValue.numericOrder(.integer(Int64.max), .number(9_223_372_036_854_775_808.0)) == -1)
        #expect(JSONValue.numericOrder(.integer(2), .number(2.5)) == -1)
        #expect(JSONValue.numericOrder(.integer(-2), .number(-2.5)) == 1)
    }

    @Test func oneEqualsOnePointZeroAndHashesAlike() throws {
        let one = try JSONValue.parse("1")
        let onePointZero = try JSONValue.parse("1.0")
        #expect(one == onePointZero)
        #expect(one.hashValue == onePointZero.hashValue)
        #expect(Set([one, onePointZero, .number(-0.0), .integer(0)]).count == 2)
        #expect(try JSONValue.parse(#"{"a": [1, 2.0]}"#) == ["a": [1.0, 2]])
    }

    @Test func numbersWrittenAsTextKeepTheirDigits() {
        #expect(JSONValue(numberText: "1234567890123456789") == .integer(1_234_567_890_123_456_789))
        #expect(JSONValue(numberText: "2.5") == .number(2.5))
        #expect(JSONValue(numberText: "abc") == nil)
    }

    @Test func filtersCompareIdsExactly() throws {
        let document = try JSONValue.parse(#"[{"id": 1234567890123456789}, {"id": 1234567890123456788}, {"id": 1.0}]"#)
        let query = try JSONPathQuery("$[?@.id == 1234567890123456789].id")
        #expect(query.values(in: document).map(\.jsonText) == ["1234567890123456789"])
        let less = try JSONPathQuery("$[?@.id < 1234567890123456789].id")
        #expect(less.values(in: document).map(\.jsonText) == ["1234567890123456788", "1"])
        let one = try JSONPathQuery("$[?@.id == 1].id")
        #expect(one.values(in: document).count == 1, "1 == 1.0")
    }
}

import Testing

@testable import VolleyCore
@testable import VolleyQuota

@Suite struct StructuredFieldParserTests {
    typealias Item = StructuredField.Item

    @Test func parsesAListOfStringsWithParameters() throws {
        let list = try #require(StructuredFieldParser.list([#""default";r=50;t=30, "daily";r=1"#]))
        #expect(list.count == 2)
        let first = try #require(list[0].item)
        #expect(first.value == .string("default"))
        #expect(first.parameters["r"] == .integer(50))
        #expect(first.parameters["t"] == .integer(30))
        let second = try #require(list[1].item)
        #expect(second.value == .string("daily"))
        #expect(second.parameters["t"] == nil)
    }

    @Test func parsesEveryBareItemType() throws {
        let list = try #require(StructuredFieldParser.list([#"tok/en:1, -42, 3.25, "a \"q\" \\", :cHJldGVuZA==:, ?0, *star"#]))
        #expect(list.compactMap { $0.item?.value } == [
            .token("tok/en:1"), .integer(-42), .decimal(3.25), .string(#"a "q" \"#),
            .byteSequence("cHJldGVuZA=="), .boolean(false), .token("*star"),
        ])
    }

    @Test func parsesInnerListsAndBareParameterKeys() throws {
        let list = try #require(StructuredFieldParser.list(["(a \"b\" 1);q=2, x;flag"]))
        guard case .innerList(let items, let parameters) = list[0] else {
            Issue.record("expected an inner list, got \(list[0])")
            return
        }
        #expect(items.map(\.value) == [.token("a"), .string("b"), .integer(1)])
        #expect(parameters["q"] == .integer(2))
        #expect(list[1].item?.parameters["flag"] == .boolean(true))
    }

    @Test func joinsSeveralFieldLines() throws {
        let list = try #require(StructuredFieldParser.list([#""a";r=1"#, #""b";r=2"#]))
        #expect(list.compactMap { $0.item?.value.name } == ["a", "b"])
    }

    @Test func parsesADictionaryKeepingTheLastValueOfARepeatedKey() throws {
        let dictionary = try #require(StructuredFieldParser.dictionary(["limit=100, remaining=50, reset=5, remaining=7, on;x=1"]))
        #expect(dictionary.entries.map(\.key) == ["limit", "remaining", "reset", "on"])
        #expect(dictionary["remaining"]?.item?.value == .integer(7))
        #expect(dictionary["on"]?.item?.value == .boolean(true))
        #expect(dictionary["on"]?.item?.parameters["x"] == .integer(1))
    }

    @Test func parsesLimitsOfNumbers() {
        #expect(StructuredFieldParser.list(["999999999999999"])?.first?.item?.value == .integer(999_999_999_999_999))
        #expect(StructuredFieldParser.list(["123456789012.123"])?.first?.item?.value == .decimal(123_456_789_012.123))
    }

    @Test(arguments: [
        #""default";r=50,"#,  // trailing comma
        #""unterminated;r=5"#,
        "1.2345",  // four fraction digits
        "1.",
        "-",
        "1234567890123456",  // sixteen-digit integer
        "1234567890123.5",  // thirteen-digit integer part
        "a;R=1",  // parameter keys are lowercase
        "a;r=",
        "@x",
        "a b",
        "?2",
        ":abc",
        "\"tab\there\"",
        "\"bad \\escape\"",
        "(a b",
        "(a,b)",
    ])
    func rejectsMalformedLists(text: String) {
        #expect(StructuredFieldParser.list([text]) == nil)
    }

    @Test(arguments: ["limit=100,", "Limit=1", "a=(1 2", "=1", "a=1 b=2"])
    func rejectsMalformedDictionaries(text: String) {
        #expect(StructuredFieldParser.dictionary([text]) == nil)
    }

    @Test func aDictionaryIsNotAList() {
        #expect(StructuredFieldParser.list(["limit=100, remaining=50"]) == nil)
    }
}

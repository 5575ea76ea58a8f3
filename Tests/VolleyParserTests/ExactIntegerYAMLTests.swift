import Testing
import VolleyCore
import VolleyParser

/// Integers written in a collection stay exact, like those in JSON responses.
@Suite struct ExactIntegerYAMLTests {
    @Test func bodiesAndExpectedValuesKeepEveryDigit() throws {
        let collection = try parse(oneRequest("""
                json: { max: 9223372036854775807, min: -9223372036854775808, beyond: 9223372036854775808 }
                expect:
                  json:
                    "$.id": 1234567890123456788
            """))
        let request = try #require(collection.requests.first)
        guard case .json(.literal(let body))? = request.body else {
            Issue.record("expected a literal JSON body, got \(String(describing: request.body))")
            return
        }
        #expect(body.objectValue?["max"] == .integer(.max))
        #expect(body.objectValue?["min"] == .integer(.min))
        #expect(body.objectValue?["beyond"] == .number(9_223_372_036_854_775_808.0), "past Int64: a double")
        #expect(body.jsonText == #"{"max":9223372036854775807,"min":-9223372036854775808,"beyond":9.223372036854776e+18}"#)
        #expect(request.assertions.first?.predicate == .equals(.integer(1_234_567_890_123_456_788)))
        #expect(request.assertions.first?.predicate != .equals(.integer(1_234_567_890_123_456_789)))
    }
}

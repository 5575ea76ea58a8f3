import Testing
import VolleyCore
import VolleyJSON
@testable import VolleyRun

@Suite("the report keeps long actual values short unless bodies are asked for")
struct ReportCollectorShorteningTests {
    private let here = SourceLocation(file: "c.yaml", line: 1, column: 1)

    private func result(actual: JSONValue?) -> RequestResult {
        var result = RequestResult(collection: "c", folderPath: [], name: "r", location: here)
        let assertion = Assertion(subject: .body, predicate: .oneOf([200]), location: here)
        result.assertions = [AssertionOutcome(assertion: assertion, passed: false, actual: actual)]
        return result
    }

    @Test func shortValuesAreKeptAsTheyAre() {
        for actual: JSONValue? in [nil, .null, .bool(true), .integer(200), .number(9.5), .string("Acme"), .array([.integer(1)])] {
            #expect(ReportCollector.shortened(result(actual: actual), limit: 40).assertions[0].actual == actual)
        }
    }

    @Test func aLongStringIsCutToItsStartAndLength() {
        let long = String(repeating: "x", count: 50)
        let shortened = ReportCollector.shortened(result(actual: .string(long)), limit: 40).assertions[0].actual
        #expect(shortened == .string("\"" + String(repeating: "x", count: 39) + Redactor.ellipsis + " (52 characters)"))
    }

    @Test func aStringThatEscapesPastTheLimitIsCutToo() {
        // 10 bytes, but 62 characters of JSON text: the cheap length check must not let it through.
        let controls = String(repeating: "\u{1}", count: 10)
        let shortened = ReportCollector.shortened(result(actual: .string(controls)), limit: 40).assertions[0].actual
        #expect(shortened != .string(controls))
    }

    @Test func aLongArrayIsCut() {
        let array = JSONValue.array(Array(repeating: .integer(12345), count: 20))
        guard case .string(let text) = ReportCollector.shortened(result(actual: array), limit: 40).assertions[0].actual else {
            Issue.record("the array was not shortened")
            return
        }
        #expect(text.hasPrefix("[12345,"))
        #expect(text.hasSuffix(" (\(array.jsonText.count) characters)"))
    }
}

import Testing
import VolleyCore
import VolleyJSON
@testable import VolleyExecutor

/// Predicates compare 64-bit ids exactly: 1234567890123456788 and …789 round to the same double,
/// but they are different ids.
@Suite("predicates on 64-bit integers")
struct ExactIntegerPredicateTests {
    let json = PredicateEvaluator(coerceText: false)
    let header = PredicateEvaluator(coerceText: true)
    let id: JSONValue = .integer(1_234_567_890_123_456_789)
    let previous: JSONValue = .integer(1_234_567_890_123_456_788)

    @Test func equalsTellsNeighbouringIdsApart() {
        #expect(json.failure(of: .equals(previous), on: id) == "not equal")
        #expect(json.failure(of: .equals(id), on: id) == nil)
        #expect(json.failure(of: .notEquals(previous), on: id) == nil)
        #expect(json.failure(of: .oneOf([previous]), on: id) == "not one of the options")
        #expect(json.failure(of: .oneOf([previous, id]), on: id) == nil)
        #expect(json.failure(of: .contains(previous), on: [id]) != nil)
    }

    @Test func orderingIsExact() {
        #expect(json.failure(of: .greaterThan(previous), on: id) == nil)
        #expect(json.failure(of: .lessThan(id), on: previous) == nil)
        #expect(json.failure(of: .lessThan(previous), on: id) == "is not < 1234567890123456788")
        #expect(json.failure(of: .greaterThan(.number(1_234_567_890_123_456_789.0)), on: id) == nil,
            "the double nearest …789 is …792, which is larger")
    }

    @Test func typeIntegerHoldsForExactIntegers() {
        #expect(json.failure(of: .type(.integer), on: id) == nil)
        #expect(json.failure(of: .type(.number), on: id) == nil)
        #expect(json.failure(of: .type(.string), on: id) == "is of type integer")
    }

    @Test func headerTextComparesExactly() {
        #expect(header.failure(of: .equals(id), on: "1234567890123456789") == nil)
        #expect(header.failure(of: .equals(previous), on: "1234567890123456789") == "not equal")
        #expect(header.failure(of: .greaterThan(previous), on: "1234567890123456789") == nil)
    }
}

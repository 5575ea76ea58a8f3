import Testing
import VolleyCore
import VolleyJSON
@testable import VolleyExecutor

/// Every predicate, holding and not holding, on the values assertions really see.
@Suite("predicates")
struct PredicateEvaluatorTests {
    let json = PredicateEvaluator(coerceText: false)
    let header = PredicateEvaluator(coerceText: true)

    static let cases: [(Predicate, JSONValue?, Bool)] = [
        (.equals("Acme"), "Acme", true), (.equals("Acme"), "Acme Inc", false),
        (.equals(1), 1.0, true), (.equals(1), "1", false),
        (.equals(["a": 1, "b": [true, nil]]), ["b": [true, nil], "a": 1], true), (.equals(["a": 1]), ["a": 2], false),
        (.notEquals("x"), "y", true), (.notEquals("x"), "x", false),
        (.exists(true), "anything", true), (.exists(true), nil, false),
        (.exists(false), nil, true), (.exists(false), .null, false),
        (.type(.string), "s", true), (.type(.string), 1, false),
        (.type(.number), 1.5, true), (.type(.number), "1.5", false),
        (.type(.integer), 3, true), (.type(.integer), 3.5, false),
        (.type(.boolean), false, true), (.type(.boolean), 0, false),
        (.type(.array), [], true), (.type(.array), [:], false),
        (.type(.object), [:], true), (.type(.object), [], false),
        (.type(.null), .null, true), (.type(.null), nil, false),
        (.contains("cme"), "Acme", true), (.contains("xyz"), "Acme", false),
        (.contains(2), [1, 2, 3], true), (.contains(4), [1, 2, 3], false),
        (.contains("id"), ["id": 1], true), (.contains("name"), ["id": 1], false),
        (.matches("^ac.e$"), "acme", true), (.matches("^cme"), "acme", false), (.matches("a"), 1, false),
        (.lessThan(5), 4.9, true), (.lessThan(5), 5, false),
        (.lessThanOrEqual(5), 5, true), (.lessThanOrEqual(5), 6, false),
        (.greaterThan(5), 6, true), (.greaterThan(5), 5, false),
        (.greaterThanOrEqual(5), 5, true), (.greaterThanOrEqual(5), 4, false),
        (.lessThan("b"), "a", true), (.lessThan("a"), "b", false), (.lessThan(1), "a", false),
        (.length(.equals(3)), "abc", true), (.length(.equals(3)), [1, 2], false),
        (.length(.greaterThan(0)), ["k": 1], true), (.length(.greaterThan(0)), [:], false), (.length(.equals(1)), 7, false),
        (.oneOf([200, 201]), 201, true), (.oneOf([200, 201]), 204, false),
        (.all([.greaterThanOrEqual(200), .lessThan(300)]), 204, true), (.all([.greaterThanOrEqual(200), .lessThan(300)]), 302, false),
        (.equals("x"), nil, false), (.lessThan(5), nil, false),
    ]

    @Test("on JSON values", arguments: cases.indices)
    func onJSON(index: Int) {
        let (predicate, actual, holds) = Self.cases[index]
        let reason = json.failure(of: predicate, on: actual)
        #expect((reason == nil) == holds, "\(predicate.keyword) on \(String(describing: actual)): \(reason ?? "held")")
    }

    @Test func headerTextComparesAsNumbersWhenThePredicateIsNumeric() {
        #expect(header.failure(of: .greaterThan(100), on: "250") == nil)
        #expect(header.failure(of: .lessThan(100), on: "250") != nil)
        #expect(header.failure(of: .equals(42), on: "42") == nil)
        #expect(json.failure(of: .equals(42), on: "42") != nil, "JSON stays strict: \"42\" is not 42")
    }

    @Test func failuresSayWhy() {
        #expect(json.failure(of: .type(.string), on: 1) == "is of type integer")
        #expect(json.failure(of: .equals("x"), on: nil) == "does not exist")
        #expect(json.failure(of: .length(.equals(3)), on: [1]) == "length 1 not equal")
        #expect(json.failure(of: .lessThan(1), on: "a") == "cannot compare string with integer")
    }
}

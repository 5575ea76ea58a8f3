import Testing
import VolleyCore
import VolleyReporter

/// Failure messages carry the unit of what was measured: a duration is milliseconds.
@Suite struct AssertionUnitsTests {
    let location = SourceLocation(file: "c.yaml", line: 9, column: 7)

    @Test func aDurationFailureSaysMilliseconds() {
        let assertion = Assertion(subject: .duration, predicate: .lessThan(2000), location: location)
        let outcome = AssertionOutcome(assertion: assertion, passed: false, actual: .number(2504.125))

        #expect(outcome.readable == "duration: expected lt 2000 ms, actual 2504.125 ms")
        #expect(assertion.expression == "duration lt 2000 ms")
        let range = Assertion(subject: .duration, predicate: .all([.greaterThan(1), .oneOf([5, 6])]), location: location)
        #expect(range.expression == "duration gt 1 ms and one_of [5 ms,6 ms]")
    }

    @Test func otherSubjectsStayUnitless() {
        let status = AssertionOutcome(
            assertion: Assertion(subject: .status, predicate: .oneOf([200, 201]), location: location), passed: false, actual: 404)
        #expect(status.readable == "status: expected one_of [200,201], actual 404")
        let json = AssertionOutcome(
            assertion: Assertion(subject: .json("$.n"), predicate: .equals(2000), location: location), passed: false, actual: 1.25)
        #expect(json.readable == "json $.n: expected equals 2000, actual 1.25")
    }
}

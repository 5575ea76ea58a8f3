import Testing
import VolleyCore
import VolleyRegex
@testable import VolleyExecutor

/// A `matches:` over a large body stops at Ctrl-C instead of holding the run (issue 15, item 4).
@Suite struct PatternInterruptTests {
    @Test func anInterruptedMatchSaysSo() throws {
        let flag = CancellationFlag()
        flag.cancel()
        let evaluator = PredicateEvaluator(coerceText: true, cancellation: flag)
        let body = String(repeating: "a", count: AutomatonRegex.checkInterval * 3)
        let pattern = try CompiledPattern("(a|aa)*c")
        #expect(evaluator.failure(of: .matches(pattern), on: .string(body)) == "not matched: the run was interrupted")
        #expect(PredicateEvaluator(coerceText: true).failure(of: .matches(pattern), on: .string(body)) == "does not match")
    }
}

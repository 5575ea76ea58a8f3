import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

@Suite("a run plan's precomputed request list")
struct PrecomputedPlanTests {
    @Test func theRunnerRunsTheListItIsGivenInsteadOfPlanningAgain() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: plan
            requests:
              - { name: a, url: "{{base}}/a" }
              - { name: b, url: "{{base}}/b" }
              - { name: c, url: "{{base}}/c" }
            """)
        let planned = c.plannedRequests()

        // A plan that runs c before a and leaves b out: the runner follows it as given.
        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL], requests: [planned[2], planned[0]])

        #expect(server.requests.map(\.path) == ["/c", "/a"])
        #expect(recorder.results.map(\.name) == ["c", "a"])
        #expect(outcome.passed == 2)
    }
}

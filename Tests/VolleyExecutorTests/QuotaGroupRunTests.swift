import Testing
import TestSupport
import VolleyCore
import VolleyReporter
@testable import VolleyExecutor
import VolleyQuota

/// Two limits on one host (search and collect, as Coresignal has): a spent search quota must
/// make the next search wait, never a collect. Asserted on the recorded waits, not wall time;
/// the waits pass on a manual clock, so they cost no real time.
@Suite("quota per limit")
struct QuotaGroupRunTests {
    @Test func aSpentQuotaGroupHoldsUpOnlyItsOwnRequests() async throws {
        let server = try await ScenarioServer.start { request in
            request.path.hasPrefix("/search")
                ? .json("[]", headers: [("x-ratelimit-limit", "18"), ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", "1")])
                : .json("{}", headers: [("x-ratelimit-limit", "54"), ("x-ratelimit-remaining", "53"), ("x-ratelimit-reset", "1")])
        }
        defer { try? server.shutdownBlocking() }
        // Search 1, then collect 1 (not held up), then search 2 (waits for the search reset).
        let plan = try collection("""
            name: groups
            requests:
              - name: search 1
                quota_group: search
                url: "{{base}}/search"
              - name: collect 1
                quota_group: collect
                url: "{{base}}/collect/1"
              - name: search 2
                quota_group: search
                url: "{{base}}/search"
            """)

        let clock = ManualClock()
        let (recorder, outcome) = try run(plan, variables: ["base": server.baseURL], options: RunOptions(clock: clock))

        #expect(outcome.passed == 3)
        #expect(recorder.result("collect 1")?.attempts.first?.waitedBefore == .zero)
        let searchWait = try #require(recorder.result("search 2")?.attempts.first)
        #expect(searchWait.waitedBefore > .zero && searchWait.waitedBefore <= .seconds(1))
        let words = searchWait.waitCause.map(RetryWording().text)
        #expect(words?.contains("search quota resets") == true, "\(words ?? "")")
        #expect(recorder.result("search 2")?.quotaKey == QuotaKey(host: "127.0.0.1:\(server.port)", limit: "search"))
        #expect(clock.advanced == searchWait.waitedBefore, "the only wait was the search's, on the run's clock")
    }

    @Test func anIETFPolicyNameSeparatesLimitsWithoutQuotaGroups() async throws {
        let server = try await ScenarioServer.start { request in
            request.path.hasPrefix("/search")
                ? .json("[]", headers: [("RateLimit-Policy", #""search";q=18;w=1"#), ("RateLimit", #""search";r=0;t=1"#)])
                : .json("{}", headers: [("RateLimit-Policy", #""collect";q=54;w=1"#), ("RateLimit", #""collect";r=53;t=1"#)])
        }
        defer { try? server.shutdownBlocking() }
        let plan = try collection("""
            name: policies
            requests:
              - name: search
                url: "{{base}}/search"
              - name: collect 1
                url: "{{base}}/collect/1"
              - name: collect 2
                url: "{{base}}/collect/2"
            """)
        // The same search twice: its second send knows its policy is "search" and waits for it.
        let twice = Collection(
            name: plan.name, file: plan.file, variables: plan.variables, defaults: plan.defaults,
            items: plan.items + [plan.items[0]])
        var scopes = VariableScopes()
        scopes.set("base", to: .string(server.baseURL), in: .commandLine)
        let recorder = RunRecorder()
        let runner = try CollectionRunner(options: RunOptions(clock: ManualClock()))
        runner.run(twice, variables: scopes, observer: recorder)

        let waits = recorder.results.map { $0.attempts.first?.waitedBefore ?? .zero }
        #expect(waits[1] == .zero && waits[2] == .zero, "collects did not wait for the search policy: \(waits)")
        #expect(waits[3] > .zero, "the second search waited for its own policy: \(waits)")
        #expect(recorder.results[3].quotaKey?.limit == "search")
    }
}

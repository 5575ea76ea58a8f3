import Testing
import VolleyCore
@testable import VolleyReporter

@Suite struct RunRecorderTests {
    @Test func countsEveryOutcomeAndKeepsRunOrder() {
        let report = SampleResults.report()
        #expect(report.collections.map(\.name) == [SampleResults.users, SampleResults.orders])
        #expect(report.collections[0].requests.map(\.name) == ["List users", "Get user", "Create token", "Flaky upstream", "Delete user"])
        #expect(report.requestCounts == OutcomeCounts(passed: 2, failed: 2, errored: 1, skipped: 1))
        #expect(report.executions == report.requestCounts)
        #expect(report.assertionsPassed == 4)
        #expect(report.assertionsFailed == 3)
        #expect(report.waited == .milliseconds(1600))
        #expect(!report.isRepeated)
        #expect(report.failingRequests.map(\.request.name) == ["Get user", "Flaky upstream", "Search <script>alert('x')</script>"])
    }

    @Test func dropsBodiesUnlessAsked() {
        let lean = SampleResults.report().collections[0].requests[0].first
        #expect(lean.result.response?.body == [])
        #expect(lean.responseBodySize == 29)
        let full = SampleResults.report(options: .init(keepBodies: true)).collections[0].requests[0].first
        #expect(full.result.response?.body.count == 29)
    }

    @Test func quotaSeriesHasEveryAttemptWithHeaders() {
        let points = SampleResults.report().quota.points
        #expect(points.map(\.attempt) == [1, 3, 4], "numbered over every attempt of the run, with or without quota headers")
        #expect(points.map(\.remaining) == [97, 0, 96])
        #expect(points.map(\.credits) == [9973, nil, 9972])
        #expect(points[1].status == 429)
        #expect(points[1].request == "Users API / Users / Admin / Create token")
    }

    @Test func repeatsAggregateIntoOneEntryPerRequest() {
        let report = SampleResults.repeatedReport(iterations: 1000)
        #expect(report.isRepeated)
        #expect(report.iterations == 1000)
        let requests = report.collections[0].requests
        #expect(requests.count == 3)
        let getUser = requests[1]
        #expect(getUser.runs == OutcomeCounts(passed: 858, failed: 142))
        #expect(getUser.outcome == .failed)
        #expect(getUser.first.result.iteration == 1)
        #expect(getUser.lastFailure?.result.iteration == 994)
        #expect(getUser.failureSamples.count == 20)
        #expect(getUser.failureSamples.first?.iteration == 7)
        #expect(getUser.failureSamplesDropped == 122)
        #expect(getUser.latency.count == 1000)
        let total = getUser.latency.percentiles(.total)!
        #expect(total.max <= 40_000 && total.max >= 39_000)
        #expect(total.p50 > 10_000 && total.p50 < total.p90 && total.p90 < total.p99)
        #expect(report.executions.total == 3000)
        #expect(report.requestCounts == OutcomeCounts(passed: 2, failed: 1))
    }

    @Test func aResultOutsideACollectionLandsInItsOwn() {
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.record(SampleResults.search)
        let report = recorder.finish(RunEnd(duration: .zero, exitCode: 1, partial: true))
        #expect(report.collections.map(\.name) == [SampleResults.orders])
        #expect(report.collections[0].file == SampleResults.ordersFile)
    }
}

import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

@Suite("next-request picks against a real server", .serialized)
struct NextRequestTests {
    static let threeRequests = """
        name: flow
        requests:
          - { name: a, url: "{{base}}/a" }
          - { name: b, url: "{{base}}/b" }
          - { name: c, url: "{{base}}/c" }
        """

    private func run(_ hooks: [any RequestHook], maxPicks: Int = RunOptions.defaultMaxNextRequestPicks) async throws
        -> (RunRecorder, CollectionOutcome, [String])
    {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let (recorder, outcome) = try VolleyExecutorTests.run(
            try collection(Self.threeRequests), variables: ["base": server.baseURL],
            options: RunOptions(maxNextRequestPicks: maxPicks), hooks: hooks)
        return (recorder, outcome, server.requests.map(\.path))
    }

    @Test func aPickJumpsOverTheRequestsBetween() async throws {
        let (recorder, outcome, paths) = try await run([NextRequestHook(from: "a", next: .named("c"))])

        #expect(paths == ["/a", "/c"])
        #expect(recorder.results.map(\.name) == ["a", "c"])
        #expect(outcome.passed == 2 && outcome.total == 2)
    }

    @Test func aPickBackRunsARequestAgain() async throws {
        let (_, outcome, paths) = try await run([NextRequestHook(from: "b", next: .named("a"), times: 1)])

        #expect(paths == ["/a", "/b", "/a", "/b", "/c"])
        #expect(outcome.passed == 5)
    }

    @Test func stopEndsTheCollectionWithoutSkippedResults() async throws {
        let (recorder, outcome, paths) = try await run([NextRequestHook(from: "a", next: .stop)])

        #expect(paths == ["/a"])
        #expect(recorder.results.map(\.name) == ["a"])
        #expect(outcome.total == 1)
    }

    @Test func anEndlessLoopStopsAtTheCapWithAnErrorAtTheRequest() async throws {
        let (recorder, outcome, paths) = try await run([NextRequestHook(from: "b", next: .named("b"))], maxPicks: 3)

        // The first send, then three picks followed; the fourth is refused.
        #expect(paths == ["/a", "/b", "/b", "/b", "/b"])
        #expect(outcome.passed == 4 && outcome.errored == 1)
        let last = try #require(recorder.results.last)
        #expect(last.name == "b")
        #expect(last.outcome == .errored)
        #expect(last.failure?.message.contains("already followed 3 next-request picks") == true)
        #expect(last.failure?.location == last.location)
        // The collection's flow failed, not its input: exit 1, not 2.
        #expect(last.failure?.kind == .script)
    }

    @Test func aPickOfNoSuchRequestIsAnErrorAtTheRequest() async throws {
        let (recorder, outcome, paths) = try await run([NextRequestHook(from: "a", next: .named("nope"))])

        #expect(paths == ["/a"])
        #expect(outcome.errored == 1 && outcome.total == 1)
        #expect(recorder.results.first?.failure?.message.contains("no request of that name") == true)
        #expect(recorder.results.first?.failure?.kind == .script)
    }
}

import Testing
import TestSupport
import VolleyCore
@testable import VolleyScript

/// `setTimeout`, `setInterval` and `setImmediate` fire after the script's own code, earliest
/// first, within the call's wall-clock limit; promises they settle end an `await`.
@Suite struct PMTimersTests {
    private static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { _ in .json(#"{"id":7}"#) }
    }

    @Test func timersFireAfterTheScriptEarliestFirstWithTheirArguments() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
            setTimeout((word) => console.log("late", word), 30, "b");
            setTimeout(() => console.log("early"), 5);
            const never = setTimeout(() => console.log("cleared"), 1);
            clearTimeout(never);
            setImmediate(() => console.log("immediate"));
            console.log("script");
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let one = try #require(results["one"])
        #expect(one.failure == nil)
        #expect(one.console.map(\.text) == ["script", "immediate", "early", "late b"])
    }

    @Test func anAwaitedTimerSettlesAndTheTestAfterItCounts() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
            await new Promise((resolve) => setTimeout(resolve, 20));
            let ticks = 0;
            await new Promise((resolve) => {
              const id = setInterval(() => { ticks += 1; if (ticks === 3) { clearInterval(id); resolve(); } }, 5);
            });
            pm.test("after the waits", () => pm.expect(ticks).to.equal(3));
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let one = try #require(results["one"])
        #expect(one.failure == nil)
        #expect(one.hookAssertions.map(\.name) == ["after the waits"])
        #expect(one.hookAssertions.map(\.passed) == [true])
    }

    @Test func anIntervalNeverClearedStopsAtTheWallClockLimit() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.after, "setInterval(() => {}, 20);")])

        let limits = ScriptLimits(cpuTime: .seconds(5), wallTime: .milliseconds(200))
        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], limits: limits)

        let failure = try #require(results["first"]?.failure)
        #expect(failure.kind == .script)
        #expect(failure.message.contains("time limit"), "\(failure.message)")
        #expect(failure.message.contains("waiting for a timer"), "\(failure.message)")
        // The run goes on.
        #expect(results["second"]?.failure == nil)
    }

    @Test func aTimerThatThrowsIsTheRequestsErrorAtItsLine() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
            pm.test("before the timer", () => {});
            setTimeout(() => {
              throw new Error("late boom");
            }, 1);
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let one = try #require(results["one"])
        #expect(one.failure?.message == "the after script threw Error: late boom")
        #expect(one.failure?.location?.line == 22)
        #expect(one.hookAssertions.map(\.name) == ["before the timer"])
    }

    @Test func aStringOfCodeIsRefused() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, #"setTimeout("console.log(1)", 1);"#)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(results["one"]?.failure?.message.contains("take a function") == true)
    }
}

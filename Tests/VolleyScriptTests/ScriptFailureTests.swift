import Foundation
import Synchronization
import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
@testable import VolleyScript

/// Scripts that throw, run away or never finish are their request's error, at their YAML
/// position, and the run goes on.
@Suite("script failures", .serialized)
struct ScriptFailureTests {
    @Test func aThrowingBeforeScriptErrorsAtItsLineAndNothingIsSent() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.before, "const a = 1;\n  a.b.c = 2;")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(server.requests.map(\.path) == ["/second"])
        let failure = try #require(results["first"]?.failure)
        #expect(failure.kind == .script)
        #expect(failure.message.hasPrefix("the before script threw TypeError:"), "\(failure.message)")
        #expect(failure.location?.file == "test.yaml")
        #expect(failure.location?.line == 21)
        #expect(results["first"]?.outcome == .errored)
    }

    @Test func anAfterScriptThatThrowsKeepsItsEarlierTests() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.after, "pm.test('ok', () => {});\nthrow new Error('boom');")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let first = try #require(results["first"])
        #expect(first.hookAssertions.map(\.name) == ["ok"])
        #expect(first.failure?.message == "the after script threw Error: boom")
        #expect(first.failure?.location == SourceLocation(file: "test.yaml", line: 21, column: 22))
        #expect(server.requests.count == 2)
    }

    @Test func aSyntaxErrorIsTheRequestsErrorAtItsPosition() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.before, "let ok = 1;\nif (")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let failure = try #require(results["first"]?.failure)
        #expect(failure.message.hasPrefix("the before script is not valid JavaScript: SyntaxError"), "\(failure.message)")
        #expect(failure.location?.line == 21)
        #expect(server.requests.map(\.path) == ["/second"])
    }

    @Test func anEndlessLoopIsStoppedAndTheRunGoesOn() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.after, "pm.test('before the loop', () => {});\nwhile (true) {}")])

        let (results, _) = try runScripts(
            c, variables: ["base": .string(server.baseURL)], limits: ScriptLimits(cpuTime: .milliseconds(300), memoryGrowth: .unboundedInTests))

        let first = try #require(results["first"])
        #expect(first.failure?.message == "the after script was stopped: the script ran past its CPU time limit of 300 ms")
        #expect(first.hookAssertions.map(\.name) == ["before the loop"])
        #expect(results["second"]?.outcome == .passed)
    }

    @Test func anAllocationLoopIsStoppedAtTheMemoryLimit() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        // Kept small: the machine is shared. Unchecked, the loop would take ~1 GB.
        let c = try twoRequests([script(.before, "const keep = []; for (let i = 0; i < 1e6; i++) keep.push('x'.repeat(1000) + i)")])

        let (results, _) = try runScripts(
            c, variables: ["base": .string(server.baseURL)],
            limits: ScriptLimits(memoryGrowth: 64 << 20, checkInterval: .milliseconds(5)))

        #expect(results["first"]?.failure?.message == "the before script was stopped: the script grew memory past its limit of 64 MB")
        #expect(server.requests.map(\.path) == ["/second"])
    }

    @Test func aPromiseThatNeverSettlesIsReportedNotAwaited() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.before, "await new Promise(() => {});")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let failure = try #require(results["first"]?.failure)
        #expect(failure.message.hasPrefix("the before script was stopped: the script awaits a promise that never settles"))
        #expect(failure.location == SourceLocation(file: "test.yaml", line: 19, column: 5))
        #expect(server.requests.map(\.path) == ["/second"])
    }

    @Test func cancellingTheRunInterruptsARunningScript() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.before, "for (;;) {}")])
        let cancellation = CancellationFlag()
        // A thread of its own, as the signal handler is in the binary: the script blocks a thread
        // of the test's task pool, and on a loaded 2-core machine a task that should cancel it
        // may not get a thread until the script's 30 s wall-clock limit has stopped it.
        let canceller = Thread {
            Thread.sleep(forTimeInterval: 0.3)
            cancellation.cancel()
        }
        canceller.start()
        let started = ContinuousClock.now

        let (results, outcome) = try runScripts(
            c, variables: ["base": .string(server.baseURL)], limits: ScriptLimits(cpuTime: .seconds(60), memoryGrowth: .unboundedInTests),
            cancellation: cancellation)

        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(results["first"]?.failure?.message == "the before script was stopped: the script was interrupted: the run was cancelled")
        #expect(results["second"]?.skipped == true)
        #expect(outcome.interrupted)
        #expect(server.requests.isEmpty)
    }
}

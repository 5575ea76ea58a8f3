import Testing
import TestSupport
import VolleyCore
import VolleyJSON
@testable import VolleyScript

/// A script writes the numbers Swift reads back as its lines and columns: what it throws, a
/// thrown object's `stack`, and (by replacing `Error`) the stack the legacy `tests[...]` reads
/// its position from. None of them may trap the converting `Int`; the error or test keeps no position or
/// the script's own, and the run goes on (found reading the script bridge for issue 15).
@Suite("script positions", .serialized)
struct ScriptPositionTests {
    private func run(_ scripts: [Script]) async throws -> (RequestResult, [String]) {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests(scripts)
        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])
        return (try #require(results["first"]), server.requests.map(\.path))
    }

    @Test func anErrorWhoseTextThrowsNotANumberForItsLineDoesNotStopTheRun() async throws {
        // Turning the thrown value into text throws again, outside the script's own call: the
        // engine's exception is that object, whose line Swift reads.
        let (_, sent) = try await run([script(.before, "throw { toString() { throw { line: NaN, column: Infinity }; } };")])

        #expect(sent.last == "/second")
    }

    @Test func aThrownStackWithNumbersPastIntIsNotReadAsAPosition() async throws {
        let stack = "f@test.yaml:-9223372036854775808:-9223372036854775808\\ng@test.yaml:99999999999999999999:1"
        let (first, sent) = try await run([script(.before, "throw { line: 1e300, stack: \"\(stack)\" };")])

        #expect(first.failure?.kind == .script)
        #expect(first.failure?.location == SourceLocation(file: "test.yaml", line: 19, column: 5))
        #expect(sent == ["/second"])
    }

    @Test func aTestWhoseStackWasForgedKeepsNoPosition() async throws {
        // The legacy `tests[...]` reads `new Error().stack`, which the script can replace.
        let forge = """
            globalThis.Error = function () { return { stack: "f@test.yaml:99999999999999999999999:1" }; };
            tests["still counted"] = true;
            """
        let (first, sent) = try await run([script(.after, forge)])

        #expect(first.hookAssertions == [HookAssertionResult(name: "still counted", passed: true, location: nil)])
        #expect(first.failure == nil)
        #expect(sent == ["/first", "/second"])
    }

    @Test func aReplacedPMTestStillRunsWhereTheCallWasRenamed() async throws {
        let replaced = """
            pm.test = (name) => pm.environment.set("seen", name);
            pm.test("mine", () => {});
            """
        let (first, _) = try await run([script(.after, replaced)])

        #expect(first.hookAssertions.isEmpty)
        #expect(first.failure == nil)
    }

    @Test func anErrorQuotingARenamedCallQuotesPMTest() async throws {
        let (first, _) = try await run([script(.after, "pm.test(\"a\", () => 1).x.y;")])

        #expect(first.failure?.message.contains("evaluating 'pm.test(\"a\", () => 1).x.y'") == true, "\(String(describing: first.failure))")
        #expect(first.failure?.location == SourceLocation(file: "test.yaml", line: 20, column: 30))
    }

    @Test func aReplacedErrorDoesNotMovePMTestsPosition() async throws {
        // pm.test's stack comes from the Error.captureStackTrace it took at load.
        let forge = """
            globalThis.Error = function () { return { stack: "f@test.yaml:99999999999999999999999:1" }; };
            Error.captureStackTrace = () => {};
            pm.test("still counted", () => {});
            """
        let (first, _) = try await run([script(.after, forge)])

        #expect(first.hookAssertions == [
            HookAssertionResult(name: "still counted", passed: true, location: SourceLocation(file: "test.yaml", line: 22, column: 14))
        ])
    }
}

/// Requests that repeat one script text share its compiled function; each still reports its
/// tests and errors at its own lines.
@Suite("shared script functions", .serialized)
struct SharedScriptFunctionTests {
    @Test func theSameTextAtTwoPlacesReportsEachPlacesLines() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let text = "pm.test('ok', () => {});\n  null.x;"
        let c = try collection("""
            name: t
            requests:
              - name: first
                url: "{{base}}/first"
              - name: second
                url: "{{base}}/second"
            """).scripted(["first": [script(.after, text, line: 20)], "second": [script(.after, text, line: 40)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let first = try #require(results["first"]), second = try #require(results["second"])
        #expect(first.hookAssertions.map(\.location) == [SourceLocation(file: "test.yaml", line: 20, column: 14)])
        #expect(second.hookAssertions.map(\.location) == [SourceLocation(file: "test.yaml", line: 40, column: 14)])
        #expect(first.failure?.location == SourceLocation(file: "test.yaml", line: 21, column: 13))
        #expect(second.failure?.location == SourceLocation(file: "test.yaml", line: 41, column: 13))
    }
}

/// A call's tests come back to Swift in batches; none is lost past a batch's size.
@Suite("script results", .serialized)
struct ScriptResultTests {
    @Test func thousandsOfTestsInOneCallAllArriveInOrder() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, "for (let i = 0; i < 2500; i++) pm.test('t' + i, () => { if (i % 1000 === 999) throw new Error('no ' + i) })")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let assertions = try #require(results["one"]).hookAssertions
        #expect(assertions.map(\.name) == (0..<2500).map { "t\($0)" })
        #expect(assertions.filter { !$0.passed }.map(\.message) == ["no 999", "no 1999"])
    }
}

import Testing
@testable import VolleyScript

/// The engine layer on the real JavaScriptCore: evaluation, errors with positions in the
/// source's own coordinates, syntax checks, native functions, and a context that stays usable.
@Suite("JavaScriptContext", .serialized)
struct JavaScriptContextTests {
    @Test func evaluateReturnsTheCompletionValueAsStringWouldWordIt() throws {
        let js = try JavaScriptContext()
        #expect(try js.evaluate("1 + 2") == "3")
        #expect(try js.evaluate("[1, 'a', null]") == "1,a,")
        #expect(try js.evaluate("undefined") == "undefined")
        #expect(try js.evaluate("({a: 1})") == "[object Object]")
        #expect(try js.evaluate("class A { get x() { return 2 ** 5 } }; new A().x?.toString()") == "32")
    }

    @Test func globalsLastBetweenEvaluations() throws {
        let js = try JavaScriptContext()
        try js.evaluate("var kept = 41")
        #expect(try js.evaluate("kept + 1") == "42")
    }

    @Test func aThrownErrorCarriesItsMessageAndPositionInTheSourcesOwnLines() throws {
        let js = try JavaScriptContext()
        let error = try #require(throws: ScriptError.self) {
            try js.evaluate("let a = 1;\n\n  null.x", sourceURL: "c.yaml", startingLine: 10)
        }
        #expect(error.kind == .exception)
        #expect(error.message.hasPrefix("TypeError:"))
        #expect(error.line == 3)
        #expect(error.column != nil)
    }

    @Test func aThrownStringIsTheMessage() throws {
        let js = try JavaScriptContext()
        let error = try #require(throws: ScriptError.self) { try js.evaluate("throw 'no'") }
        #expect(error.message == "no")
        #expect(error.line == nil)
    }

    @Test func syntaxIsCheckedWithoutRunning() throws {
        let js = try JavaScriptContext()
        #expect(js.checkSyntax("var ran = true") == nil)
        #expect(try js.evaluate("typeof ran") == "undefined")
        let error = try #require(js.checkSyntax("let ok = 1;\nif (", sourceURL: "c.yaml", startingLine: 5))
        #expect(error.kind == .syntax)
        #expect(error.line == 2)
    }

    @Test func aNativeFunctionGetsItsArgumentsAsTextAndReturnsText() throws {
        let js = try JavaScriptContext()
        var seen: [[String?]] = []
        js.define("host") { arguments in
            seen.append(arguments)
            return arguments.first.flatMap { $0.map { $0.uppercased() } }
        }
        #expect(try js.evaluate("host('abc', undefined, 3)") == "ABC")
        #expect(try js.evaluate("String(host())") == "undefined")
        #expect(seen == [["abc", nil, "3"], []])
    }

    @Test func microtasksRunBeforeTheCallReturns() throws {
        let js = try JavaScriptContext()
        try js.evaluate("var done = false; (async () => { await null; done = true })()")
        #expect(try js.evaluate("done") == "true")
    }

    @Test func anEndlessLoopIsStoppedAtTheCPULimitAndTheContextStaysUsable() throws {
        let js = try JavaScriptContext(limits: ScriptLimits(cpuTime: .milliseconds(200), memoryGrowth: .unboundedInTests))
        let error = try #require(throws: ScriptError.self) { try js.evaluate("try { while (true) {} } catch (e) {}") }
        #expect(error.limit == .cpuTime)
        #expect(error.message == "the script ran past its CPU time limit of 200 ms")
        #expect(try js.evaluate("'still ' + 'here'") == "still here")
    }

    @Test func cancellationStopsARunningScript() throws {
        nonisolated(unsafe) var checks = 0
        let js = try JavaScriptContext(limits: ScriptLimits(cpuTime: .seconds(20), memoryGrowth: .unboundedInTests)) {
            checks += 1
            return checks > 3  // the run is cancelled while the script loops
        }
        let error = try #require(throws: ScriptError.self) { try js.evaluate("for (;;) {}") }
        #expect(error.limit == .cancelled)
    }

    @Test func memoryGrowthPastTheLimitStopsTheScript() throws {
        // Small on purpose: the machine is shared. The loop would allocate ~1 GB unchecked.
        let js = try JavaScriptContext(limits: ScriptLimits(memoryGrowth: 64 << 20, checkInterval: .milliseconds(5)))
        let error = try #require(throws: ScriptError.self) {
            try js.evaluate("const keep = []; for (let i = 0; i < 1e6; i++) keep.push('x'.repeat(1000) + i)")
        }
        #expect(error.limit == .memory)
        #expect(try js.evaluate("1") == "1")
    }

    @Test func aContextsHeapReadingIsItsOwn() throws {
        let grows = try JavaScriptContext(), idle = try JavaScriptContext()
        let before = try #require(grows.heapBytes()), idleBefore = try #require(idle.heapBytes())
        try grows.evaluate("globalThis.keep = []; for (let i = 0; i < 64; i++) keep.push(new Array(1 << 17).fill(i))")
        #expect(try #require(grows.heapBytes()) - before >= 32 << 20)
        #expect(idle.heapBytes() == idleBefore)
    }

    @Test func anotherContextsGrowthDuringACallIsNotCountedAgainstIt() throws {
        // `quiet` loops until its CPU limit; during the loop, after its first memory reading, a
        // native function makes `other` hold ~128 MB. The process grew past quiet's 64 MB, its
        // own heap did not: the CPU limit, not the memory one, stops it.
        let other = try JavaScriptContext()
        nonisolated(unsafe) var checks = 0
        let quiet = try JavaScriptContext(limits: ScriptLimits(cpuTime: .milliseconds(300), memoryGrowth: 64 << 20, checkInterval: .milliseconds(5))) {
            checks += 1
            return false
        }
        quiet.define("checks") { _ in String(checks) }
        quiet.define("growOther") { _ in
            _ = try? other.evaluate("globalThis.keep = []; for (let i = 0; i < 128; i++) keep.push(new Array(1 << 17).fill(i))")
            return nil
        }
        let error = try #require(throws: ScriptError.self) {
            try quiet.evaluate("while (Number(checks()) < 3) {} growOther(); for (;;) {}")
        }
        #expect(error.limit == .cpuTime)
        #expect(try #require(other.heapBytes()) > 64 << 20)
    }
}

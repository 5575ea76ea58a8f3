import Testing

@testable import VolleyScript

/// `pm.expect`'s library in the real engine: every word passes and fails with chai's message,
/// `not` inverts it, and failures are `AssertionError`s that carry what reports need.
@Suite struct ExpectLibraryTests {
    /// A context with the library evaluated in it, as the runtime prepares each one.
    private func context() throws -> JavaScriptContext {
        let context = try JavaScriptContext()
        try context.evaluate(ExpectLibrary.source, sourceURL: ExpectLibrary.sourceURL)
        return context
    }

    /// What `reading` (an expression of the caught `e`) gives once `statement` throws, or "passed".
    private func caught(_ statement: String, reading: String, in context: JavaScriptContext) throws -> String {
        try context.evaluate("(function () { try { \(statement); return 'passed'; } catch (e) { return \(reading); } })()")
    }

    private func check(_ cases: [ExpectCase], in context: JavaScriptContext) throws {
        for item in cases {
            let outcome = try context.evaluate(item.probe)
            #expect(outcome == item.expectedOutcome, "\(item.script)")
        }
    }

    @Test func valueAssertionsPassAndFailWithChaisMessages() throws {
        try check(ExpectValueCases.all, in: context())
    }

    @Test func collectionAssertionsPassAndFailWithChaisMessages() throws {
        try check(ExpectCollectionCases.all, in: context())
    }

    @Test func throwAndResponseAssertionsPassAndFailWithTheirMessages() throws {
        let context = try context()
        try context.evaluate(ExpectThrowAndResponseCases.responseHelper)
        try check(ExpectThrowAndResponseCases.all, in: context)
    }

    @Test func theLibraryDefinesOnlyItsTwoGlobals() throws {
        let context = try JavaScriptContext()
        let names = "JSON.stringify(Object.getOwnPropertyNames(globalThis).sort())"
        let before = try context.evaluate(names)
        try context.evaluate(ExpectLibrary.source)
        let added = try context.evaluate("const before = \(before); Object.getOwnPropertyNames(globalThis).filter((n) => !before.includes(n)).sort().join()")
        #expect(added == "AssertionError,__volleyExpect")
    }

    @Test func aFailureIsAnAssertionErrorWithActualExpectedAndDiff() throws {
        let context = try context()
        let fields = """
            JSON.stringify([e.name, e.message, e.actual, e.expected, e.showDiff, e instanceof Error,
              e instanceof AssertionError, String(e), Object.keys(e).sort(), typeof e.stack])
            """
        #expect(try caught("__volleyExpect({ a: 1 }).to.eql({ a: 2 })", reading: fields, in: context) == #"""
            ["AssertionError","expected { a: 1 } to deeply equal { a: 2 }",{"a":1},{"a":2},true,true,true,"AssertionError: expected { a: 1 } to deeply equal { a: 2 }",["actual","expected","showDiff"],"string"]
            """#)
    }

    @Test func onlyAFailedEqualityAsksForADiff() throws {
        let context = try context()
        func showDiff(_ chain: String) throws -> String {
            try caught("__volleyExpect" + chain, reading: "String(e.showDiff)", in: context)
        }
        #expect(try showDiff("(1).to.equal(2)") == "true")
        #expect(try showDiff("(1).to.not.equal(1)") == "false")
        #expect(try showDiff("(1).to.be.above(2)") == "false")
        #expect(try showDiff("([1]).to.have.members([2])") == "true")
    }

    /// The engine would place the error inside the library, where it was made; it must point at
    /// the script's line instead, with the library's frames gone from its stack.
    @Test func anUncaughtFailureReachesSwiftWithItsMessageAtTheLineThatAsserted() throws {
        let context = try context()
        #expect {
            try context.evaluate("\n__volleyExpect(404, 'status').to.equal(200);", sourceURL: "c.yaml", startingLine: 10)
        } throws: { error in
            let error = error as? ScriptError
            return error?.message == "AssertionError: status: expected 404 to equal 200" && error?.line == 2
                && error?.stack?.hasPrefix("global code@c.yaml:11:") == true
        }
    }

    @Test func failThrowsTheMessageOrComparesTwoValues() throws {
        let context = try context()
        func message(_ call: String) throws -> String {
            try caught("__volleyExpect." + call, reading: "e.name + ': ' + e.message", in: context)
        }
        #expect(try message("fail('no credits left')") == "AssertionError: no credits left")
        #expect(try message("fail(1, 2)") == "AssertionError: 1 != 2")
        #expect(try message("fail(1, 2, 'off by one')") == "AssertionError: off by one")
    }

    @Test func longStringsAreCutInMessages() throws {
        let context = try context()
        let outcome = try context.evaluate(ExpectCase.fail(#"expect('x'.repeat(500)).to.equal('y')"#, "").probe)
        #expect(outcome == "AssertionError: expected '" + String(repeating: "x", count: 120) + "…' to equal 'y'")
    }

    /// Guards the design (one small object per chain, no Proxy, messages only on failure), not a
    /// figure: 10,000 two-step chains must stay far under a second (they take a few ms).
    @Test func tenThousandChainsAreCheap() throws {
        let context = try context()
        let elapsed = try context.evaluate("""
            (function () {
              const x = { a: 1, s: 'x' }, start = Date.now();
              for (let i = 0; i < 10000; i++) {
                __volleyExpect(x).to.have.property('a').that.equals(1);
                __volleyExpect(x.s).to.be.a('string');
              }
              return Date.now() - start;
            })()
            """)
        #expect(try #require(Int(elapsed)) < 1000)
    }
}

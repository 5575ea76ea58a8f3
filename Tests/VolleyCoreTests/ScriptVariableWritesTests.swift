import Testing
import VolleyCore

/// The names a script sets with a literal name, read without an engine.
@Suite struct ScriptVariableWritesTests {
    func names(_ source: String) -> [String] { ScriptVariableWrites.names(in: source) }

    @Test func everySetterWithEveryQuote() {
        #expect(names("""
            pm.variables.set("a", 1);
            pm.environment.set('b', 2);
            pm.collectionVariables.set(`c`, 3);
            pm.globals.set("d", 4);
            postman.setEnvironmentVariable("e", "5");
            postman.setGlobalVariable('f', "6");
            """) == ["a", "b", "c", "d", "e", "f"])
    }

    @Test func blanksAndLineBreaksBetweenTheTokensAreFine() {
        #expect(names("pm . environment\n    .set ( \"token\" , r.json().token )") == ["token"])
    }

    @Test func eachNameOnceInTheOrderFirstSet() {
        #expect(names("pm.variables.set('x', 1); pm.globals.set('y', 1); pm.environment.set('x', 2)") == ["x", "y"])
    }

    @Test func aNameInACommentDoesNotCount() {
        #expect(names("""
            // pm.variables.set("line", 1)
            /* pm.variables.set("block", 1)
               pm.globals.set("still", 1) */
            pm.variables.set("real", 1) // pm.variables.set("after", 1)
            """) == ["real"])
    }

    @Test func aSetterCallInsideAStringDoesNotCount() {
        #expect(names(#"console.log('pm.variables.set("quoted", 1)'); const s = "pm.globals.set('q2', 1)";"#) == [])
        #expect(names(#"const s = "it's \"pm.variables.set('esc', 1)\""; pm.variables.set("real", 1)"#) == ["real"])
    }

    @Test func templateLiterals() {
        #expect(names("pm.variables.set(`plain`, 1)") == ["plain"])
        #expect(names("pm.variables.set(`page_${n}`, 1)") == [])
        #expect(names("pm.variables.set(`${\"lit\"}`, 1)") == [])
        #expect(names("const t = `pm.variables.set('inText', 1)`") == [])
        // Code inside a substitution is code.
        #expect(names("const t = `${pm.variables.set('inside', 1)}`") == ["inside"])
        #expect(names("const t = `a${`b${x}`}c`; pm.variables.set('afterNested', 1)") == ["afterNested"])
        #expect(names("const t = `${ {a: 1}.a }`; pm.variables.set('afterBraces', 1)") == ["afterBraces"])
    }

    @Test func aComputedNameDoesNotCount() {
        #expect(names("pm.variables.set(key, 1); pm.variables.set('page_' + n, 1); pm.variables.set(...args)") == [])
    }

    @Test func readsAndOtherObjectsDoNotCount() {
        #expect(names("pm.variables.get('a'); pm.variables.has('b'); pm.iterationData.get('c'); obj.pm.variables.set('d', 1)") == [])
        #expect(names("pm.variables.unset('e'); pm.response.headers.set('f')") == [])
    }

    @Test func aRegularExpressionWithAQuoteIsNotAString() {
        #expect(names(#"const re = /"/; pm.variables.set("afterRegex", 1)"#) == ["afterRegex"])
        #expect(names(#"if (/[/"]/.test(s)) pm.variables.set('afterClass', 1)"#) == ["afterClass"])
        // Division is not a regular expression: the quotes after it are strings.
        #expect(names(#"const half = total / 2; pm.variables.set("afterDivision", half / 1)"#) == ["afterDivision"])
    }

    @Test func brokenScriptsStillYieldWhatTheyCan() {
        #expect(names("pm.variables.set(\"unterminated, 1)\npm.variables.set('next', 1)") == ["next"])
        #expect(names("/* never closed pm.variables.set('x', 1)") == [])
        #expect(names("pm.variables.set(") == [])
        #expect(names("") == [])
    }

    @Test func aScriptSaysWhatItSets() {
        let script = Script(
            phase: .before, level: .request, source: "pm.environment.set('sig', sign())",
            origin: SourceLocation(file: "c.yaml", line: 1, column: 1), declaredAt: SourceLocation(file: "c.yaml", line: 1, column: 1))
        #expect(script.variableNamesItSets == ["sig"])
    }
}

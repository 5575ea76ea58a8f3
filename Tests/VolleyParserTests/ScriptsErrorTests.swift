import Testing
import VolleyCore
import VolleyParser

/// What `scripts:` refuses, each at the exact key or value, with its exact text.
/// `scripts:` is on line 5 (`oneRequest`), its keys on line 6 from column 7.
@Suite struct ScriptsErrorTests {
    func errors(_ lines: String, files: [String: String] = [:], reader: ScriptFileReader? = nil) -> [String] {
        let source = oneRequest("    scripts:\n" + lines)
        do {
            _ = try CollectionParser.parseCollection(
                source: source, file: "c.yaml", scriptFiles: reader ?? .inMemory(files))
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    // MARK: Keys

    @Test func anUnknownKeyGetsTheClosestName() {
        #expect(errors("      befor: go()\n") == ["6:7: unknown key 'befor' (did you mean 'before'?)"])
    }

    @Test func postmansNamesAreNotKeysHereAndSayWhichOneIs() {
        #expect(errors("      prerequest: go()\n      test: check()\n") == [
            "6:7: unknown key 'prerequest' (Postman's pre-request script is 'before' here)",
            "7:7: unknown key 'test' (Postman's test script is 'after' here)",
        ])
    }

    @Test func scriptsMustBeAMap() {
        #expect(collectionError(oneRequest("    scripts: go()\n"))
            == "5:14: 'scripts' must be a map with 'before' or 'after', found 'go()'")
    }

    @Test func theRequestKeyListNamesScripts() {
        #expect(collectionError(oneRequest("    scripst: {}\n")) == "5:5: unknown key 'scripst' (did you mean 'scripts'?)")
        #expect(collectionError("name: c\nscrips: {}\nrequests: []\n") == "2:1: unknown key 'scrips' (did you mean 'scripts'?)")
    }

    // MARK: Values

    @Test func aScriptMustBeTextOrAFile() {
        #expect(errors("      before:\n") == ["6:14: 'before' must be JavaScript text or { file: path }, found null"])
        #expect(errors("      after: [a, b]\n") == ["6:14: 'after' must be JavaScript text or { file: path }, found a list"])
    }

    @Test func aFoldedBlockIsRefusedBecauseItJoinsLines() {
        #expect(errors("      before: >\n        a();\n        b();\n")
            == ["6:15: 'before' is a folded block (>), which joins its lines; use | for scripts"])
    }

    @Test func aFlowScalarOverSeveralLinesIsRefused() {
        let message = "spans several lines outside a block, which YAML joins; use | for scripts"
        #expect(errors("      before: a();\n        b();\n") == ["6:15: 'before' \(message)"])
        #expect(errors("      after: \"a();\n        b();\"\n") == ["6:14: 'after' \(message)"])
        #expect(errors("      after: \"a();\\nb();\"\n") == ["6:14: 'after' \(message)"])
    }

    @Test func anAliasedScriptIsRefusedBecauseItsPositionsWouldBeTheAliass() {
        let source = oneRequest("    headers: { x: &s 'go()' }\n    scripts:\n      before: *s\n")
        #expect(collectionErrors(source) == [
            "7:15: 'before' cannot be an alias: its positions would point here, not at its text (share a script with { file: path })"
        ])
    }

    // MARK: Files

    @Test func aFileMapTakesOnlyFile() {
        #expect(errors("      before: { path: s.js }\n") == ["6:17: unknown key 'path' (expected one of: file)"])
        #expect(errors("      before: {}\n") == ["6:15: a script file is missing 'file'"])
        #expect(errors("      before: { file: '' }\n") == ["6:23: 'file' must name a script file, found an empty string"])
        #expect(errors("      before: { file: 3 }\n") == ["6:23: 'file' must be a string, found 3"])
    }

    @Test func aFileThatCannotBeReadIsAnErrorAtItsPath() {
        #expect(errors("      before: { file: nope.js }\n") == ["6:23: cannot read script 'nope.js': no such file"])
        let denied = ScriptFileReader { _, _ in .failure(.unreadable(reason: "permission denied")) }
        #expect(errors("      before: { file: s.js }\n", reader: denied) == ["6:23: cannot read script 's.js': permission denied"])
        let folder = ScriptFileReader { _, _ in .failure(.directory) }
        #expect(errors("      before: { file: s }\n", reader: folder) == ["6:23: cannot read script 's': it is a directory"])
    }

    @Test func aFileOverOneMebibyteIsRefused() {
        let big = String(repeating: "x", count: (1 << 20) + 1)
        #expect(errors("      after:\n        file: big.js\n", files: ["big.js": big])
            == ["7:15: script 'big.js' has 1048577 bytes; a script file may have at most 1048576 (1 MiB)"])
        let stat = ScriptFileReader { _, _ in .failure(.tooLarge(bytes: 5_000_000)) }
        #expect(errors("      after: { file: big.js }\n", reader: stat)
            == ["6:22: script 'big.js' has 5000000 bytes; a script file may have at most 1048576 (1 MiB)"])
    }

    @Test func aFileThatIsNotUTF8IsRefused() {
        let latin1 = ScriptFileReader { _, _ in .success([0x63, 0x61, 0x66, 0xE9]) }
        #expect(errors("      before: { file: s.js }\n", reader: latin1) == ["6:23: script 's.js' is not UTF-8 text"])
    }

    @Test func everyScriptErrorOfAFileIsReportedAtOnce() {
        let source = """
            name: c
            scripts:
              before: >-
                folded
            requests:
              - name: f
                scripts: { tests: x }
                requests:
                  - name: r
                    url: http://x
                    scripts: { after: { file: gone.js } }
            """
        #expect(collectionErrors(source) == [
            "3:11: 'before' is a folded block (>), which joins its lines; use | for scripts",
            "7:16: unknown key 'tests' (Postman's test script is 'after' here)",
            "11:35: cannot read script 'gone.js': script files are not read here",
        ])
    }
}

import Testing
import VolleyCore
import VolleyParser

/// `scripts:` at every level: the text of each scalar style, and the origin that maps a position
/// in the script (as the engine reports it) back to the character the user wrote.
@Suite struct ScriptsParserTests {
    /// The one request's scripts; `oneRequest` puts `scripts:` on line 5, its keys on line 6.
    func requestScripts(_ lines: String, file: String = "c.yaml", files: [String: String] = [:]) throws -> [Script] {
        let source = oneRequest("    scripts:\n" + lines)
        let collection: Collection
        do {
            collection = try CollectionParser.parseCollection(source: source, file: file, scriptFiles: .inMemory(files))
        } catch {
            Issue.record("unexpected diagnostics: \(error.diagnostics.map(\.headline))")
            throw error
        }
        return try #require(collection.requests.first).scripts
    }

    /// What the text at a script position is in `source`, to check a mapping by the character found.
    func character(at location: VolleyCore.SourceLocation, in source: String) -> Character? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return nil }
        let line = Array(lines[location.line - 1].unicodeScalars)
        return location.column <= line.count ? Character(line[location.column - 1]) : nil
    }

    // MARK: Block scalars

    @Test func aLiteralBlockStartsOnTheLineAfterItsIndicatorAtItsIndentation() throws {
        let scripts = try requestScripts("      before: |\n        pm.variables.set(\"a\", 1);\n        console.log(a);\n")
        let script = try #require(scripts.first)
        #expect(scripts.count == 1)
        #expect(script.phase == .before)
        #expect(script.level == .request)
        #expect(script.source == "pm.variables.set(\"a\", 1);\nconsole.log(a);\n")
        #expect(script.origin == at(7, 9))
        #expect(script.declaredAt == at(6, 7))
        // `console` on the script's second line, `a` inside it.
        #expect(script.location(line: 2, column: 1) == at(8, 9))
        #expect(script.location(line: 2, column: 13) == at(8, 21))
    }

    @Test func everyChompingIndicatorKeepsTheSameOrigin() throws {
        for indicator in ["|", "|-", "|+"] {
            let scripts = try requestScripts("      after: \(indicator)\n        done();\n\n")
            #expect(scripts.first?.origin == at(7, 9), "\(indicator)")
            #expect(scripts.first?.phase == .after)
        }
        #expect(try requestScripts("      after: |-\n        done();\n").first?.source == "done();")
        #expect(try requestScripts("      after: |+\n        done();\n\n").first?.source == "done();\n\n")
    }

    @Test func anIndentationIndicatorLeavesTheExtraSpacesInTheText() throws {
        // `|2` under a key at column 7: content indented 8, so the two further spaces are text.
        let script = try #require(try requestScripts("      before: |2\n          indented();\n").first)
        #expect(script.source == "  indented();\n")
        #expect(script.origin == at(7, 9))
        #expect(script.location(line: 1, column: 3) == at(7, 11))
    }

    @Test func leadingBlankLinesAreLinesOfTheScript() throws {
        let script = try #require(try requestScripts("      before: |\n\n        late();\n").first)
        #expect(script.source == "\nlate();\n")
        #expect(script.origin == at(7, 9))
        #expect(script.location(line: 2, column: 1) == at(8, 9))
    }

    @Test func aCommentAnchorOrTagOnTheIndicatorLineDoesNotMoveTheOrigin() throws {
        for header in ["| # signs the request", "&sign |", "!!str |", "&s !!str |-  # both"] {
            let scripts = try requestScripts("      before: \(header)\n        sign();\n")
            #expect(scripts.first?.origin == at(7, 9), "\(header)")
            #expect(scripts.first?.source.hasPrefix("sign();") == true, "\(header)")
        }
    }

    @Test func aTabInsideTheTextKeepsItsColumn() throws {
        let script = try #require(try requestScripts("      before: |\n        if (x) {\n        \tgo();\n        }\n").first)
        #expect(script.origin == at(7, 9))
        #expect(script.location(line: 2, column: 2) == at(8, 10))
    }

    // MARK: One-line scalars

    @Test func aPlainScalarStartsAtItsFirstCharacter() throws {
        let script = try #require(try requestScripts("      before: console.log(1)\n").first)
        #expect(script.source == "console.log(1)")
        #expect(script.origin == at(6, 15))
        #expect(script.location(line: 1, column: 13) == at(6, 27))
    }

    @Test func aQuotedScalarStartsAfterItsQuote() throws {
        let double = try #require(try requestScripts("      after: \"check('x')\"\n").first)
        #expect(double.source == "check('x')")
        #expect(double.origin == at(6, 15))
        let single = try #require(try requestScripts("      after: 'check(\"x\")'\n").first)
        #expect(single.origin == at(6, 15))
        let tagged = try #require(try requestScripts("      after: &c !!str \"go()\"\n").first)
        #expect(tagged.origin == at(6, 24))
    }

    @Test func aFlowMapHoldsBothPhasesInOrder() throws {
        let source = oneRequest("    scripts: { after: 'b()', before: \"a()\" }\n")
        let scripts = try parse(source).requests[0].scripts
        #expect(scripts.map(\.phase) == [.before, .after])
        #expect(scripts.map(\.origin) == [at(5, 39), at(5, 24)])
        #expect(scripts.map { character(at: $0.origin, in: source) } == ["a", "b"])
    }

    // MARK: Line endings

    @Test func aCRLFFileHasTheSamePositionsAndTextWithoutCarriageReturns() throws {
        let unix = "name: c\nscripts:\n  before: |\n    first();\n    second();\n  after: go()\nrequests: []\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let collection = try parse(windows)
        #expect(collection.scripts.map(\.source) == ["first();\nsecond();\n", "go()"])
        #expect(collection.scripts.map(\.origin) == [at(4, 5), at(6, 10)])
        #expect(collection.scripts.map(\.origin) == (try parse(unix)).scripts.map(\.origin))
        #expect(collection.scripts[0].location(line: 2, column: 1) == at(5, 5))
    }

    // MARK: Levels and order

    @Test func collectionFoldersAndRequestCarryTheirScriptsAndAPlanListsThemOutsideIn() throws {
        let collection = try parse("""
            name: c
            scripts:
              before: top()
            requests:
              - name: outer
                scripts:
                  before: outer()
                requests:
                  - name: inner
                    scripts: { before: inner(), after: innerAfter() }
                    requests:
                      - name: r
                        url: http://x
                        scripts:
                          before: own()
              - name: plain
                url: http://y
            """)
        #expect(collection.scripts.map(\.level) == [.collection])
        let planned = collection.plannedRequests()
        #expect(planned.map(\.spec.name) == ["r", "plain"])
        #expect(planned[0].scripts.map(\.source) == ["top()", "outer()", "inner()", "innerAfter()", "own()"])
        #expect(planned[0].scripts.map(\.level) == [.collection, .folder("outer"), .folder("inner"), .folder("inner"), .request])
        #expect(planned[0].scripts.map(\.origin) == [at(3, 11), at(7, 15), at(10, 28), at(10, 44), at(15, 23)])
        #expect(planned[1].scripts.map(\.source) == ["top()"])
        #expect(collection.allScripts.map(\.source) == ["top()", "outer()", "inner()", "innerAfter()", "own()"])
    }

    // MARK: Files

    @Test func aFileScriptIsReadBesideTheCollectionAndCountsFromItsOwnFirstLine() throws {
        let scripts = try requestScripts(
            "      before: { file: scripts/sign.js }\n", file: "examples/c.yaml",
            files: ["examples/scripts/sign.js": "sign();\n"])
        let script = try #require(scripts.first)
        #expect(script.source == "sign();\n")
        #expect(script.origin == VolleyCore.SourceLocation(file: "examples/scripts/sign.js", line: 1, column: 1))
        #expect(script.declaredAt == at(6, 7, in: "examples/c.yaml"))
        #expect(script.location(line: 3, column: 4) == VolleyCore.SourceLocation(file: "examples/scripts/sign.js", line: 3, column: 4))
    }

    @Test func scriptPathsAreJoinedToTheCollectionsFolder() {
        #expect(ScriptFileReader.path("sign.js", besideCollection: "c.yaml") == "sign.js")
        #expect(ScriptFileReader.path("s/sign.js", besideCollection: "./c.yaml") == "s/sign.js")
        #expect(ScriptFileReader.path("s/sign.js", besideCollection: "examples/c.yaml") == "examples/s/sign.js")
        #expect(ScriptFileReader.path("../s.js", besideCollection: "/repo/api/c.yaml") == "/repo/api/../s.js")
        #expect(ScriptFileReader.path("/abs/s.js", besideCollection: "examples/c.yaml") == "/abs/s.js")
    }
}

import Testing
import VolleyCore
@testable import VolleyParser

@Suite struct YAMLNodeTests {
    /// Keys of a mapping node, as written, in order.
    func keys(_ node: YAMLNode?) -> [String] {
        node?.mapping?.compactMap { $0.key.scalar?.value } ?? []
    }

    func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        node?.mapping?.first { $0.key.scalar?.value == key }?.value
    }

    @Test func nodesCarryOneBasedPositionsAndStyles() throws {
        let root = try yaml("a: 1\nb:\n  - 'two'\n  - \"three\"\n")
        #expect(root?.location == VolleyCore.SourceLocation(file: "t.yaml", line: 1, column: 1))
        let a = try #require(value(root, "a"))
        #expect(a.location.line == 1 && a.location.column == 4)
        #expect(a.scalar == YAMLScalar(value: "1", style: .plain, sourceWidth: 1))
        let b = try #require(value(root, "b")?.sequence)
        #expect(b.map(\.location.line) == [3, 4])
        #expect(b.map(\.location.column) == [5, 5])
        #expect(b[0].scalar?.style == .singleQuoted)
        #expect(b[1].scalar?.style == .doubleQuoted)
        #expect(b[1].scalar?.sourceWidth == 7)
    }

    @Test func tagsAreKept() throws {
        let root = try yaml("a: !!str 12\nb: !custom x\n")
        #expect(value(root, "a")?.scalar?.tag == "tag:yaml.org,2002:str")
        #expect(value(root, "a")?.scalar?.resolved == .string("12"))
        #expect(value(root, "b")?.scalar?.tag == "!custom")
    }

    @Test func aliasResolvesToACopyAtTheAliasPosition() throws {
        let root = try yaml("base: &b\n  x: 1\n  y: [a, b]\nother: *b\n")
        let copy = try #require(value(root, "other"))
        #expect(keys(copy) == ["x", "y"])
        #expect(copy.location.line == 4 && copy.location.column == 8)
        // Children keep the anchored positions, so errors inside point at the definition.
        #expect(value(copy, "x")?.location.line == 2)
        #expect(value(copy, "y")?.sequence?.compactMap { $0.scalar?.value } == ["a", "b"])
    }

    @Test func scalarAnchorsWork() throws {
        let root = try yaml("a: &v hello\nb: *v\n")
        #expect(value(root, "b")?.scalar?.value == "hello")
        // The alias's width is not the text's: no column arithmetic on it.
        #expect(value(root, "b")?.scalar?.sourceWidth == nil)
    }

    @Test func mergeKeyAddsKeysAndExplicitKeysWin() throws {
        let source = """
            base: &base
              a: 1
              b: 2
            item:
              b: 20
              <<: *base
              c: 3
            """
        let item = value(try yaml(source), "item")
        #expect(keys(item) == ["b", "a", "c"])
        #expect(value(item, "b")?.scalar?.value == "20")
        #expect(value(item, "a")?.scalar?.value == "1")
        #expect(value(item, "a")?.location.line == 2)
    }

    @Test func mergeOfAListEarlierMapsWin() throws {
        let source = """
            one: &one { a: 1, b: 1 }
            two: &two { b: 2, c: 2 }
            item:
              <<: [*one, *two]
              c: 30
            """
        let item = value(try yaml(source), "item")
        #expect(keys(item) == ["a", "b", "c"])
        #expect(value(item, "b")?.scalar?.value == "1")
        #expect(value(item, "c")?.scalar?.value == "30")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let item = try yaml("\"<<\": 1\n")
        #expect(keys(item) == ["<<"])
    }

    @Test func mergeOfAScalarIsAnError() {
        let errors = yamlErrors("a: &x 1\nb:\n  <<: *x\n")
        #expect(errors == ["3:7: the value of '<<' must be a map or a list of maps to merge"])
    }

    @Test func duplicateKeysAreReportedAtTheSecond() {
        let errors = yamlErrors("a: 1\nb: 2\na: 3\n")
        #expect(errors == ["3:1: duplicate key 'a' (first defined on line 1)"])
    }

    @Test func unknownAliasIsReported() {
        let errors = yamlErrors("a: *nope\n")
        #expect(errors == ["1:4: unknown alias '*nope' (no '&nope' before it)"])
    }

    @Test func aliasBombIsRefused() {
        // Each level doubles the one before: 2^25 nodes if expanded.
        var source = "l0: &l0 [x, x]\n"
        for level in 1...25 { source += "l\(level): &l\(level) [*l\(level - 1), *l\(level - 1)]\n" }
        let errors = yamlErrors(source)
        // Counting every copy, level 17 is where the running total passes a million: its second alias.
        #expect(errors == ["18:18: aliases expand this document past 1000000 nodes; refusing to load it"])
    }

    /// A plain large file passes the node limit too, with no alias in it: the message says so.
    @Test func aLargeFileWithoutAliasesIsNotBlamedOnAliases() {
        let source = (1...30).map { "k\($0): v" }.joined(separator: "\n") + "\n"
        #expect(throws: DiagnosticList.self) { try YAMLComposer.compose(source: source, file: "t.yaml", nodeLimit: 40) }
        do {
            _ = try YAMLComposer.compose(source: source, file: "t.yaml", nodeLimit: 40)
        } catch {
            #expect(error.diagnostics.map(\.message) == [
                "this document has more than 40 nodes (values, lists and maps); refusing to load it (split it into several files)"
            ])
        }
        let bomb = "a: &a [x, x, x, x]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        do {
            _ = try YAMLComposer.compose(source: bomb, file: "t.yaml", nodeLimit: 40)
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["aliases expand this document past 40 nodes; refusing to load it"])
        }
    }

    @Test func syntaxErrorUsesLibYAMLProblemAndPosition() {
        let errors = yamlErrors("a: 1\nb: [1, 2\nc: 3\n")
        #expect(errors == ["3:2: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 4)"])
    }

    @Test func syntaxErrorRendersWithFileAndCaret() throws {
        let source = "name: x\n  bad: indentation\n"
        let error = try #require(yamlDiagnostics(source).first)
        #expect(error.headline == "t.yaml:2:6: error: mapping values are not allowed in this context")
        #expect(error.rendered(source: source) == """
            t.yaml:2:6: error: mapping values are not allowed in this context
              bad: indentation
                 ^
            """)
    }

    @Test func emptyStreamHasNoRoot() throws {
        #expect(try yaml("") == nil)
        #expect(try yaml("# only a comment\n") == nil)
    }

    @Test func secondDocumentIsAnError() {
        let errors = yamlErrors("a: 1\n---\nb: 2\n")
        #expect(errors == ["2:1: a file holds one YAML document; found a second one here"])
    }

    @Test func readerErrorHasAPosition() {
        // A control character is rejected by libyaml's reader, which reports a byte offset.
        let errors = yamlErrors("a: 1\nb: x\u{1}y\n")
        #expect(errors == ["2:5: control characters are not allowed"], "\(errors)")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // "é" is two UTF-8 bytes; libyaml counts it as one column, as the caret renderer does.
        let root = try yaml("é: \"né {{\"\n")
        let node = try #require(value(root, "é"))
        #expect(node.location.column == 4)
        #expect(node.location(atCharacter: 3).column == 8)
    }

    @Test func offsetColumnsInPlainAndQuotedScalars() throws {
        let root = try yaml("a: abc{{\nb: 'abc{{'\nc: \"a\\tc{{\"\nd: |\n  abc{{\n")
        #expect(value(root, "a")?.location(atCharacter: 3).column == 7)
        #expect(value(root, "b")?.location(atCharacter: 3).column == 8)
        // An escape breaks the one-to-one mapping: fall back to the scalar's start.
        #expect(value(root, "c")?.location(atCharacter: 3).column == 4)
        #expect(value(root, "d")?.location(atCharacter: 3).column == 4)
    }
}

/// What loading a YAML text reports, as `line:column: message`.
func yamlErrors(_ source: String) -> [String] {
    yamlDiagnostics(source).map { "\($0.location.line):\($0.location.column): \($0.message)" }
}

func yamlDiagnostics(_ source: String) -> [Diagnostic] {
    do {
        _ = try yaml(source)
        return []
    } catch {
        return error.diagnostics
    }
}

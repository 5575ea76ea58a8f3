import Testing
import TestSupport

/// Patterns that send a backtracking engine into exponential time end at once (issue 15,
/// item 4): `matches:` never finished on 35 bytes and `match()` took 5.8 s on 35 characters,
/// doubling with each one more. With 45 `a`s the old engines would run for hours.
@Suite("catastrophic patterns, end to end")
struct CatastrophicPatternTests {
    static let body = String(repeating: "a", count: 45)

    @Test func aNestedQuantifierInMatchesFailsAtOnce() async throws {
        let server = try await ScenarioServer.start { _ in .text(Self.body) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: redos
            requests:
              - name: r
                url: "\(server.baseURL)/x"
                expect:
                  body: { matches: "(a+)+c" }
            """, to: "redos.yaml")

        let result = try await runVolley(["run", file], timeout: .seconds(30))

        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.contains("expected matches /(a+)+c/"), "\(result.stdout)")
    }

    @Test func aNestedQuantifierInJSONPathMatchEndsAtOnce() async throws {
        let result = try await runVolley(
            ["jsonpath", #"$[?match(@, "(a+)+c") || search(@, "(a|aa)+c$")]"#], stdin: "[\"\(Self.body)\", \"\(Self.body)c\"]",
            timeout: .seconds(30))

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "[\n  \"\(Self.body)c\"\n]\n", "\(result.stdout)")
    }

    @Test func aBackreferenceIsRefusedAtLoad() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: backref
            requests:
              - name: r
                url: "http://127.0.0.1:1/x"
                expect:
                  body: { matches: "(a)\\\\1" }
            """, to: "backref.yaml")

        let result = try await runVolley(["validate", file])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains(
            "\(file):6:24: error: invalid regular expression: backreferences need a backtracking matcher"), "\(result.stderr)")
    }
}

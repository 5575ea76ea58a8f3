import Foundation
import Testing
import TestSupport

@Suite("volley jsonpath, end to end")
struct JSONPathCommandTests {
    static let document = """
        {
          "store": {
            "book": [
              {"title": "Sayings", "price": 8.95, "category": "reference"},
              {"title": "Sword", "price": 12.99, "category": "fiction"},
              {"title": "Moby Dick", "price": 8.99, "category": "fiction"}
            ]
          }
        }
        """

    @Test func printsMatchesAsAJSONArray() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write(Self.document, to: "store.json")

        let result = try await runVolley(["jsonpath", "$.store.book[?@.price < 10]", file])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == """
            [
              {
                "title": "Sayings",
                "price": 8.95,
                "category": "reference"
              },
              {
                "title": "Moby Dick",
                "price": 8.99,
                "category": "fiction"
              }
            ]

            """)
        #expect(result.stderr == "")
    }

    @Test func printsNormalizedPaths() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write(Self.document, to: "store.json")

        let result = try await runVolley(["jsonpath", "--paths", "$..title", file])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == """
            [
              "$['store']['book'][0]['title']",
              "$['store']['book'][1]['title']",
              "$['store']['book'][2]['title']"
            ]

            """)
        #expect(result.stderr == "")
    }

    @Test func noMatchExitsWithOne() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write(Self.document, to: "store.json")

        let result = try await runVolley(["jsonpath", "$.store.bicycle", file])

        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "[]\n")
        #expect(result.stderr == "")
    }

    @Test func readsStandardInput() async throws {
        let result = try await runVolley(["jsonpath", "$[-1]"], stdin: #"[1, "two", {"three": 3}]"#)

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "[\n  {\n    \"three\": 3\n  }\n]\n")
        #expect(result.stderr == "")
    }

    @Test func anInvalidExpressionPointsAtTheProblem() async throws {
        let result = try await runVolley(["jsonpath", "$.store.book[?@.price = 10]"], stdin: Self.document)

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            error: unexpected '='; expected ',' or ']' after a selector
            $.store.book[?@.price = 10]
                                  ^

            """)
    }

    @Test func anIllTypedExpressionIsInvalid() async throws {
        let result = try await runVolley(["jsonpath", "$[?length(@.*) > 1]"], stdin: "[]")

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == """
            error: a query that can select several nodes cannot be a value argument of length()
            $[?length(@.*) > 1]
                      ^

            """)
    }

    @Test func invalidJSONReportsLineAndColumn() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("{\n  \"a\": [1,\n    2,]\n}\n", to: "bad.json")

        let result = try await runVolley(["jsonpath", "$.a", file])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            \(file):3:7: error: trailing comma in array
                2,]
                  ^

            """)
    }

    @Test func invalidJSONOnStandardInputIsNamedStdin() async throws {
        let result = try await runVolley(["jsonpath", "$"], stdin: "[1")

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "<stdin>:1:3: error: unexpected end of input; expected ',' or ']'\n[1\n  ^\n")
    }

    @Test func aMissingFileIsAnError() async throws {
        let result = try await runVolley(["jsonpath", "$", "/nonexistent/doc.json"])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "error: cannot read '/nonexistent/doc.json': no such file\n")
    }
}

import Testing
import VolleyCore
import VolleyJSON

/// JSONPaths and regular expressions are compiled by the loader and kept in the model, so the
/// run evaluates what the loader built; and expected values with placeholders are parsed there too.
@Suite struct CompiledExpressionTests {
    static let document: JSONValue = ["items": [["id": 1], ["id": 2]], "next": "c2"]

    func spec(_ lines: String) throws -> RequestSpec {
        try #require(parse(oneRequest(lines)).plannedRequests().first).spec
    }

    @Test func assertionsAndCapturesHoldCompiledQueries() throws {
        let request = try spec(
            "    expect:\n      json:\n        \"$.items[*].id\": [1, 2]\n"
                + "    capture:\n      first: { json: \"$.items[0].id\" }\n")
        guard case .json(let asserted) = try #require(request.assertions.first).subject else {
            Issue.record("not a JSONPath assertion: \(request.assertions)")
            return
        }
        #expect(asserted.query.values(in: Self.document) == [1, 2])
        guard case .json(let captured) = try #require(request.captures.first).source else {
            Issue.record("not a JSONPath capture: \(request.captures)")
            return
        }
        #expect(captured.query.values(in: Self.document) == [1])
        #expect(captured.text == "$.items[0].id")
    }

    @Test func matchesCapturesAndCursorsHoldCompiledPatterns() throws {
        let request = try spec(
            "    expect:\n      body: { matches: \"id=[0-9]+\" }\n"
                + "    capture:\n      id: { regex: \"id=([0-9]+)\" }\n"
                + "    paginate: { next: { regex: \"next=(\\\\w+)\" }, query: after, max: 2 }\n")
        guard case .matches(let matches) = try #require(request.assertions.first).predicate else {
            Issue.record("not a matches predicate: \(request.assertions)")
            return
        }
        #expect(matches.isFound(in: "a id=42 b"))
        guard case .regex(let capture) = try #require(request.captures.first).source,
            case .regex(let cursor) = try #require(request.paginate).next
        else {
            Issue.record("not regex sources: \(request.captures), \(String(describing: request.paginate))")
            return
        }
        #expect(capture.firstCapture(in: "id=42") == "42")
        #expect(cursor.firstCapture(in: "next=abc") == "abc")
    }

    @Test func expectedValuesWithPlaceholdersAreParsedAtLoad() throws {
        let request = try spec("    expect:\n      json:\n        \"$.id\": \"{{company_id}}\"\n        \"$.tags\": { contains: plain }\n")
        let templated = try #require(request.assertions.first { $0.subject == .json("$.id") })
        #expect(templated.expectedTemplates["{{company_id}}"]?.variableNames == ["company_id"])
        #expect(templated.expectedTemplates["{{company_id}}"]?.location == templated.location)
        #expect(try #require(request.assertions.first { $0.subject == .json("$.tags") }).expectedTemplates.isEmpty)
    }

    /// A report masks a secret inside a pattern; the mask need not compile, and the copy still matches.
    @Test func aMaskedPatternKeepsItsCompiledRegex() throws {
        let pattern: CompiledPattern = "key=s3cret"
        let masked = pattern.showing("key=*****")
        #expect(masked.text == "key=*****")
        #expect(masked.isFound(in: "key=s3cret"))
        #expect(pattern.showing("key=s3cret").regex.groupCount == pattern.regex.groupCount)
        // Through a variable: `CompiledPattern("(unclosed")` would be the literal initializer (SE-0213).
        let unclosed = "(unclosed"
        #expect(throws: (any Error).self) { try CompiledPattern(unclosed) }
    }
}

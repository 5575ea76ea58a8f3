import Testing
import VolleyCore
@testable import VolleyParser

/// `paginate:`, `quota_group:` and `max_credits:`: what they read, and every refusal at its position.
@Suite struct PaginateParserTests {
    func firstRequest(_ c: Collection) throws -> RequestSpec {
        try #require(c.plannedRequests().first).spec
    }

    @Test func readsAHeaderCursorIntoAQueryParameter() throws {
        let spec = try firstRequest(parse(oneRequest("    paginate: { next: { header: x-next-page-after }, query: after, max: 50 }\n")))
        #expect(spec.paginate == Pagination(
            next: .header("x-next-page-after"), target: .query("after"), maxPages: 50,
            location: SourceLocation(file: "c.yaml", line: 5, column: 15)))
    }

    @Test func readsAJSONPathCursorIntoAVariable() throws {
        let spec = try firstRequest(parse(oneRequest("    paginate: { next: { json: \"$.next\" }, into: cursor, max: 3 }\n")))
        #expect(spec.paginate?.next == .json("$.next"))
        #expect(spec.paginate?.target == .variable("cursor"))
        #expect(spec.paginate?.maxPages == 3)
    }

    @Test func maxIsRequiredAndPositive() {
        #expect(collectionError(oneRequest("    paginate: { next: { header: x-n }, query: after }\n"))
            == "5:15: 'paginate' is missing 'max' (the most pages to fetch, so a cursor that never ends cannot run away)")
        #expect(collectionError(oneRequest("    paginate: { next: { header: x-n }, query: after, max: 0 }\n"))
            == "5:59: 'max' must be a whole number of pages from 1 to 100000, found 0")
        #expect(collectionError(oneRequest("    paginate: { next: { header: x-n }, query: after, max: many }\n"))
            == "5:59: 'max' must be a whole number of pages from 1 to 100000, found 'many'")
    }

    @Test func exactlyOneOfQueryAndInto() {
        #expect(collectionError(oneRequest("    paginate: { next: { header: x-n }, query: a, into: b, max: 2 }\n"))
            == "5:50: 'paginate' has both 'query' and 'into' (use exactly one)")
        #expect(collectionError(oneRequest("    paginate: { next: { header: x-n }, max: 2 }\n"))
            == "5:15: 'paginate' needs 'query: NAME' (a query parameter) or 'into: NAME' (a variable) for the cursor")
    }

    @Test func nextIsOneCaptureSource() {
        #expect(collectionError(oneRequest("    paginate: { next: { header: a, json: \"$.b\" }, query: a, max: 2 }\n"))
            == "5:36: 'next' has both 'header' and 'json' (use exactly one of 'json', 'header', 'regex' or 'status')")
        #expect(collectionError(oneRequest("    paginate: { next: { status: true }, query: a, max: 2 }\n"))
            == "5:23: 'next' cannot be 'status': a status code is not a cursor")
        #expect(collectionError(oneRequest("    paginate: { next: { json: \"$[\" }, query: a, max: 2 }\n")) == "5:34: invalid JSONPath: unexpected end of the query; expected a selector")
        #expect(collectionError(oneRequest("    paginate: { nxt: { header: a }, query: a, max: 2 }\n"))
            == "5:17: unknown key 'nxt' (did you mean 'next'?)")
    }

    @Test func aMisspelledPaginateIsSuggested() {
        #expect(collectionError(oneRequest("    paginat: { next: { header: a }, query: a, max: 2 }\n"))
            == "5:5: unknown key 'paginat' (did you mean 'paginate'?)")
    }

    @Test func quotaGroupIsInheritedAndANearerOneWins() throws {
        let c = try parse("""
            name: c
            quota_group: search
            requests:
              - name: s
                url: http://x/search
              - name: collect
                defaults: { quota_group: collect }
                requests:
                  - name: one
                    url: http://x/collect/1
                  - name: own
                    quota_group: special
                    url: http://x/collect/2
            """)
        #expect(c.plannedRequests().map(\.spec.quotaGroup) == ["search", "collect", "special"])
        #expect(collectionError(oneRequest("    quota_group: \"\"\n"))
            == "5:18: 'quota_group' must not be empty (leave it out for the host's one limit)")
    }

    @Test func maxCreditsIsAPositiveNumber() throws {
        #expect(try parse("name: c\nmax_credits: 25\nrequests: []\n").maxCredits == 25)
        #expect(collectionError("name: c\nmax_credits: -1\nrequests: []\n")
            == "2:14: 'max_credits' must be a number of credits above 0, found -1")
    }
}

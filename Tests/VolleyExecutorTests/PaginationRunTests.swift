import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// `paginate:` against a real server that pages with a cursor, as Coresignal's search does.
@Suite("paginated requests")
struct PaginationRunTests {
    /// Three pages: no cursor → page 1 with `x-next-page-after: c1`, `c1` → page 2 with `c2`, `c2` → the last.
    static func threePages(_ request: RecordedRequest) -> ScenarioResponse {
        switch request.query["after"] {
        case nil: .json(#"{"items":[1],"next":"c1"}"#, headers: [("x-next-page-after", "c1")])
        case "c1": .json(#"{"items":[2],"next":"c2"}"#, headers: [("x-next-page-after", "c2")])
        default: .json(#"{"items":[3],"next":null}"#)
        }
    }

    /// A GET `search` request with this `paginate:` and further lines under it (indented 4).
    func search(paginate: String, _ more: String = "") throws -> Collection {
        try collection("name: pages\nrequests:\n  - name: search\n    url: \"{{base}}/search\"\n    paginate: \(paginate)\n" + more)
    }

    @Test func followsTheHeaderCursorUntilTheLastPage() async throws {
        let server = try await ScenarioServer.start { Self.threePages($0) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: pages
            requests:
              - name: All matching companies
                method: POST
                url: "{{base}}/search?lang=en"
                json: { name: Acme }
                paginate: { next: { header: x-next-page-after }, query: after, max: 50 }
                expect: { status: 200 }
                capture: { last_item: { json: "$.items[0]" } }
              - name: after
                url: "{{base}}/item/{{last_item}}"
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(recorder.results.map(\.name) == [
            "All matching companies", "All matching companies (page 2)", "All matching companies (page 3)", "after",
        ])
        #expect(recorder.results.map(\.page) == [1, 2, 3, nil])
        #expect(outcome.passed == 4)
        #expect(server.requests.map { $0.query["after"] } == [nil, "c1", "c2", nil])
        #expect(server.requests.prefix(3).allSatisfy { $0.method == "POST" && $0.query["lang"] == "en" })
        // The captures of the last page win.
        #expect(server.requests.last?.path == "/item/3")
        #expect(recorder.results.allSatisfy { $0.notes.isEmpty })
    }

    @Test func stopsAtMaxAndSaysThereIsMore() async throws {
        let server = try await ScenarioServer.start { Self.threePages($0) }
        defer { try? server.shutdownBlocking() }
        let c = try search(paginate: "{ next: { header: x-next-page-after }, query: after, max: 2 }")

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.count == 2)
        #expect(outcome.passed == 2)
        #expect(recorder.results.last?.notes == [
            "paginate: stopped at max 2 pages while the server still gave a cursor: there are more pages",
        ])
    }

    @Test func followsAJSONPathCursorIntoAVariable() async throws {
        let server = try await ScenarioServer.start { request in
            // The cursor travels in the body here, so read it from there.
            let body = String(decoding: request.body, as: UTF8.self)
            let after = body.contains(#""c1""#) ? "c1" : body.contains(#""c2""#) ? "c2" : nil
            var query = RecordedRequest(method: "GET", uri: "/")
            if let after { query = RecordedRequest(method: "GET", uri: "/?after=\(after)") }
            return Self.threePages(query)
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: pages
            variables: { cursor: "" }
            requests:
              - name: search
                method: POST
                url: "{{base}}/search"
                json: { after: "{{cursor}}" }
                paginate: { next: { json: "$.next" }, into: cursor, max: 10 }
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(outcome.passed == 3)
        #expect(recorder.results.count == 3)
        #expect(server.requests.map { String(decoding: $0.body, as: UTF8.self) } == [
            #"{"after":""}"#, #"{"after":"c1"}"#, #"{"after":"c2"}"#,
        ])
    }

    @Test func aPageWhoseAssertionFailsStopsTheLoop() async throws {
        let server = try await ScenarioServer.start { Self.threePages($0) }
        defer { try? server.shutdownBlocking() }
        let c = try search(
            paginate: "{ next: { header: x-next-page-after }, query: after, max: 50 }",
            "    expect: { json: { \"$.items[0]\": { lt: 2 } } }\n  - name: next one\n    url: \"{{base}}/other\"\n")

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.map { $0.query["after"] } == [nil, "c1", nil])
        #expect(recorder.results.map(\.outcome) == [.passed, .failed, .passed])
        #expect(outcome.failed == 1)
    }

    @Test func aRepeatedCursorStopsRatherThanPayingTwice() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}", headers: [("x-next-page-after", "same")]) }
        defer { try? server.shutdownBlocking() }
        let c = try search(paginate: "{ next: { header: x-next-page-after }, query: after, max: 50 }")

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.map { $0.query["after"] } == [nil, "same"])
        #expect(recorder.results.last?.notes.first?.contains("gave the cursor 'same' again") == true)
    }

    /// `/page?after=N` gives page N and, below 3, the cursor `N+1` in `$.next`.
    static func numberedPages(_ request: RecordedRequest) -> ScenarioResponse {
        let at = Int(request.query["after"] ?? "1") ?? 1
        return .json(at < 3 ? #"{"next":"\#(at + 1)"}"# : #"{"next":null}"#)
    }

    @Test func theCursorWinsOverAVarOnTheLaterPages() async throws {
        let server = try await ScenarioServer.start { Self.numberedPages($0) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: pages
            requests:
              - name: search
                url: "{{base}}/page?after={{after}}"
                paginate: { next: { json: "$.next" }, into: after, max: 10 }
            """)

        // `run` puts its variables on the command line, as `--var after=1` does.
        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL, "after": "1"])

        #expect(server.requests.map { $0.query["after"] } == ["1", "2", "3"])
        #expect(outcome.passed == 3)
        #expect(recorder.results.allSatisfy { $0.notes.isEmpty })
    }

    @Test func aPageThatWouldRepeatAnEarlierRequestIsNotSentAndFails() async throws {
        // The cursor variable is read nowhere in the request: every page would be page 1 again.
        let server = try await ScenarioServer.start { Self.numberedPages($0) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: pages
            variables: { after: "1", start: "1" }
            requests:
              - name: search
                url: "{{base}}/page?after={{start}}&c={{after}}"
                paginate: { next: { json: "$.next" }, into: start, max: 10 }
              - name: again
                url: "{{base}}/page?after=1"
                paginate: { next: { json: "$.next" }, into: unused, max: 10 }
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.map { $0.query["after"] } == ["1", "2", "3", "1"])
        let repeated = try #require(recorder.result("again (page 2)"))
        #expect(repeated.outcome == .errored)
        #expect(repeated.failure?.message.contains("same request as an earlier page") == true)
        #expect(outcome.errored == 1)
    }

    @Test func aQueryCursorReplacesTheParameterWrittenInTheURL() async throws {
        let server = try await ScenarioServer.start { Self.numberedPages($0) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: pages
            requests:
              - name: search
                url: "{{base}}/page?lang=en&after=1#top"
                paginate: { next: { json: "$.next" }, query: after, max: 5 }
            """)

        let (_, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.map(\.uri) == ["/page?lang=en&after=1", "/page?lang=en&after=2", "/page?lang=en&after=3"])
        #expect(outcome.passed == 3)
    }
}

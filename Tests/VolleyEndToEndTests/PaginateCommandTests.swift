import Foundation
import Testing
import TestSupport

/// `paginate:` through the binary: pages on the console and in the reports, with `--repeat`.
@Suite("volley run with paginate")
struct PaginateCommandTests {
    @Test func eachPageIsAnExecutionAndRepeatsRunTheWholeLoop() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.query["after"] {
            case nil: .json("[1]", headers: [("x-next-page-after", "c1")])
            case "c1": .json("[2]", headers: [("x-next-page-after", "c2")])
            default: .json("[3]")
            }
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: pages
            requests:
              - name: All matching companies
                method: POST
                url: "\(server.baseURL)/company_base/search/filter"
                json: { name: Acme }
                paginate: { next: { header: x-next-page-after }, query: after, max: 50 }
                expect: { status: 200 }
            """, to: "pages.yaml")

        let result = try await runVolley([
            "run", file, "--repeat", "2", "--report-json", dir.path("r.json"), "--report-junit", dir.path("r.xml"),
        ])

        #expect(result.exitCode == 0, "\(result)")
        #expect(server.requests.map { $0.query["after"] } == [nil, "c1", "c2", nil, "c1", "c2"])
        #expect(result.stdout.contains("All matching companies (page 3)"), "\(result.stdout)")
        #expect(result.stdout.contains("6 requests: 6 passed"), "\(result.stdout)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(dir.read("r.json").utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect((summary["executions"] as? [String: Any])?["total"] as? Int == 6)
        #expect((summary["requests"] as? [String: Any])?["total"] as? Int == 3)
        let junit = try dir.read("r.xml")
        #expect(junit.contains(#"name="All matching companies (page 2)""#), "\(junit)")
    }

    @Test func anIntoCursorOutranksVolleyVarAndItsHintNamesNoVar() async throws {
        let server = try await ScenarioServer.start { request in
            let at = Int(request.query["after"] ?? "1") ?? 1
            return .json(at < 3 ? #"{"next":"\#(at + 1)"}"# : #"{"next":null}"#)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: pages
            requests:
              - name: search
                url: "\(server.baseURL)/page?after={{after}}"
                paginate: { next: { json: "$.next" }, into: after, max: 10 }
            """, to: "pages.yaml")

        let result = try await runVolley(["run", file], environment: ["VOLLEY_VAR_after": "2"])

        #expect(result.exitCode == 0, "\(result)")
        #expect(server.requests.map { $0.query["after"] } == ["2", "3"])
        #expect(!result.stdout.contains("again"), "\(result.stdout)")

        let undefined = try await runVolley(["run", file])
        #expect(undefined.exitCode != 0)
        #expect(undefined.stderr.contains("it is this request's paginate cursor"), "\(undefined)")
        #expect(!undefined.stderr.contains("--var"), "\(undefined)")
        #expect(server.requests.count == 2)
    }
}

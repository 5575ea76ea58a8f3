import Testing
import TestSupport
import VolleyCore
import VolleyJSON
@testable import VolleyScript

/// `pm.expect` and `pm.response.to` as scripts use them: through `pm`, on real JavaScriptCore,
/// against a real server answering like a metered data API.
@Suite("pm.expect in scripts", .serialized)
struct PMExpectTests {
    private static func companyServer() async throws -> ScenarioServer {
        try await ScenarioServer.start { _ in
            .json(#"{"data": [{"id": 7, "name": "Acme"}], "total": 1}"#, headers: [("X-Credits-Remaining", "41")])
        }
    }

    @Test func passingAndFailingChainsBecomeTestResultsWithChaisMessages() async throws {
        let server = try await Self.companyServer()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                pm.test("body", () => {
                  const body = pm.response.json();
                  pm.expect(body).to.have.nested.property("data[0].id").that.is.a("number");
                  pm.expect(body.data).to.have.lengthOf(1).and.deep.include({ id: 7, name: "Acme" });
                  pm.response.to.have.status(200).and.have.header("x-credits-remaining");
                });
                pm.test("credits", () => pm.expect(Number(pm.response.headers.get("x-credits-remaining")), "credits").to.be.above(50));
                pm.test("name", () => pm.expect(pm.response.json().data[0]).to.have.property("name", "Globex"));
                pm.test("not found", () => pm.response.to.be.notFound);
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let checks = try #require(results["one"]).hookAssertions
        #expect(checks.map(\.passed) == [true, false, false, false])
        #expect(checks.map(\.message) == [
            nil, "credits: expected 41 to be above 50",
            "expected { id: 7, name: 'Acme' } to have property 'name' of 'Globex', but got 'Acme'",
            "expected response code to be 404 but found 200",
        ])
    }

    /// Outside `pm.test` a failed chain is the script's error, placed at the line that asserted
    /// (the engine would place it inside the library).
    @Test func aChainFailingOutsideATestFailsTheRequestAtItsLine() async throws {
        let server = try await Self.companyServer()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                const total = pm.response.json().total;
                pm.expect(total, "total").to.equal(2);
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let failure = try #require(results["one"]?.failure)
        #expect(failure.message == "the after script threw AssertionError: total: expected 1 to equal 2")
        #expect(failure.location?.file == "test.yaml")
        #expect(failure.location?.line == 21)
    }
}

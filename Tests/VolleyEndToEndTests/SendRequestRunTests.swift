import Foundation
import Testing
import TestSupport

/// `pm.sendRequest` through the built binary: its requests listed under the request that sent
/// them in the console, the JSON report (valid against the schema) and JUnit, with a secret they
/// carry masked in each, and counted in the credits summary.
@Suite("pm.sendRequest, end to end")
struct SendRequestRunTests {
    static let key = "0123456789abcdef0123456789abcdef"

    @Test func subRequestsAreListedUnderTheirRequestWithSecretsMasked() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.path {
            case "/login":
                return .json(#"{"token": "tok-1", "key": "\#(request.header("apikey") ?? "")"}"#,
                    status: request.header("apikey") == Self.key ? 200 : 401, headers: [("x-credits-remaining", "90")])
            case "/search":
                return .json(#"{"n": 1}"#, status: request.header("authorization") == "Bearer tok-1" ? 200 : 401,
                    headers: [("x-credits-remaining", "89")])
            default: return .status(200)
            }
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: s
            requests:
              - name: search
                url: "\(server.baseURL)/search"
                headers:
                  Authorization: "Bearer {{token}}"
                scripts:
                  before: |
                    const res = await pm.sendRequest({ url: "\(server.baseURL)/login", method: "POST",
                      header: { apikey: pm.environment.get("apikey") } });
                    pm.variables.set("token", res.json().token);
                  after: |
                    pm.sendRequest("\(server.baseURL)/audit", (err, res) => {
                      pm.test("audit answered", () => pm.expect(res.code).to.equal(200));
                    });
            """, to: "s.yaml")
        let report = dir.path("r.json")
        let junit = dir.path("r.xml")

        let result = try await runVolley(
            ["run", file, "--secret", "apikey=\(Self.key)", "--report-json", report, "--report-junit", junit, "--color", "never", "-v"])

        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let login = try #require(lines.first { $0.hasPrefix("      ↳ POST \(server.baseURL)/login 200") }, "\(result.stdout)")
        #expect(login.hasSuffix("(before script, \(file):9:41)"), "\(login)")
        #expect(lines.contains { $0.hasPrefix("      ↳ GET \(server.baseURL)/audit 200") && $0.contains("(after script, ") })
        // -v shows the sub-request's exchange, its key masked.
        #expect(lines.contains("          > apikey: ***"), "\(result.stdout)")
        // The login's balance and the search's, read in the order they went out.
        #expect(result.stdout.contains("90 → 89"), "\(result.stdout)")
        #expect(!result.stdout.contains(Self.key) && !result.stderr.contains(Self.key))

        let json = try String(contentsOfFile: report, encoding: .utf8)
        #expect(!json.contains(Self.key))
        #expect(try Validators.jsonSchema(json: report, schema: packageRoot() + "/schemas/volley-report-1.schema.json") == nil)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let collections = try #require(document["collections"] as? [[String: Any]])
        let request = try #require((collections.first?["requests"] as? [[String: Any]])?.first)
        let subs = try #require(request["subRequests"] as? [[String: Any]])
        #expect(subs.map { $0["phase"] as? String } == ["before", "after"])
        let sent = try #require(subs.first?["request"] as? [String: Any])
        let headers = try #require(sent["headers"] as? [[String: String]])
        #expect(headers.contains(["name": "apikey", "value": "***"]), "\(headers)")
        #expect((subs.first?["location"] as? [String: Any])?["line"] as? Int == 9)

        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("sub-request POST \(server.baseURL)/login -&gt; 200"), "\(xml)")
        #expect(!xml.contains(Self.key))
    }

    @Test func aSubRequestOutOfCreditsStopsTheRunWithExitCode4() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/token" ? .status(402, headers: [("x-credits-remaining", "0")]) : .status(200)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: s
            requests:
              - name: first
                url: "\(server.baseURL)/first"
                scripts:
                  before: |
                    await pm.sendRequest("\(server.baseURL)/token");
              - name: second
                url: "\(server.baseURL)/second"
            """, to: "s.yaml")

        let result = try await runVolley(["run", file, "--report-json", dir.path("r.json"), "--color", "never"])

        #expect(result.exitCode == 4, "\(result)")
        #expect(server.requests.map(\.path) == ["/token"])
        #expect(result.stdout.contains("      ↳ GET \(server.baseURL)/token 402"), "\(result.stdout)")
        #expect(result.stdout.contains("a sub-request of its hooks stopped the run (402 Payment Required"), "\(result.stdout)")
        // The quota summary counts the sub-request's balance although its request was not sent.
        #expect(result.stdout.contains("credits 0 left"), "\(result.stdout)")
        let report = try dir.read("r.json")
        #expect(report.contains(#""reason": "out_of_credits""#))
        #expect(try Validators.jsonSchema(json: dir.path("r.json"), schema: packageRoot() + "/schemas/volley-report-1.schema.json") == nil)
    }
}

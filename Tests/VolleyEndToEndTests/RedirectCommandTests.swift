import Foundation
import Testing
import TestSupport

/// `volley run -L` through the binary: credentials stay with their host unless `--location-trusted`,
/// every hop shows in `-v` and the JSON report, and a loop ends with exit 3.
@Suite("redirects, end to end")
struct RedirectCommandTests {
    static let key = "Zq7XbN2pLm4RtY8vWc1KdF6hJs3GaE9u"

    func collection(in dir: TemporaryDirectory, from base: String) throws -> String {
        try dir.write("""
            name: redirected
            auth:
              apikey: { value: "{{apikey}}", name: apikey }
            requests:
              - name: moved
                method: DELETE
                url: "\(base)/from"
                expect: { status: 200 }
            """, to: "r.yaml")
    }

    @Test func theKeyDoesNotFollowARedirectToAnotherHostAndEveryHopIsShown() async throws {
        let b = try await ScenarioServer.start { _ in .text("b") }
        defer { try? b.shutdownBlocking() }
        let a = try await ScenarioServer.start { _ in .status(303, headers: [("Location", b.baseURL + "/to")]) }
        defer { try? a.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try collection(in: dir, from: a.baseURL)

        let run = try await runVolley(
            ["run", file, "-L", "-v", "--secret", "apikey=\(Self.key)", "--report-json", dir.path("r.json")])

        #expect(run.exitCode == 0, "\(run)")
        #expect(a.requests.first?.header("apikey") == Self.key)
        #expect(b.requests.first?.header("apikey") == nil)
        #expect(b.requests.first?.method == "GET")
        #expect(run.stdout.contains("> DELETE \(a.baseURL)/from"))
        #expect(run.stdout.contains("< 303 → \(b.baseURL)/to"))
        #expect(run.stdout.contains("> GET \(b.baseURL)/to"))
        #expect(run.stdout.contains("> apikey: ***"), "the first hop shows the key it carried, masked")
        let reportText = try dir.read("r.json")
        #expect(!run.stdout.contains(Self.key) && !reportText.contains(Self.key))
        let report = try JSONSerialization.jsonObject(with: Data(try dir.read("r.json").utf8)) as? [String: Any]
        let request = ((report?["collections"] as? [[String: Any]])?.first?["requests"] as? [[String: Any]])?.first
        let redirects = try #require(request?["redirects"] as? [[String: Any]])
        #expect(redirects.count == 1)
        #expect(redirects.first?["status"] as? Int == 303)
        #expect((redirects.first?["request"] as? [String: Any])?["method"] as? String == "DELETE")
        #expect((request?["request"] as? [String: Any])?["method"] as? String == "GET")
    }

    @Test func locationTrustedSendsTheKeyOn() async throws {
        let b = try await ScenarioServer.start { _ in .text("b") }
        defer { try? b.shutdownBlocking() }
        let a = try await ScenarioServer.start { _ in .status(302, headers: [("Location", b.baseURL + "/to")]) }
        defer { try? a.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try collection(in: dir, from: a.baseURL)

        let run = try await runVolley(["run", file, "--location-trusted", "--secret", "apikey=\(Self.key)"])

        #expect(run.exitCode == 0, "\(run)")
        #expect(b.requests.first?.header("apikey") == Self.key)
        #expect(b.requests.first?.method == "DELETE", "302 keeps a DELETE a DELETE")
    }

    @Test("a header that reads a secret stays with its host, however the value was given",
          arguments: [["--secret", "token=\(key)"], ["--env", "e", "--var", "token=\(key)"]])
    func aHeaderReadingASecretStaysWithItsHost(flags: [String]) async throws {
        let b = try await ScenarioServer.start { _ in .text("b") }
        defer { try? b.shutdownBlocking() }
        let a = try await ScenarioServer.start { _ in .status(307, headers: [("Location", b.baseURL + "/to")]) }
        defer { try? a.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        _ = try dir.write("secrets:\n  token: { env: UNUSED_TOKEN }\n", to: "environments/e.yaml")
        let file = try dir.write("""
            name: secret header
            requests:
              - name: moved
                url: "\(a.baseURL)/from"
                headers: { x-api-token: "{{token}}", x-trace: abc }
            """, to: "h.yaml")

        let run = try await runVolley(["run", file, "-L"] + flags)

        #expect(run.exitCode == 0, "\(run)")
        #expect(a.requests.first?.header("x-api-token") == Self.key)
        #expect(b.requests.first?.header("x-api-token") == nil)
        #expect(b.requests.first?.header("x-trace") == "abc")
    }

    @Test func aRedirectLoopStopsAtTheLimitWithExit3() async throws {
        let a = try await ScenarioServer.start { _ in .status(302, headers: [("Location", "/again")]) }
        defer { try? a.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try collection(in: dir, from: a.baseURL)

        let run = try await runVolley(["run", file, "-L", "--secret", "apikey=\(Self.key)", "--retry", "0"])

        #expect(run.exitCode == 3, "\(run)")
        #expect(run.stdout.contains("too many redirects: more than 10"), "\(run.stdout)")
        #expect(a.requests.count == 11)
    }
}

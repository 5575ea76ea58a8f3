import Foundation
import Synchronization
import Testing
import TestSupport

/// `--max-credits` and the credit accounting through the binary, against a server that charges
/// one credit per request and reports the balance after it.
@Suite("volley run with a credit budget")
struct CreditBudgetCommandTests {
    let root = packageRoot()

    final class Balance: Sendable {
        private let credits = Mutex(100)
        func charge() -> Int { credits.withLock { $0 -= 1; return $0 } }
    }

    func charging() async throws -> ScenarioServer {
        let balance = Balance()
        return try await ScenarioServer.start { _ in
            .json("{}", headers: [("x-credits-remaining", "\(balance.charge())")])
        }
    }

    func fiveRequests(_ base: String, in dir: TemporaryDirectory, extra: String = "") throws -> String {
        let items = (1...5).map { "  - name: r\($0)\n    url: \"\(base)/collect/\($0)\"" }
        return try dir.write("name: metered\n\(extra)requests:\n" + items.joined(separator: "\n") + "\n", to: "metered.yaml")
    }

    @Test func stopsBeforeTheRequestThatWouldExceedTheBudget() async throws {
        let server = try await charging()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try fiveRequests(server.baseURL, in: dir)

        let result = try await runVolley(["run", file, "--max-credits", "3", "--report-json", dir.path("r.json")])

        #expect(server.requests.count == 3, "\(result)")
        #expect(result.exitCode == 4)
        #expect(result.stderr.contains("credit budget: 3 of --max-credits 3 credits spent, and the next request would cost 1"), "\(result)")
        #expect(result.stdout.contains("credits 100 → 97, 3 used"), "\(result.stdout)")
        let json = try dir.read("r.json")
        #expect(try Validators.jsonSchema(json: dir.path("r.json"), schema: root + "/schemas/volley-report-1.schema.json") == nil)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        let credits = try #require(summary["credits"] as? [String: Any])
        #expect(credits["used"] as? Double == 3)
        #expect(credits["exact"] as? Bool == true)
        let account = try #require((credits["accounts"] as? [[String: Any]])?.first)
        #expect(account["start"] as? Double == 100)
        #expect(account["end"] as? Double == 97)
        let stop = try #require((report["run"] as? [String: Any])?["stop"] as? [String: Any])
        #expect(stop["reason"] as? String == "credit_budget")
    }

    @Test func aBudgetOfOneSendsOneRequestOnly() async throws {
        // The first request's cost is unknown from its balance alone: counted as 1, the next would pass 1.
        for budget in ["1", "1.5"] {
            let server = try await charging()
            defer { try? server.shutdownBlocking() }
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: metered
                requests:
                  - name: search
                    url: "\(server.baseURL)/page"
                    paginate: { next: { header: x-credits-remaining }, query: after, max: 5 }
                """, to: "pages.yaml")

            let result = try await runVolley(["run", file, "--max-credits", budget])

            #expect(server.requests.count == 1, "\(result)")
            #expect(result.exitCode == 4)
            #expect(result.stderr.contains("credit budget: ≥ 0 of --max-credits \(budget) credits spent (1 counting the first request"), "\(result)")
        }
    }

    @Test func aCollectionCanSetItsOwnBudget() async throws {
        let server = try await charging()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try fiveRequests(server.baseURL, in: dir, extra: "max_credits: 2\n")

        let result = try await runVolley(["run", file])

        #expect(server.requests.count == 2, "\(result)")
        #expect(result.exitCode == 4)
        #expect(result.stderr.contains("of max_credits 2 credits spent"), "\(result)")
    }

    @Test func withoutABudgetEveryChargedRequestIsCounted() async throws {
        let server = try await charging()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try fiveRequests(server.baseURL, in: dir)

        let result = try await runVolley(["run", file])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("credits 100 → 95, 5 used"), "\(result.stdout)")
    }
}

import Foundation
import Testing
import TestSupport

/// Pacing and retries through the binary, against nginx's real `limit_req` (5 r/s, no burst).
@Suite("volley run against a rate-limited nginx", .serialized)
struct QuotaCommandTests {
    func twentyRequests(_ base: String, in dir: TemporaryDirectory) throws -> String {
        let items = (1...20).map { "  - name: r\($0)\n    url: \"\(base)/api/data.json?n=\($0)\"\n    expect: { status: 200 }" }
        return try dir.write("name: twenty\nrequests:\n" + items.joined(separator: "\n") + "\n", to: "twenty.yaml")
    }

    @Test func pacedAtTheServersRateNothingIsRefused() async throws {
        try #require(NginxServer.isAvailable, "nginx is not installed: scripts/install-deps.sh installs it")
        // One early request allowed: on a loaded machine a send delayed by the scheduler brings
        // the next one closer than 200 ms at the server, though the pacer spaced them right.
        let nginx = try NginxServer.rateLimited(requestsPerSecond: 5, burst: 1)
        defer { nginx.stop() }
        let dir = try TemporaryDirectory()
        let file = try twentyRequests(nginx.baseURL, in: dir)

        let result = try await runVolley(["run", file, "--rate", "5/s", "--retry", "0"])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("20 requests: 20 passed"))
        #expect(!result.stdout.contains("429"))
        #expect(nginx.accessLog.components(separatedBy: "\" 429 ").count == 1, "nginx logged no 429")
    }

    @Test func withoutPacingRetriesRecoverAndTheSummaryCountsThe429s() async throws {
        try #require(NginxServer.isAvailable, "nginx is not installed: scripts/install-deps.sh installs it")
        let nginx = try NginxServer.rateLimited(requestsPerSecond: 5)
        defer { nginx.stop() }
        let dir = try TemporaryDirectory()
        let file = try twentyRequests(nginx.baseURL, in: dir)

        let result = try await runVolley(["run", file, "--retry", "5"], timeout: .seconds(120))

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("20 requests: 20 passed"))
        let summary = try #require(result.stdout.split(separator: "\n").last { $0.contains("127.0.0.1:\(nginx.port):") })
        #expect(summary.contains("× 429"), "\(summary)")
        #expect(summary.contains("retries") || summary.contains("retry"))
    }

    @Test func outOfCreditsExitsFour() async throws {
        try await withDemoServer(credits: 1) { server, _ in
            let dir = try TemporaryDirectory()
            let file = try dir.write("""
                name: credits
                defaults:
                  headers: { apikey: demo0000000000000000000000000000 }
                requests:
                  - name: first
                    url: "\(server.baseURL)/cdapi/v2/company_base/collect/1"
                  - name: second
                    url: "\(server.baseURL)/cdapi/v2/company_base/collect/2"
                  - name: third
                    url: "\(server.baseURL)/cdapi/v2/company_base/collect/3"
                """, to: "credits.yaml")

            let result = try await runVolley(["run", file])

            #expect(result.exitCode == 4, "\(result)")
            #expect(result.stderr.contains("error: 402 Payment Required: out of credits"))
            #expect(result.stdout.contains("- third"))
            #expect(server.requests.count == 2)
        }
    }
}

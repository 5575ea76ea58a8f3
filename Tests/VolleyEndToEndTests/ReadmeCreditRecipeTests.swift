import Foundation
import Testing
import TestSupport

/// The README's Coresignal recipe, run as written against a local API that always has another
/// page: the cursor is followed, the key goes in the `apikey` header and nowhere in the output,
/// and the command's `--max-credits 10` stops the run (exit 4) after ten one-credit pages.
@Suite("README credit recipe, end to end")
struct ReadmeCreditRecipeTests {
    @Test func theRecipeFollowsTheCursorAndStopsAtTheBudget() async throws {
        let server = try await ScenarioServer.start { request in
            let page = Int(request.query["after"] ?? "0") ?? 0
            return .json("[\(page + 1)]", headers: [
                ("x-next-page-after", "\(page + 1)"), ("x-credits-remaining", "\(1000 - page - 1)"),
            ])
        }
        defer { try? server.shutdownBlocking() }
        let readme = try ReadmeText()
        let dir = try TemporaryDirectory()
        try dir.write(readme.yamlBlock(named: "search.yaml"), to: "search.yaml")
        let environment = try readme.yamlBlock(named: "environments/production.yaml")
        let local = environment.replacingOccurrences(of: "https://api.coresignal.com/cdapi/v2", with: server.baseURL)
        #expect(local != environment, "the recipe's environment names the live API")
        try dir.write(local, to: "environments/production.yaml")
        let recipe = try readme.section("### A Coresignal search, every page, within a credit budget")
        let command = try #require(recipe.split(separator: "\n").first { $0.hasPrefix("volley run search.yaml") })
        #expect(command.contains("--max-credits 10"), "\(command)")
        let key = String(repeating: "k", count: 32)

        let result = try await runVolley(
            command.split(separator: " ").dropFirst().map(String.init),
            environment: ["VOLLEY_SECRET_apikey": key], currentDirectory: dir.path)

        #expect(result.exitCode == 4, "\(result)")
        #expect(server.requests.map { $0.query["after"] } == [nil] + (1...9).map { String($0) })
        #expect(server.requests.allSatisfy { $0.header("apikey") == key })
        #expect(result.stdout.contains("Companies named Acme (page 10)"), "\(result.stdout)")
        #expect(!result.stdout.contains(key) && !result.stderr.contains(key))
        let report = try dir.read("search.json")
        #expect(!report.contains(key))
        #expect(try JSONSerialization.jsonObject(with: Data(report.utf8)) is [String: Any])
    }
}

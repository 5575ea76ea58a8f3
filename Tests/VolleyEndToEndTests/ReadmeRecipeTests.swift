import Foundation
import Testing
import TestSupport

/// The README's recipes, run as written (files from its blocks, its command lines) against a local
/// API in place of the live one.
@Suite("README recipes, end to end")
struct ReadmeRecipeTests {
    let key = String(repeating: "k", count: 32)

    /// A folder with the recipe's collection and the README's production environment, pointed at `server`.
    func workspace(collection: String, server: ScenarioServer, readme: ReadmeText) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(readme.yamlBlock(named: collection), to: collection)
        let environment = try readme.yamlBlock(named: "environments/production.yaml")
        let local = environment.replacingOccurrences(of: "https://api.coresignal.com/cdapi/v2", with: server.baseURL)
        #expect(local != environment, "the recipe's environment names the live API")
        try dir.write(local, to: "environments/production.yaml")
        return dir
    }

    /// The recipe's `volley run FILE …` line, as arguments.
    func command(running file: String, in heading: String, of readme: ReadmeText) throws -> [String] {
        let line = try #require(try readme.section(heading).split(separator: "\n").first { $0.hasPrefix("volley run \(file) ") })
        return line.split(separator: " ").dropFirst().map(String.init)
    }

    /// The cursor is followed, the key goes in the `apikey` header and nowhere in the output, and
    /// the command's `--max-credits 10` stops the run (exit 4) after ten one-credit pages.
    @Test func theCoresignalRecipeFollowsTheCursorAndStopsAtTheBudget() async throws {
        let server = try await ScenarioServer.start { request in
            let page = Int(request.query["after"] ?? "0") ?? 0
            return .json("[\(page + 1)]", headers: [
                ("x-next-page-after", "\(page + 1)"), ("x-credits-remaining", "\(1000 - page - 1)"),
            ])
        }
        defer { try? server.shutdownBlocking() }
        let readme = try ReadmeText()
        let dir = try workspace(collection: "search.yaml", server: server, readme: readme)
        let arguments = try command(running: "search.yaml", in: "### A Coresignal search, every page, within a credit budget", of: readme)
        #expect(arguments.joined(separator: " ").contains("--max-credits 10"), "\(arguments)")

        let result = try await runVolley(arguments, environment: ["VOLLEY_SECRET_apikey": key], currentDirectory: dir.path)

        #expect(result.exitCode == 4, "\(result)")
        #expect(server.requests.map { $0.query["after"] } == [nil] + (1...9).map { String($0) })
        #expect(server.requests.allSatisfy { $0.header("apikey") == key })
        #expect(result.stdout.contains("Companies named Acme (page 10)"), "\(result.stdout)")
        #expect(!result.stdout.contains(key) && !result.stderr.contains(key))
        let report = try dir.read("search.json")
        #expect(!report.contains(key))
        #expect(try JSONSerialization.jsonObject(with: Data(report.utf8)) is [String: Any])
    }

    /// One request per row of the README's CSV, with the row's columns in the body, and a JUnit report.
    @Test func theDataDrivenRecipeSendsOneRequestPerRow() async throws {
        let server = try await ScenarioServer.start { _ in .json("[1]") }
        defer { try? server.shutdownBlocking() }
        let readme = try ReadmeText()
        let dir = try workspace(collection: "lookup.yaml", server: server, readme: readme)
        let arguments = try command(running: "lookup.yaml", in: "### Data-driven runs", of: readme)
        let data = try #require(readme.blocks.first { $0.language == "csv" })
        try dir.write(data.body, to: "companies.csv")

        let result = try await runVolley(arguments, environment: ["VOLLEY_SECRET_apikey": key], currentDirectory: dir.path)

        #expect(result.exitCode == 0, "\(result)")
        let bodies = server.requests.map { String(decoding: $0.body, as: UTF8.self) }
        #expect(bodies.count == 2, "\(bodies)")
        #expect(bodies.first?.contains(#""country":"US""#) == true && bodies.last?.contains(#""name":"Initech""#) == true, "\(bodies)")
        #expect(try dir.read("reports/junit.xml").contains("<testcase"))
    }
}

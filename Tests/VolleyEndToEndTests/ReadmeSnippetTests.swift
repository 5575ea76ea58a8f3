import Foundation
import Testing
import TestSupport

/// What the README tells a newcomer to write and type is accepted by the binary: every collection
/// it shows validates, and every option it puts after `volley SUBCOMMAND` (in a block, in inline
/// code, in the Postman and Hurl tables) is one that subcommand's `--help` lists.
@Suite("README snippets, end to end")
struct ReadmeSnippetTests {
    @Test func everyCollectionItShowsValidates() async throws {
        let readme = try ReadmeText()
        let collections = readme.blocks.filter { block in
            block.language == "yaml" && block.body.contains("\nrequests:\n")
                && (block.body.hasPrefix("name:") || block.body.contains("\nname:"))
        }
        let names = collections.map(\.firstLine)
        for recipe in ["# companies.yaml", "# search.yaml", "# lookup.yaml"] {
            #expect(names.contains(recipe), "\(names)")
        }
        let dir = try TemporaryDirectory()
        for (index, collection) in collections.enumerated() {
            let file = try dir.write(collection.body, to: "snippet-\(index).yaml")

            let result = try await runVolley(["validate", file])

            #expect(result.exitCode == 0, "\(collection.firstLine): \(result)")
            #expect(!result.stderr.contains("error:"), "\(collection.firstLine): \(result)")
        }
    }

    @Test func everyOptionAfterASubcommandIsInItsHelp() async throws {
        let readme = try ReadmeText()
        var lines = readme.blocks.flatMap { $0.body.split(separator: "\n").map(String.init) }
        lines += readme.inlineCode
        var checked = 0
        var helps: [String: String] = [:]
        for command in ReadmeCommand.all(in: lines) {
            if helps[command.subcommand] == nil {
                let help = try await runVolley(command.subcommand.split(separator: " ").map(String.init) + ["--help"])
                #expect(help.exitCode == 0, "volley \(command.subcommand) is not a subcommand: \(help)")
                helps[command.subcommand] = help.stdout
            }
            for option in command.options {
                #expect(ReadmeCommand.lists(option, in: helps[command.subcommand] ?? ""),
                        "volley \(command.subcommand) has no \(option): \(command.text)")
                checked += 1
            }
        }
        #expect(checked > 50, "the README's commands were not found")
    }

    @Test func theVolleyColumnOfTheMigrationTablesNamesRealOptions() async throws {
        let readme = try ReadmeText()
        let help = try await runVolley(["run", "--help"]).stdout
        var checked = 0
        for heading in ["## Coming from Postman / Newman", "## Coming from Hurl"] {
            for row in try readme.section(heading).split(separator: "\n") where row.hasPrefix("| ") {
                let cells = row.split(separator: "|", omittingEmptySubsequences: false)
                let volley = cells[cells.count - 2].split(separator: "`", omittingEmptySubsequences: false)
                for code in stride(from: 1, to: volley.count, by: 2).map({ String(volley[$0]) }) {
                    for option in ReadmeCommand.options(in: code) {
                        #expect(ReadmeCommand.lists(option, in: help), "volley run has no \(option): \(row)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 20, "the migration tables were not found")
    }
}

import Foundation
import Testing
import TestSupport

/// The README's "Errors" example is what volley really prints for the quick start's file with
/// `method` misspelled, position and caret included.
@Suite("README examples, end to end")
struct ReadmeErrorExampleTests {
    @Test func theErrorsExampleIsTheRealOutput() async throws {
        let readme = try ReadmeText()
        let quickStart = try readme.fencedBlock(after: "## Quick start")
        #expect(quickStart.hasPrefix("# companies.yaml\n"))
        let misspelled = quickStart.replacingOccurrences(of: "\n    method: POST\n", with: "\n    methd: POST\n")
        #expect(misspelled != quickStart, "the quick start has a POST request to misspell")
        let expected = try readme.fencedBlock(after: "### Errors")
        let dir = try TemporaryDirectory()
        _ = try dir.write(misspelled, to: "companies.yaml")

        let result = try await runVolley(["run", "companies.yaml"], currentDirectory: dir.path)

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == expected, "\(result)")
    }
}

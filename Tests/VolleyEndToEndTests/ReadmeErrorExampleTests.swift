import Foundation
import Testing
import TestSupport

/// The README's "Errors" example is what volley really prints for the quick start's file with
/// `method` misspelled, position and caret included.
@Suite("README examples, end to end")
struct ReadmeErrorExampleTests {
    /// The content of the first fenced block after `marker` (without its fence lines).
    func fencedBlock(after marker: String, in text: String) throws -> String {
        let place = try #require(text.range(of: marker), "README has no \(marker.debugDescription)")
        let fence = try #require(text.range(of: "```", range: place.upperBound..<text.endIndex))
        let bodyStart = try #require(text.range(of: "\n", range: fence.upperBound..<text.endIndex)).upperBound
        let end = try #require(text.range(of: "```", range: bodyStart..<text.endIndex))
        return String(text[bodyStart..<end.lowerBound])
    }

    @Test func theErrorsExampleIsTheRealOutput() async throws {
        let readme = try String(contentsOfFile: packageRoot() + "/README.md", encoding: .utf8)
        let quickStart = try fencedBlock(after: "## Quick start", in: readme)
        #expect(quickStart.hasPrefix("# companies.yaml\n"))
        let misspelled = quickStart.replacingOccurrences(of: "\n    method: POST\n", with: "\n    methd: POST\n")
        #expect(misspelled != quickStart, "the quick start has a POST request to misspell")
        let expected = try fencedBlock(after: "### Errors", in: readme)
        let dir = try TemporaryDirectory()
        _ = try dir.write(misspelled, to: "companies.yaml")

        let result = try await runVolley(["run", "companies.yaml"], currentDirectory: dir.path)

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == expected, "\(result)")
    }
}

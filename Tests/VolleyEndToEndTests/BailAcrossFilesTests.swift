import Foundation
import Testing
import TestSupport

/// `--bail` over several collection files: the collections it never reached are reported as
/// skipped, on the console and in every report, not dropped.
@Suite("volley run --bail across files")
struct BailAcrossFilesTests {
    @Test func theCollectionsAfterTheFailureAreListedAsSkipped() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let first = try dir.write("""
            name: first
            requests:
              - name: fails
                url: "\(server.baseURL)/a"
                expect: { status: 500 }
            """, to: "1-first.yaml")
        let second = try dir.write("""
            name: second
            requests:
              - name: never sent
                url: "\(server.baseURL)/b"
              - name: Folder
                requests:
                  - name: nor this
                    url: "\(server.baseURL)/c"
            """, to: "2-second.yaml")

        let result = try await runVolley([
            "run", first, second, "--bail", "--report-junit", dir.path("r.xml"), "--report-json", dir.path("r.json"),
        ])

        #expect(result.exitCode == 1, "\(result)")
        #expect(server.requests.count == 1)
        #expect(result.stdout.contains("second  (\(second))"), "\(result)")
        #expect(result.stdout.contains("- never sent"), "\(result)")
        #expect(result.stdout.contains("- Folder / nor this"), "\(result)")
        #expect(result.stdout.contains("3 requests: 0 passed, 1 failed, 2 skipped"), "\(result)")

        let junit = try dir.read("r.xml")
        let secondSuite = try #require(junit.components(separatedBy: #"<testsuite name="second""#).last, "\(junit)")
        #expect(junit.contains(#"<testsuite name="second" tests="2" failures="0" errors="0" skipped="2""#), "\(junit)")
        #expect(secondSuite.components(separatedBy: "<skipped ").count == 3, "\(junit)")
        let json = try dir.read("r.json")
        #expect(json.contains(#""name": "second""#), "\(json)")
        #expect(json.contains(#""name": "nor this""#), "\(json)")
    }
}

import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Report paths that cannot work are refused before anything is sent, in the system's own
/// words; a report that fails at the end of a run does not let it exit 0.
@Suite("volley run report path errors, end to end")
struct ReportPathErrorTests {
    func withServer(_ body: (ScenarioServer, TemporaryDirectory, String) async throws -> Void) async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: ok
            requests:
              - name: one
                url: "\(server.baseURL)/one"
            """, to: "ok.yaml")
        try await body(server, dir, file)
    }

    @Test(arguments: ["--report-json", "--report-junit", "--report-html", "--report-markdown"])
    func anEmptyReportPathIsAUsageErrorBeforeSending(_ option: String) async throws {
        try await withServer { server, _, file in
            let result = try await runVolley(["run", file, option, ""])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("\(option) needs a file name ('-' for stdout), found an empty path"), "\(result)")
            #expect(server.requests.isEmpty)
        }
    }

    @Test func aSymlinkLoopIsRefusedBeforeSendingAndStaysALink() async throws {
        try await withServer { server, dir, file in
            try FileManager.default.createSymbolicLink(atPath: dir.path("loop"), withDestinationPath: "loop")

            let result = try await runVolley(["run", file, "--report-json", dir.path("loop")])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("cannot write report '\(dir.path("loop"))': too many levels of symbolic links"), "\(result)")
            #expect(server.requests.isEmpty)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path("loop")) == "loop")
        }
    }

    @Test func aFileUsedAsAFolderSaysNotADirectory() async throws {
        try await withServer { server, _, file in
            let result = try await runVolley(["run", file, "--report-json", file + "/r.json"])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("cannot write report '\(file)/r.json': not a directory"), "\(result)")
            #expect(server.requests.isEmpty)
        }
    }

    @Test func aReportThatFailsAtTheEndExitsTwo() async throws {
        try await withServer { server, _, file in
            // /dev/full accepts the open and refuses every write: the failure comes only at the end.
            let result = try await runVolley(["run", file, "--report-json", "/dev/full"])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("cannot write report '/dev/full': no space left on device"), "\(result)")
            #expect(result.stdout.contains("1 request: 1 passed"), "\(result)")
            #expect(server.requests.count == 1)
        }
    }
}

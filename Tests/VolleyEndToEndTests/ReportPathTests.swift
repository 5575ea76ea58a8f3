import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Where reports can go: one-character paths, stdout (`-`), symlinks, FIFOs and devices.
@Suite("volley run report paths, end to end")
struct ReportPathTests {
    /// One request that passes against the demo server.
    func passing(_ base: String, in dir: TemporaryDirectory, as name: String = "ok.yaml") throws -> String {
        try dir.write("""
            name: ok
            requests:
              - name: small
                url: "\(base)/json/small"
                expect: { status: 200 }
            """, to: name)
    }

    /// The file type bits of `path` itself (a symlink is not followed).
    func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    @Test func aOneCharacterReportPathIsWritten() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            _ = try passing(server.baseURL, in: dir)

            let result = try await runVolley(["run", "ok.yaml", "--report-json", "r", "--report-junit", "j"], currentDirectory: dir.path)

            #expect(result.exitCode == 0, "\(result)")
            #expect(try dir.read("r").contains(#""schema": "volley-report/1""#))
            #expect(try dir.read("j").contains("<testsuites"))
        }
    }

    @Test(arguments: ["a.yaml", "x"])
    func aShortCollectionNameFindsItsEnvironment(_ name: String) async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            try dir.write("variables: { base: \"\(server.baseURL)\" }\n", to: "environments/e.yaml")
            try dir.write("""
                name: short
                requests:
                  - name: small
                    url: "{{base}}/json/small"
                """, to: name)

            let result = try await runVolley(["run", name, "--env", "e"], currentDirectory: dir.path)

            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stdout.contains("1 request: 1 passed"))
        }
    }

    @Test func aReportOnStdoutMovesTheConsoleToStderr() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try passing(server.baseURL, in: dir)

            let result = try await runVolley(["run", file, "--report-json", "-"])

            #expect(result.exitCode == 0, "\(result)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(json?["schema"] as? String == "volley-report/1")
            #expect(result.stderr.contains("✔ small"))
            #expect(result.stderr.contains("1 request: 1 passed"))
        }
    }

    @Test func twoReportsOnStdoutAreAUsageError() async throws {
        let dir = try TemporaryDirectory()
        let file = try passing("http://127.0.0.1:9", in: dir)

        let result = try await runVolley(["run", file, "--report-json", "-", "--report-junit", "-"])

        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("only one report can be written to stdout"))
    }

    @Test func aSymlinkedReportIsWrittenThroughAndStaysALink() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try passing(server.baseURL, in: dir)
            try dir.write("old", to: "real/real.json")
            try FileManager.default.createSymbolicLink(atPath: dir.path("link.json"), withDestinationPath: "real/real.json")

            let result = try await runVolley(["run", file, "--report-json", dir.path("link.json")])

            #expect(result.exitCode == 0, "\(result)")
            #expect(fileType(dir.path("link.json")) == S_IFLNK)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path("link.json")) == "real/real.json")
            #expect(try dir.read("real/real.json").contains(#""schema": "volley-report/1""#))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("real")) == ["real.json"])
        }
    }

    @Test func aDanglingSymlinkCreatesItsTarget() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try passing(server.baseURL, in: dir)
            try FileManager.default.createSymbolicLink(atPath: dir.path("link.xml"), withDestinationPath: "made.xml")

            let result = try await runVolley(["run", file, "--report-junit", dir.path("link.xml")])

            #expect(result.exitCode == 0, "\(result)")
            #expect(fileType(dir.path("link.xml")) == S_IFLNK)
            #expect(try dir.read("made.xml").contains("<testsuites"))
        }
    }

    @Test func devNullStaysACharacterDevice() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try passing(server.baseURL, in: dir)

            let result = try await runVolley(["run", file, "--report-json", "/dev/null", "--report-markdown", "/dev/null"])

            #expect(result.exitCode == 0, "\(result)")
            #expect(fileType("/dev/null") == S_IFCHR)
            #expect(!result.stderr.contains("error"))
        }
    }

    /// `/dev/stdout` by its `/proc` name, which a rename cannot reach even on a build that would
    /// try: the report goes down the process's own stdout, a pipe here.
    @Test func aPathToTheProcesssOwnStdoutWritesToIt() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try passing(server.baseURL, in: dir)

            let result = try await runVolley(["run", file, "--report-json", "/proc/self/fd/1"])

            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stdout.contains(#""schema": "volley-report/1""#))
            #expect(result.stdout.contains("1 request: 1 passed"))
        }
    }

    @Test func aFIFOIsWrittenInPlace() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try passing(server.baseURL, in: dir)
            let fifo = dir.path("report.fifo")
            #expect(mkfifo(fifo, 0o600) == 0)
            let reader = try RunningProcess(executable: "/bin/cat", arguments: [fifo], timeout: .seconds(30))

            let result = try await runVolley(["run", file, "--report-json", fifo])
            let read = try await reader.wait()

            #expect(result.exitCode == 0, "\(result)")
            #expect(fileType(fifo) == S_IFIFO)
            #expect(read.stdout.contains(#""schema": "volley-report/1""#))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["ok.yaml", "report.fifo"])
        }
    }

    /// A FIFO nobody reads would hold the run in open() after the requests were sent: it is
    /// refused in words, the other reports are written, and the summary is printed.
    @Test func aFIFOWithNoReaderFailsThatReportOnly() async throws {
        try await withDemoServer { server, _ in
            let dir = try TemporaryDirectory()
            let file = try passing(server.baseURL, in: dir)
            let fifo = dir.path("report.fifo")
            #expect(mkfifo(fifo, 0o600) == 0)

            let result = try await runVolley(
                ["run", file, "--report-json", fifo, "--report-junit", dir.path("r.xml")], timeout: .seconds(20))

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("cannot write report '\(fifo)': no process is reading the FIFO"), "\(result)")
            #expect(result.stdout.contains("1 request: 1 passed"), "\(result)")
            #expect(try dir.read("r.xml").contains("<testsuites"))
            #expect(fileType(fifo) == S_IFIFO)
        }
    }
}

import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Report paths that cannot work are refused before anything is sent, in the system's own
/// words; a report that fails at the end of a run does not let it exit 0; a report on a file the
/// run reads, or on another report, is refused and the file left as it was.
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

    // A report never replaces a file the run reads, nor another report.

    @Test(arguments: ["--report-json", "--report-junit", "--report-html", "--report-markdown"])
    func aReportOnTheCollectionIsRefused(_ option: String) async throws {
        try await withServer { server, dir, file in
            let before = try dir.read("ok.yaml")

            // Through another spelling of the same path, as a typo would give it.
            let result = try await runVolley(["run", file, option, dir.path + "/./ok.yaml"])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("would overwrite the collection '\(file)'"), "\(result)")
            #expect(server.requests.isEmpty)
            #expect(try dir.read("ok.yaml") == before)
        }
    }

    @Test func aReportOnTheEnvironmentFileIsRefused() async throws {
        try await withServer { server, dir, file in
            let env = try dir.write("variables: { a: b }\n", to: "environments/dev.yaml")

            let result = try await runVolley(["run", file, "--env", "dev", "--report-junit", env])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("the JUnit report '\(env)' would overwrite the environment file"), "\(result)")
            #expect(server.requests.isEmpty)
            #expect(try dir.read("environments/dev.yaml") == "variables: { a: b }\n")
        }
    }

    @Test func aReportOnACollectionOfTheFolderIsRefused() async throws {
        try await withServer { server, dir, _ in
            let result = try await runVolley(["run", dir.path, "--report-html", dir.path("ok.yaml")])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("would overwrite the collection"), "\(result)")
            #expect(server.requests.isEmpty)
        }
    }

    @Test(arguments: [false, true])
    func twoReportsOnOneFileAreRefused(exists: Bool) async throws {
        try await withServer { server, dir, file in
            if exists { try dir.write("old", to: "r.out") }
            try FileManager.default.createSymbolicLink(atPath: dir.path("link.out"), withDestinationPath: "r.out")

            let result = try await runVolley(
                ["run", file, "--report-json", dir.path("r.out"), "--report-markdown", dir.path("link.out")])

            #expect(result.exitCode == 2, "\(result)")
            #expect(
                result.stderr.contains(
                    "the JSON report '\(dir.path("r.out"))' and the Markdown summary '\(dir.path("link.out"))' are the same file"),
                "\(result)")
            #expect(server.requests.isEmpty)
        }
    }

    @Test func aReportOnASecretsKeyFileIsRefusedAndTheKeyKept() async throws {
        try await withServer { server, dir, _ in
            let key = try dir.write("Xy2+Ab9/CdEfGh3jKlMn4pQrStUv5wYz\n", to: "key.txt")
            chmod(key, 0o600)
            try dir.write("secrets: { k: { file: \(key) } }\n", to: "environments/dev.yaml")
            let file = try dir.write("""
                name: keyed
                requests:
                  - name: one
                    url: "\(server.baseURL)/one"
                    headers: { apikey: "{{k}}" }
                """, to: "keyed.yaml")

            let result = try await runVolley(["run", file, "--env", "dev", "--report-json", key])

            #expect(result.exitCode == 2, "\(result)")
            #expect(
                result.stderr == "error: the JSON report '\(key)' would overwrite the file of secret 'k' '\(key)': "
                    + "write the report somewhere else\n1 error; nothing was sent.\n",
                "\(result)")
            #expect(server.requests.isEmpty)
            #expect(try dir.read("key.txt") == "Xy2+Ab9/CdEfGh3jKlMn4pQrStUv5wYz\n")
        }
    }

    @Test func aReportOnAScriptFileIsRefusedAndTheScriptKept() async throws {
        try await withServer { server, dir, _ in
            let script = try dir.write("// signs the request\n", to: "sign.js")
            let file = try dir.write("""
                name: signed
                requests:
                  - name: one
                    url: "\(server.baseURL)/one"
                    scripts:
                      before: { file: sign.js }
                """, to: "signed.yaml")

            let result = try await runVolley(["run", file, "--report-markdown", script])

            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("the Markdown summary '\(script)' would overwrite a script of the collection"), "\(result)")
            #expect(server.requests.isEmpty)
            #expect(try dir.read("sign.js") == "// signs the request\n")
        }
    }

    @Test func twoReportsOnDevNullAreFine() async throws {
        try await withServer { server, _, file in
            let result = try await runVolley(["run", file, "--report-json", "/dev/null", "--report-junit", "/dev/null"])

            #expect(result.exitCode == 0, "\(result)")
            #expect(server.requests.count == 1)
        }
    }
}

import Foundation
import Testing
import TestSupport

@Suite("volley validate, end to end")
struct ValidateCommandTests {
    let root = packageRoot()

    @Test func theSharedCoresignalCollectionIsValid() async throws {
        let result = try await runVolley(["validate", "Collections/coresignal", "--env", "production"], currentDirectory: root)

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "Collections/coresignal/coresignal.yaml: ok (4 requests)\n")
        #expect(result.stderr == "")
    }

    @Test func missingVariablesAreWarningsWithoutTheEnvironment() async throws {
        let result = try await runVolley(["validate", "Collections/coresignal/coresignal.yaml"], currentDirectory: root)

        #expect(result.exitCode == 0)
        #expect(result.stderr.hasPrefix("Collections/coresignal/coresignal.yaml:11:20: warning: undefined variable 'apikey'"))
        #expect(result.stderr.components(separatedBy: "undefined variable 'apikey'").count == 2, "reported once")
        #expect(result.stderr.contains("coresignal.yaml:29:14: warning: undefined variable 'base_url'"))
    }

    @Test func everyErrorInAFileIsReported() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: many problems
            requests:
              - name: a
                url: http://127.0.0.1/
                expect:
                  status: 2xz
              - name: a
                url: http://127.0.0.1/
            """, to: "bad.yaml")

        let result = try await runVolley(["validate", file])

        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("\(file):6:15: error: invalid status class '2xz' (use 1xx, 2xx, 3xx, 4xx or 5xx)"))
        #expect(result.stderr.contains("\(file):7:11: error: duplicate name 'a' at this level (first used on line 3)"))
        #expect(result.stderr.hasSuffix("2 errors.\n"))
    }

    @Test func aMissingFileIsAUsageError() async throws {
        let result = try await runVolley(["validate", "/nonexistent/collection.yaml"])

        #expect(result.exitCode == 2)
        #expect(result.stderr == "error: no such file or directory: '/nonexistent/collection.yaml'\n1 error.\n")
    }

    /// `--iterations-data` as in `run`: its columns are defined variables, and a file that cannot be read is exit 2.
    @Test func iterationDataColumnsCountAsDefinedAndAnUnreadableFileIsExitTwo() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: rows
            requests:
              - { name: a, url: "http://127.0.0.1:1/{{company}}/{{id}}" }
            """, to: "rows.yaml")
        let data = try dir.write("company\nAcme\n", to: "rows.csv")

        let withRows = try await runVolley(["validate", file, "--var", "id=1", "--iterations-data", data])
        #expect(withRows.exitCode == 0, "\(withRows)")
        #expect(withRows.stdout == "\(file): ok (1 request)\n")

        let without = try await runVolley(["validate", file, "--var", "id=1"])
        #expect(without.exitCode == 2)
        #expect(without.stderr.contains("undefined variable 'company'"))

        let text = try dir.write("company\nAcme\n", to: "rows.txt")
        let unsupported = try await runVolley(["validate", file, "--iterations-data", text])
        #expect(unsupported.exitCode == 2)
        #expect(unsupported.stderr.contains("--iterations-data expects a .csv or .json file"), "\(unsupported.stderr)")
    }
}

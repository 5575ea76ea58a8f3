import Testing
import TestSupport

/// Shared collections that would take the machine down through their variables (issue 15,
/// items 1 and 3): found at load, by `validate` and `run` alike, with the variable's position.
@Suite("variable bombs, end to end")
struct VariableBombTests {
    /// `v0: "{{v1}}"`, `v1: "{{v2}}"` … 10,000 long (200 KB): `run` segfaulted, `validate` said ok.
    @Test func aTenThousandLongChainIsInvalidInput() async throws {
        let dir = try TemporaryDirectory()
        let variables = (0..<10_000).map { "  v\($0): \"\($0 == 9_999 ? "end" : "{{v\($0 + 1)}}")\"" }
        let file = try dir.write(
            "name: chain\nvariables:\n" + variables.joined(separator: "\n")
                + "\nrequests:\n  - name: r\n    url: \"http://127.0.0.1:1/{{v0}}\"\n",
            to: "chain.yaml")

        for command in ["validate", "run"] {
            let result = try await runVolley([command, file])

            #expect(result.exitCode == 2, "\(command): \(result)")
            #expect(result.stderr.contains(
                "\(file):3:3: error: variables nest 9999 levels deep (v0 → v1 → v2 → … → v9997 → v9998), more than 64"),
                "\(command): \(result.stderr.prefix(500))")
        }
    }

    /// 662 bytes of doubling variables ran 98 s; 40 levels would be ~3 TB.
    @Test func billionLaughsIsFoundWithoutExpanding() async throws {
        let dir = try TemporaryDirectory()
        let levels = (1...40).map { "  l\($0): \"{{l\($0 - 1)}}{{l\($0 - 1)}}\"" }
        let file = try dir.write(
            "name: laughs\nvariables:\n  l0: \"laugh\"\n" + levels.joined(separator: "\n")
                + "\nrequests:\n  - name: r\n    url: \"http://127.0.0.1:1/{{l40}}\"\n",
            to: "laughs.yaml")

        let result = try await runVolley(["validate", file])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains(
            "\(file):25:3: error: variable 'l22' expands to 20 MiB, more than the 16 MiB one value may take"),
            "\(result.stderr)")
        #expect(result.stderr.contains("--max-variable-size BYTES"), "\(result.stderr)")

        let raised = try await runVolley(["validate", file, "--max-variable-size", "2048"])
        #expect(raised.stderr.contains("variable 'l9' expands to 2.5 KiB, more than the 2 KiB one value may take"), "\(raised)")
    }
}

import Foundation
import Testing
import TestSupport

/// A key pasted under an environment's `secrets:` (in place of where it lives) is an error that
/// neither `validate` nor `run` echoes, on the console or in the not-started reports.
@Suite("a value pasted under secrets:, end to end")
struct PastedSecretTests {
    static let key = "0f9c2d7e41ab58c3e6d0b7a9f1c4e2d8"

    @Test(arguments: [["validate"], ["run"]])
    func thePastedValueIsNeverShown(command: [String]) async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: c
            requests:
              - name: r
                url: "http://127.0.0.1:9/{{apikey}}"
            """, to: "c.yaml")
        try dir.write("variables: { a: b }\nsecrets:\n  apikey: \(Self.key)\n  other: \"\(Self.key)\n", to: "environments/dev.yaml")
        let reports = command == ["run"] ? ["--report-json", dir.path("r.json"), "--report-junit", dir.path("r.xml")] : []

        let result = try await runVolley(command + [file, "--env", "dev"] + reports)

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.contains("environments/dev.yaml:") || result.stderr.contains("environments/dev.yaml:"), "\(result)")
        var outputs = [result.stdout, result.stderr]
        if !reports.isEmpty { outputs += [try dir.read("r.json"), try dir.read("r.xml")] }
        for text in outputs {
            #expect(!text.contains(String(Self.key.prefix(8))), "\(text)")
        }
    }
}

import Testing
import TestSupport

/// `auth: { digest: … }` against a real Digest server (httpbin's `/digest-auth`): libcurl answers
/// the 401 challenge, a wrong password stays a 401, and the password is never printed.
@Suite("digest auth, end to end against httpbin", .serialized)
struct DigestAuthCommandTests {
    static let password = "d1gest-pa55word"

    @Test func theChallengeIsAnsweredAWrongPasswordIsRefusedAndThePasswordNeverPrinted() async throws {
        let bin = try HTTPBinServer.start()
        defer { bin.stop() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: digest
            auth:
              digest: { username: ada, password: "{{pw}}" }
            requests:
              - name: md5
                url: "\(bin.baseURL)/digest-auth/auth/ada/\(Self.password)"
                expect: { status: 200, json: { "$.authenticated": true, "$.user": ada } }
              - name: sha-256
                url: "\(bin.baseURL)/digest-auth/auth/ada/\(Self.password)/SHA-256"
                expect: { status: 200 }
              - name: wrong password
                url: "\(bin.baseURL)/digest-auth/auth/ada/another-password"
                expect: { status: 401 }
            """, to: "digest.yaml")

        let result = try await runVolley(
            ["run", file, "-v", "--report-json", dir.path("r.json")], environment: ["VOLLEY_SECRET_pw": Self.password])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("3 requests: 3 passed"), "\(result.stdout)")
        // -v shows the request as sent: the Digest answer, never the password (it is in the URL too, masked).
        #expect(result.stdout.contains("Authorization: ***") || result.stdout.contains("Authorization: Digest"), "\(result.stdout)")
        // libcurl's answer is derived from the password (an offline guess could test it): masked too.
        #expect(result.stdout.contains("Authorization: Digest ***") && !result.stdout.contains("response=\""), "\(result.stdout)")
        for output in [result.stdout, result.stderr, try dir.read("r.json")] {
            #expect(!output.contains(Self.password))
        }
    }

    @Test func digestIsExportedAsCurlsDigestFlagAndImportedFromIt() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: digest
            requests:
              - name: guarded
                url: "http://127.0.0.1:1/guarded"
                auth: { digest: { username: ada, password: "{{pw}}" } }
            """, to: "digest.yaml")

        let result = try await runVolley(["export", "curl", file], environment: ["VOLLEY_SECRET_pw": Self.password])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("--digest"), "\(result.stdout)")
        #expect(result.stdout.contains("-u "), "\(result.stdout)")
        #expect(!result.stdout.contains(Self.password))

        let imported = try await runVolley(["import", "curl", "curl --digest -u ada:\(Self.password) http://127.0.0.1:1/guarded"])
        #expect(imported.exitCode == 0, "\(imported)")
        #expect(imported.stdout.contains(#"auth: { digest: { username: "ada", password: "{{password}}" } }"#), "\(imported.stdout)")
        #expect(!imported.stdout.contains(Self.password) && !imported.stderr.contains(Self.password))
    }
}

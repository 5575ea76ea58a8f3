import Foundation
import Testing
import TestSupport

/// `auth: { ntlm: … }` and `auth: { oauth1: … }` through the `volley` binary: the request passes
/// against a server, `-v` and the JSON report never show the password, token or secrets, and
/// `export curl` / `import curl` carry what curl can express.
@Suite("NTLM and OAuth 1.0, end to end", .serialized)
struct SignedAuthCommandTests {
    static let password = "ntlm-pa55word"
    static let tokenSecret = "t0ken/secret+1"
    static let accessToken = "acc3ss/tok+en"

    @Test func ntlmPassesAndNeverPrintsThePassword() async throws {
        let server = try await ScenarioServer.start { request in
            let auth = request.header("Authorization") ?? ""
            if auth.hasPrefix("NTLM TlRMTVNTUAAD") { return .json(#"{"status":"pass"}"#) }
            return .status(401, headers: [("WWW-Authenticate", auth.hasPrefix("NTLM TlRMTVNTUAAB") ? "NTLM " + NTLMChallenge.base64 : "NTLM")])
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write(#"""
            name: windows
            requests:
              - name: intranet
                url: "\#(server.baseURL)/ntlm"
                auth: { ntlm: { username: 'CORP\ada', password: "{{pw}}" } }
                expect: { status: 200, json: { "$.status": pass } }
            """#, to: "ntlm.yaml")

        let result = try await runVolley(
            ["run", file, "-vv", "--report-json", dir.path("r.json")], environment: ["VOLLEY_SECRET_pw": Self.password])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("Authorization: NTLM ***"), "\(result.stdout)")
        for output in [result.stdout, result.stderr, try dir.read("r.json")] {
            #expect(!output.contains(Self.password))
            #expect(!output.contains("TlRMTVNTUAAD"))
        }
        let exported = try await runVolley(["export", "curl", file], environment: ["VOLLEY_SECRET_pw": Self.password])
        #expect(exported.stdout.contains("--ntlm") && !exported.stdout.contains(Self.password), "\(exported)")
        let imported = try await runVolley(["import", "curl", "curl --ntlm -u 'CORP\\ada:\(Self.password)' \(server.baseURL)/ntlm"])
        #expect(imported.stdout.contains(#"auth: { ntlm: { username: "CORP\\ada", password: "{{password}}" } }"#), "\(imported)")
        #expect(!imported.stdout.contains(Self.password) && !imported.stderr.contains(Self.password))
    }

    @Test func oauth1SignsAndItsTokenAndSecretsStayMasked() async throws {
        let server = try await ScenarioServer.start { request in
            request.header("Authorization")?.hasPrefix("OAuth ") == true ? .json("{}") : .status(401)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: signed
            requests:
              - name: timeline
                url: "\(server.baseURL)/1.1/statuses"
                auth: { oauth1: { consumer_key: ck-1, consumer_secret: "{{cs}}", token: "{{tok}}", token_secret: "{{ts}}" } }
                expect: { status: 200 }
            """, to: "oauth.yaml")
        let secrets = ["VOLLEY_SECRET_cs": "c0nsumer-secret", "VOLLEY_SECRET_tok": Self.accessToken, "VOLLEY_SECRET_ts": Self.tokenSecret]

        let result = try await runVolley(["run", file, "-v", "--report-json", dir.path("r.json")], environment: secrets)

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains(#"oauth_token="***""#), "\(result.stdout)")
        let spellings = [Self.accessToken, Self.tokenSecret, "c0nsumer-secret"].flatMap {
            [$0, $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))!]
        }
        for output in [result.stdout, result.stderr, try dir.read("r.json")] {
            for spelling in spellings { #expect(!output.contains(spelling), "\(spelling)") }
        }
        let exported = try await runVolley(["export", "curl", file], environment: secrets)
        #expect(exported.stdout.contains("# note: OAuth 1.0 signing has no curl option"), "\(exported)")
    }
}

extension SignedAuthCommandTests {
    @Test func awsSigV4PassesMasksItsAnswerAndRoundTripsThroughCurl() async throws {
        let server = try await ScenarioServer.start { request in
            request.header("Authorization")?.hasPrefix("AWS4-HMAC-SHA256 ") == true ? .json("{}") : .status(403)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: aws
            requests:
              - name: items
                url: "\(server.baseURL)/prod/items"
                auth: { aws_sigv4: { access_key: "{{ak}}", secret_key: "{{sk}}", region: eu-west-1, service: execute-api } }
                expect: { status: 200 }
            """, to: "aws.yaml")
        let secrets = ["VOLLEY_SECRET_ak": "AKIDVOLLEYTEST01", "VOLLEY_SECRET_sk": "s3cret/key+material"]

        let result = try await runVolley(["run", file, "-vv", "--report-json", dir.path("r.json")], environment: secrets)

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("Authorization: AWS4-HMAC-SHA256 ***"), "\(result.stdout)")
        for output in [result.stdout, result.stderr, try dir.read("r.json")] {
            #expect(!output.contains("AKIDVOLLEYTEST01") && !output.contains("s3cret/key+material") && !output.contains("Signature="))
        }
        let exported = try await runVolley(["export", "curl", file], environment: secrets)
        #expect(exported.stdout.contains("--aws-sigv4 aws:amz:eu-west-1:execute-api"), "\(exported)")
        #expect(!exported.stdout.contains("AKIDVOLLEYTEST01"))
        let imported = try await runVolley(["import", "curl", "curl --aws-sigv4 aws:amz:eu-west-1:execute-api -u AKID:SECRET \(server.baseURL)/x"])
        #expect(imported.stdout.contains(#"aws_sigv4: { access_key: "{{aws_access_key}}", secret_key: "{{aws_secret_key}}", region: "eu-west-1""#), "\(imported)")
        #expect(!imported.stdout.contains("SECRET") && !imported.stdout.contains("AKID:"), "\(imported)")
    }
}

/// A minimal NTLM challenge (type 2) with the Unicode and NTLM flags.
enum NTLMChallenge {
    static let base64: String = {
        var message = Array("NTLMSSP\0".utf8)
        message += [2, 0, 0, 0, 0, 0, 0, 0, 48, 0, 0, 0, 0x01, 0x82, 0x00, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]
        message += [UInt8](repeating: 0, count: 16)
        return Data(message).base64EncodedString()
    }()
}

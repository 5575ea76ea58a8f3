import Foundation
import Testing
import TestSupport
import VolleyCore
import VolleyParser
@testable import VolleyExecutor

/// `auth: { oauth1: … }`: requests signed with OAuth 1.0a, checked against the RFC's example
/// and, on the wire, against a signature Python's own `hmac` computes from what the server got.
@Suite("OAuth 1.0 signing", .serialized)
struct OAuth1Tests {
    private static func template(_ text: String) -> Template {
        Template(parts: [.literal(text)], location: SourceLocation(file: "t", line: 1, column: 1))
    }

    @Test func theSpecsExampleSignsToItsSignature() {
        // OAuth Core 1.0, Appendix A.5: the photos.example.net request.
        let auth = OAuth1Auth(consumerKey: Self.template("dpf43f3p2l4k3l03"), consumerSecret: Self.template("kd94hf93k423kf44"))
        let values = OAuth1Signer.Values(
            consumerKey: "dpf43f3p2l4k3l03", consumerSecret: "kd94hf93k423kf44", token: "nnch734d00sl2jdk",
            tokenSecret: "pfkkdhi9sl3r4s00", timestamp: "1191242096", nonce: "kllo9940pd9333jh")

        let signed = OAuth1Signer(auth: auth, values: values)
            .sign(method: "GET", url: "http://photos.example.net/photos?file=vacation.jpg&size=original", formBody: nil, body: [])

        #expect(signed == .header(
            #"OAuth oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk", oauth_signature_method="HMAC-SHA1", "#
                + #"oauth_timestamp="1191242096", oauth_nonce="kllo9940pd9333jh", oauth_version="1.0", "#
                + #"oauth_signature="tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D""#))
    }

    @Test func theBaseURLDropsADefaultPortAndLowersTheHost() {
        #expect(OAuth1Signer.baseURL("HTTP://Example.COM:80/a%20b?x=1")?.url == "http://example.com/a%20b")
        #expect(OAuth1Signer.baseURL("https://h:8443/p")?.url == "https://h:8443/p")
    }

    @Test func aSignedRequestVerifiesOnTheServerSide() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: signed
            requests:
              - name: photos
                url: "{{base}}/photos"
                query: { file: vacation.jpg, note: "a b+c" }
                auth:
                  oauth1:
                    consumer_key: key-1
                    consumer_secret: "{{consumer_secret}}"
                    token: tok-1
                    token_secret: "s&cret"
                    signature_method: HMAC-SHA256
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL, "consumer_secret": "c0nsumer"])

        #expect(recorder.result("photos")?.failure == nil)
        let request = try #require(server.requests.first)
        let header = try #require(request.header("Authorization"))
        #expect(header.hasPrefix("OAuth oauth_consumer_key=\"key-1\", oauth_token=\"tok-1\", oauth_signature_method=\"HMAC-SHA256\""))
        let fields = Self.fields(of: header)
        let expected = try Self.pythonSignature(
            method: "GET", url: server.baseURL + "/photos", query: request.queryItems, oauth: fields.filter { $0.key != "oauth_signature" },
            key: "c0nsumer&s%26cret", digest: "sha256")
        #expect(fields["oauth_signature"] == expected)
        // A nonce and a timestamp of its own when none is fixed.
        #expect(fields["oauth_nonce"]?.count == 16)
        #expect(Int(fields["oauth_timestamp"] ?? "").map { abs($0 - Int(Date().timeIntervalSince1970)) < 600 } == true)
    }

    @Test func inTheRequestTheParametersGoInAFormBodyOrTheQuery() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: signed
            defaults: { auth: { oauth1: { consumer_key: k, consumer_secret: s, in: request, timestamp: "1", nonce: n } } }
            requests:
              - { name: form, method: POST, url: "{{base}}/f", form: { a: "1" } }
              - { name: get, url: "{{base}}/g?x=y" }
            """)

        _ = try run(c, variables: ["base": server.baseURL])

        let form = server.requests[0].bodyText
        #expect(form.hasPrefix("a=1&oauth_consumer_key=k&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1&oauth_nonce=n&oauth_version=1.0&oauth_signature="))
        #expect(server.requests[0].header("Authorization") == nil)
        #expect(server.requests[1].queryItems.map(\.name) == [
            "x", "oauth_consumer_key", "oauth_signature_method", "oauth_timestamp", "oauth_nonce", "oauth_version", "oauth_signature",
        ])
    }

    @Test func aBadSignatureMethodAndAMissingSecretAreErrorsAtTheirPositions() {
        #expect(throws: ParseFailure.self) {
            _ = try collection("""
                name: bad
                requests:
                  - name: a
                    url: http://h/
                    auth: { oauth1: { consumer_key: k, signature_method: RSA-SHA1 } }
                """)
        }
        do {
            _ = try collection("""
                name: bad
                requests:
                  - name: a
                    url: http://h/
                    auth: { oauth1: { consumer_key: k, consumer_secret: s, signature_method: RSA-SHA1 } }
                  - name: b
                    url: http://h/
                    auth: { oauth1: { consumer_key: k } }
                """)
        } catch let failure as ParseFailure {
            #expect(failure.diagnostics == [
                "test.yaml:5:78: error: 'signature_method' must be one of 'HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512' or 'PLAINTEXT', found 'RSA-SHA1' (RSA signatures are not supported)",
                "test.yaml:8:21: error: 'oauth1' is missing 'consumer_secret'",
            ])
        } catch {
            Issue.record("\(error)")
        }
    }

    /// `oauth_x="v"` pairs of an `Authorization: OAuth …` header, percent-decoded.
    private static func fields(of header: String) -> [String: String] {
        var out: [String: String] = [:]
        for part in header.dropFirst("OAuth ".count).components(separatedBy: ", ") {
            let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pieces.count == 2 else { continue }
            out[pieces[0]] = String(pieces[1].dropFirst().dropLast()).removingPercentEncoding
        }
        return out
    }

    /// The signature as Python's `hmac` and `urllib` compute it (RFC 5849 §3.4), independent of Volley's.
    private static func pythonSignature(
        method: String, url: String, query: [(name: String, value: String)], oauth: [String: String], key: String, digest: String
    ) throws -> String {
        let params = query.map { [$0.name, $0.value] } + oauth.map { [$0.key, $0.value] }
        let json = try String(decoding: JSONSerialization.data(withJSONObject: ["m": method, "u": url, "p": params, "k": key, "d": digest]), as: UTF8.self)
        let program = """
            import sys, json, hmac, hashlib, base64, urllib.parse as u
            a = json.loads(sys.argv[1]); q = lambda s: u.quote(s, safe='~')
            n = '&'.join(k + '=' + v for k, v in sorted((q(k), q(v)) for k, v in a['p']))
            base = a['m'] + '&' + q(a['u']) + '&' + q(n)
            print(base64.b64encode(hmac.new(a['k'].encode(), base.encode(), getattr(hashlib, a['d'])).digest()).decode())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", program, json]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

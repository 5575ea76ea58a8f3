import Foundation
import Testing
import TestSupport
import VolleyCore
import VolleyParser
@testable import VolleyExecutor

/// `auth: { aws_sigv4: … }`: libcurl signs the request as sent; the server side recomputes the
/// signature with Python's `hmac` and `hashlib` (AWS's published algorithm) from what it got.
@Suite("AWS Signature Version 4 against a real server", .serialized)
struct AWSSigV4Tests {
    @Test func theSignatureVerifiesAndTheSessionTokenIsSent() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: aws
            requests:
              - name: invoke
                method: POST
                url: "{{base}}/prod/items?b=2&a=1"
                json: { id: 7 }
                auth:
                  aws_sigv4: { access_key: AKIDEXAMPLE, secret_key: "{{secret}}", region: eu-west-1, service: execute-api,
                               session_token: "{{token}}" }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL, "secret": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "token": "sess-1"])

        #expect(recorder.result("invoke")?.failure == nil)
        let request = try #require(server.requests.first)
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), "\(authorization)")
        #expect(authorization.contains("/eu-west-1/execute-api/aws4_request, SignedHeaders="), "\(authorization)")
        #expect(request.header("X-Amz-Security-Token") == "sess-1")
        // AWS signs the query sorted and libcurl signs it as written: it is sent sorted.
        #expect(request.uri == "/prod/items?a=1&b=2")
        let expected = try Self.pythonSignature(request, secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        #expect(authorization.hasSuffix("Signature=" + expected), "\(authorization) vs \(expected)")
    }

    @Test func missingRegionOrServiceIsAnErrorAtTheMap() {
        do {
            _ = try collection("""
                name: aws
                requests:
                  - { name: a, url: "http://h/", auth: { aws_sigv4: { access_key: k, secret_key: s, region: r } } }
                """)
            Issue.record("parsed")
        } catch let failure as ParseFailure {
            #expect(failure.diagnostics == ["test.yaml:3:53: error: 'aws_sigv4' is missing 'service'"])
        } catch {
            Issue.record("\(error)")
        }
    }

    /// AWS's Signature Version 4 over the request as the server received it.
    private static func pythonSignature(_ request: RecordedRequest, secret: String) throws -> String {
        let headers = request.headers.map { [$0.name.lowercased(), $0.value] }
        let input: [String: Any] = [
            "method": request.method, "uri": request.uri, "headers": headers, "body": request.bodyText,
            "auth": request.header("Authorization") ?? "", "secret": secret,
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self)
        let program = """
            import sys, json, hmac, hashlib, urllib.parse as u
            a = json.loads(sys.argv[1]); h = dict(a['headers'])
            signed = a['auth'].split('SignedHeaders=')[1].split(',')[0]
            scope = a['auth'].split('Credential=')[1].split(',')[0].split('/', 1)[1]
            path, _, query = a['uri'].partition('?')
            pairs = sorted(tuple(p.split("=", 1)) for p in query.split("&") if p)
            canonical = '\\n'.join([a['method'], path, '&'.join(k + '=' + v for k, v in pairs),
                ''.join(n + ':' + h[n].strip() + '\\n' for n in signed.split(';')), signed,
                hashlib.sha256(a['body'].encode()).hexdigest()])
            date, region, service, _ = scope.split('/')
            to_sign = '\\n'.join(['AWS4-HMAC-SHA256', h['x-amz-date'], scope, hashlib.sha256(canonical.encode()).hexdigest()])
            key = ('AWS4' + a['secret']).encode()
            for part in (date, region, service, 'aws4_request'):
                key = hmac.new(key, part.encode(), hashlib.sha256).digest()
            print(hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest())
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

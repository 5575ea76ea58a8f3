import Foundation
import Testing
import TestSupport
import VolleyCore
import VolleyParser
@testable import VolleyExecutor

/// `auth: { hawk: … }`: the MAC checked against Hawk's published example, and on the wire against
/// one Python's `hmac` computes from what the server got (the body's hash included).
@Suite("Hawk auth", .serialized)
struct HawkTests {
    @Test func thePublishedExampleHasItsMAC() {
        let signer = HawkSigner(
            algorithm: .sha256, includePayloadHash: false,
            values: HawkSigner.Values(
                id: "dh37fgj492je", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", ext: "some-app-ext-data",
                nonce: "j4h3g2", timestamp: "1353832234"))

        let header = signer.header(method: "GET", url: "http://example.com:8000/resource/1?b=1&a=2", contentType: nil, body: [])

        #expect(header == #"Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=""#)
    }

    @Test func aSignedPostVerifiesOnTheServerSideBodyIncluded() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: hawk
            requests:
              - name: post
                method: POST
                url: "{{base}}/items?x=1"
                json: { id: 7 }
                auth: { hawk: { id: id-1, key: "{{hawk_key}}", ext: "a \\"quoted\\" note", payload_hash: true } }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL, "hawk_key": "k3y-material"])

        #expect(recorder.result("post")?.failure == nil)
        let request = try #require(server.requests.first)
        let header = try #require(request.header("Authorization"))
        let fields = Self.fields(of: header)
        #expect(fields["id"] == "id-1" && fields["ext"] == #"a "quoted" note"#, "\(header)")
        let port = String(server.baseURL.split(separator: ":").last ?? "")
        let expected = try Self.python(
            ["ts": fields["ts"] ?? "", "nonce": fields["nonce"] ?? "", "resource": request.uri, "port": port,
             "ext": fields["ext"] ?? "", "body": request.bodyText, "type": request.header("Content-Type") ?? ""])
        #expect(fields["hash"] == expected.hash)
        #expect(fields["mac"] == expected.mac)
    }

    /// `name="value"` pairs of a `Hawk …` header, `\"` unescaped.
    private static func fields(of header: String) -> [String: String] {
        var out: [String: String] = [:]
        var rest = Substring(header.dropFirst("Hawk ".count))
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: CharacterSet(charactersIn: ", "))
            var value = ""
            var index = rest.index(equals, offsetBy: 2)
            while index < rest.endIndex, rest[index] != "\"" {
                if rest[index] == "\\" { index = rest.index(after: index) }
                value.append(rest[index])
                index = rest.index(after: index)
            }
            out[name] = value
            rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
        }
        return out
    }

    private static func python(_ input: [String: String]) throws -> (hash: String, mac: String) {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self)
        let program = """
            import sys, json, hmac, hashlib, base64
            a = json.loads(sys.argv[1]); b64 = lambda d: base64.b64encode(d).decode()
            media = a['type'].split(';')[0].strip().lower()
            h = b64(hashlib.sha256(('hawk.1.payload\\n' + media + '\\n' + a['body'] + '\\n').encode()).digest())
            n = '\\n'.join(['hawk.1.header', a['ts'], a['nonce'], 'POST', a['resource'], '127.0.0.1', a['port'], h, a['ext']]) + '\\n'
            print(h); print(b64(hmac.new(b'k3y-material', n.encode(), hashlib.sha256).digest()))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", program, json]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let lines = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
        process.waitUntilExit()
        return (lines.first ?? "", lines.dropFirst().first ?? "")
    }
}

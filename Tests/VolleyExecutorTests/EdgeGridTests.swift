import Testing
import TestSupport
import VolleyCore
import VolleyParser
@testable import VolleyExecutor

/// `auth: { edgegrid: … }`: the signature checked against Akamai's published test data
/// (AkamaiOPEN-edgegrid's `testdata.json`: its credentials, nonce, timestamp and expected
/// headers), and the header reaching a real server.
@Suite("Akamai EdgeGrid signing", .serialized)
struct EdgeGridTests {
    static let host = "https://akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"
    static let prefix = "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;"
        + "timestamp=20140321T19:34:21+0000;nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature="

    static func signer(headersToSign: [String] = ["X-Test1", "X-Test2", "X-Test3"]) -> EdgeGridSigner {
        let none = Template(parts: [.literal("")], location: SourceLocation(file: "t", line: 1, column: 1))
        return EdgeGridSigner(
            auth: EdgeGridAuth(clientToken: none, clientSecret: none, accessToken: none, headersToSign: headersToSign, maxBody: 2048),
            values: EdgeGridSigner.Values(
                clientToken: "akab-client-token-xxx-xxxxxxxxxxxxxxxx", clientSecret: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=",
                accessToken: "akab-access-token-xxx-xxxxxxxxxxxxxxxx", nonce: "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                timestamp: "20140321T19:34:21+0000"))
    }

    @Test("Akamai's test cases", arguments: [
        ("GET", "/", [], "", "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="),
        ("GET", "/testapi/v1/t1?p1=1&p2=2", [], "", "hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA="),
        ("POST", "/testapi/v1/t3", [], "datadatadatadatadatadatadatadata", "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="),
        ("POST", "/testapi/v1/t3", [], String(repeating: "d", count: 2049), "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="),
        ("POST", "/testapi/v1/t6", [], "", "1gEDxeQGD5GovIkJJGcBaKnZ+VaPtrc4qBUHixjsPCQ="),
        ("GET", "/testapi/v1/t4", [("X-Test1", "test-simple-header")], "", "8F9AybcRw+PLxnvT+H0JRkjROrrUgsxJTnRXMzqvcwY="),
        ("GET", "/testapi/v1/t4", [("X-Test1", "\"     test-header-with-spaces     \"")], "", "ucq2AbjCNtobHfCTuS38fdkl5UDdWHZhQX46fYR8CqI="),
        ("GET", "/testapi/v1/t4", [("X-Test2", "t2"), ("X-Test1", "t1"), ("X-Test3", "t3")], "", "Wus73Nx8jOYM+kkBFF2q8D1EATRIMr0WLWwpLBgkBqY="),
        ("GET", "/testapi/v1/t5", [("X-Test2", "t2"), ("X-Test1", "t1"), ("X-Test3", "t3"), ("X-Extra", "this won't be included")], "",
         "Knd/jc0A5Ghhizjayr0AUUvl2MZjBpS3FDSzvtq4Ixc="),
        ("PUT", "/testapi/v1/t6", [], "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP", "GNBWEYSEWOLtu+7dD52da2C39aX/Jchpon3K/AmBqBU="),
    ] as [(String, String, [(String, String)], String, String)])
    func signsAsAkamaiPublished(method: String, path: String, headers: [(String, String)], body: String, signature: String) {
        let header = Self.signer().header(
            method: method, url: Self.host + path, headers: headers.map { HTTPHeader(name: $0.0, value: $0.1) }, body: Array(body.utf8))
        #expect(header == Self.prefix + signature)
    }

    @Test func theHeaderReachesTheServerAndTheSecretIsNoted() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: akamai
            requests:
              - name: ping
                url: "{{base}}/papi/v1/groups"
                headers: { X-Test1: " a   b " }
                auth: { edgegrid: { client_token: ct, client_secret: "{{secret}}", access_token: at, headers_to_sign: [X-Test1] } }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL, "secret": "edgegrid-secret"])

        #expect(recorder.result("ping")?.failure == nil)
        let authorization = try #require(server.requests.first?.header("Authorization"))
        #expect(authorization.hasPrefix("EG1-HMAC-SHA256 client_token=ct;access_token=at;timestamp=20"), "\(authorization)")
        #expect(authorization.contains(";signature="))
    }
}

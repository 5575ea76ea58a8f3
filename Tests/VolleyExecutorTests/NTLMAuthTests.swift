import Foundation
import Testing
import TestSupport
import VolleyCore
import VolleyParser
@testable import VolleyExecutor

/// `auth: { ntlm: … }`: libcurl's NTLM handshake, as the server sees it: a negotiate message,
/// the server's challenge, then the authenticate message naming the domain and user, on one
/// connection.
@Suite("NTLM auth against a real server", .serialized)
struct NTLMAuthTests {
    /// A minimal NTLM challenge (type 2): Unicode and NTLM flags, a fixed server challenge.
    static let challenge: String = {
        var message = Array("NTLMSSP\0".utf8)
        message += [2, 0, 0, 0]  // message type
        message += [0, 0, 0, 0, 48, 0, 0, 0]  // empty target name at offset 48
        message += [0x01, 0x82, 0x00, 0x00]  // NEGOTIATE_UNICODE | NEGOTIATE_NTLM | ALWAYS_SIGN
        message += [1, 2, 3, 4, 5, 6, 7, 8]  // server challenge
        message += [UInt8](repeating: 0, count: 16)  // reserved, empty target info
        return Data(message).base64EncodedString()
    }()

    /// 401 with a challenge until the authenticate message comes, then 200.
    private static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            let auth = request.header("Authorization") ?? ""
            if auth.hasPrefix("NTLM TlRMTVNTUAAD") { return .json(#"{"status":"pass"}"#) }
            if auth.hasPrefix("NTLM TlRMTVNTUAAB") { return .status(401, headers: [("WWW-Authenticate", "NTLM " + challenge)]) }
            return .status(401, headers: [("WWW-Authenticate", "NTLM")])
        }
    }

    @Test func theHandshakeCarriesTheDomainAndUserAndEndsIn200() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection(#"""
            name: windows
            requests:
              - name: intranet
                url: "{{base}}/ntlm"
                auth: { ntlm: { username: 'CORP\ada', password: "{{password}}" } }
                expect: { status: 200 }
            """#)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL, "password": "pa55-word"])

        #expect(recorder.result("intranet")?.outcome == .passed)
        let authorizations = server.requests.map { $0.header("Authorization") ?? "" }
        #expect(authorizations.count == 2)
        #expect(authorizations.first?.hasPrefix("NTLM TlRMTVNTUAAB") == true, "\(authorizations)")
        let authenticate = try #require(authorizations.last.flatMap { Data(base64Encoded: String($0.dropFirst(5))) })
        // Unicode was negotiated: the domain and user go as UTF-16LE.
        #expect(authenticate.range(of: "CORP".data(using: .utf16LittleEndian)!) != nil)
        #expect(authenticate.range(of: "ada".data(using: .utf16LittleEndian)!) != nil)
        #expect(authenticate.range(of: "pa55-word".data(using: .utf16LittleEndian)!) == nil)
        #expect(Set(server.requests.map(\.connectionID)).count == 1)
    }
}

import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// Compressed bodies are decoded before assertions; `compressed:` / `--compressed` is what asks
/// for them, seen in the Accept-Encoding the server received.
@Suite("compressed responses against a real server", .serialized)
struct CompressionTests {
    /// `{"ok":true,"items":[1,2,3]}` in each encoding (gzip by Python's gzip with mtime 0, deflate
    /// by zlib.compress, br by the brotli tool).
    static let encoded: [String: [UInt8]] = [
        "gzip": [31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 171, 86, 202, 207, 86, 178, 42, 41, 42, 77, 213, 81, 202, 44, 73, 205, 45, 86,
                 178, 138, 54, 212, 49, 210, 49, 142, 173, 5, 0, 186, 216, 139, 183, 27, 0, 0, 0],
        "deflate": [120, 156, 171, 86, 202, 207, 86, 178, 42, 41, 42, 77, 213, 81, 202, 44, 73, 205, 45, 86, 178, 138, 54, 212,
                    49, 210, 49, 142, 173, 5, 0, 124, 110, 8, 131],
        "br": [15, 13, 128, 123, 34, 111, 107, 34, 58, 116, 114, 117, 101, 44, 34, 105, 116, 101, 109, 115, 34, 58, 91, 49, 44,
               50, 44, 51, 93, 125, 3],
    ]

    static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            let encoding = String(request.path.dropFirst())
            guard let body = encoded[encoding] else { return .text(request.header("accept-encoding") ?? "(none)") }
            return ScenarioResponse(
                status: 200, headers: [("Content-Type", "application/json"), ("Content-Encoding", encoding)], body: body)
        }
    }

    @Test(arguments: ["gzip", "deflate", "br"])
    func aCompressedJSONBodyIsDecodedBeforeAssertions(encoding: String) async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: compressed
            requests:
              - { name: get, url: "{{base}}/\(encoding)", expect: { json: { "$.items[2]": 3, "$.ok": true } } }
            """)

        let (recorder, outcome) = try run(c, variables: ["base": server.baseURL])

        #expect(outcome.passed == 1, "\(recorder.results.first?.assertions.map { $0.message ?? "ok" } ?? [])")
        #expect(recorder.result("get")?.response?.bodyText == #"{"ok":true,"items":[1,2,3]}"#)
    }

    @Test func acceptEncodingIsSentOnlyWhenAskedFor() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: compressed
            requests:
              - { name: plain, url: "{{base}}/echo" }
              - { name: asked, url: "{{base}}/echo", compressed: true }
              - { name: own, url: "{{base}}/echo", headers: { Accept-Encoding: identity } }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        #expect(recorder.result("plain")?.response?.bodyText == "(none)")
        let asked = recorder.result("asked")?.response?.bodyText ?? ""
        #expect(asked.contains("gzip") && asked.contains("deflate") && asked.contains("br"))
        #expect(recorder.result("own")?.response?.bodyText == "identity")
    }

    @Test func theCommandLineSettingAsksForEveryRequest() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        var settings = TransportSettings()
        settings.compressed = true
        let exchange = try CurlTransport().perform(TransportRequest(method: "GET", url: server.baseURL + "/echo", settings: settings))
        #expect(exchange.response.bodyText.contains("gzip"))
    }
    @Test func bytesChecksTheBodyAsItCameOverTheWireBeforeDecoding() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let gzip = Self.encoded["gzip"]!
        let plain = Array(#"{"ok":true,"items":[1,2,3]}"#.utf8)
        let c = try collection("""
            name: bytes
            requests:
              - name: encoded
                url: "{{base}}/gzip"
                expect:
                  bytes: { length: \(gzip.count), sha256: "\(Digest.sha256.hex(gzip))", md5: "\(Digest.md5.hex(gzip))" }
                  json: { "$.ok": true }
              - name: decoded-length-fails
                url: "{{base}}/gzip"
                expect: { bytes: { length: \(plain.count) } }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        let encoded = try #require(recorder.result("encoded"))
        #expect(encoded.assertions.allSatisfy { $0.passed }, "\(encoded.assertions.compactMap(\.message))")
        #expect(encoded.response?.bodyText == String(decoding: plain, as: UTF8.self))
        #expect(recorder.result("decoded-length-fails")?.assertions.first?.passed == false)
    }

    @Test func aChunkedEncodedBodyIsCheckedWithoutItsChunkFraming() async throws {
        let gzip = Self.encoded["gzip"]!
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        var reply = Array(head.utf8)
        for chunk in [gzip[..<20], gzip[20...]] {
            reply += Array((String(chunk.count, radix: 16) + ";ext=1\r\n").utf8) + chunk + Array("\r\n".utf8)
        }
        reply += Array("0\r\nX-Trailer: t\r\n\r\n".utf8)
        let server = try await RawReplyServer(replyBytes: reply)
        let c = try collection("""
            name: chunked
            requests:
              - name: get
                url: "{{base}}/"
                expect:
                  bytes: { length: \(gzip.count), sha256: "\(Digest.sha256.hex(gzip))" }
                  json: { "$.items[2]": 3 }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        let result = try #require(recorder.result("get"))
        #expect(result.failure == nil, "\(result.failure?.message ?? "")")
        #expect(result.assertions.allSatisfy { $0.passed }, "\(result.assertions.compactMap(\.message))")
    }

    @Test func anUnencodedBodyIsItsOwnBytes() async throws {
        let server = try await ScenarioServer.start { _ in .text("plain") }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: plain
            requests:
              - { name: get, url: "{{base}}/", expect: { bytes: { length: 5, sha256: "\(Digest.sha256.hex(Array("plain".utf8)))" } } }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        #expect(recorder.result("get")?.assertions.allSatisfy(\.passed) == true)
    }
}

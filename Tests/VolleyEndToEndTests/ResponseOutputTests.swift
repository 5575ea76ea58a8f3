import Foundation
import Testing
import TestSupport

/// `-v` shows response bodies (text cut short and masked, binary as size and SHA-256); `-o` and
/// `output:` write bodies to files as received.
@Suite("response bodies in -v and in files, end to end")
struct ResponseOutputTests {
    static let binary: [UInt8] = Array(repeating: Array(0...255 as ClosedRange<UInt8>), count: 5).flatMap { $0 }

    static func server(secret: String) async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            switch request.path {
            case "/text": .json(#"{"token": "\#(secret)", "note": "hello"}"#)
            case "/long": .text(String(repeating: "x", count: 5000))
            case "/binary": ScenarioResponse(headers: [("Content-Type", "image/png")], body: binary)
            default: .status(404)
            }
        }
    }

    @Test func verboseShowsTextMaskedAndBinaryAsItsDigest() async throws {
        let secret = "tok-5ecret-77"
        let server = try await Self.server(secret: secret)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: bodies
            requests:
              - { name: text, url: "{{base}}/text", headers: { x-key: "{{key}}" } }
              - { name: long, url: "{{base}}/long" }
              - { name: binary, url: "{{base}}/binary" }
            """, to: "c.yaml")
        let result = try await runVolley(["run", file, "-v", "--var", "base=\(server.baseURL)", "--secret", "key=\(secret)"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(!result.stdout.contains(secret), "the body echoes the secret, and -v masks it:\n\(result.stdout)")
        #expect(result.stdout.contains(#""note": "hello""#))
        #expect(result.stdout.contains("… (5000 characters)"))
        #expect(!result.stdout.contains(String(repeating: "x", count: 2001)))
        #expect(result.stdout.contains("< [1280 bytes] binary, sha256 d414b085826eb06778483ba35564dc849e643359f69ed9747878ba6e54985bed"))
    }

    @Test func outputAndDashOWriteBodiesAsReceived() async throws {
        let server = try await Self.server(secret: "x")
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: files
            requests:
              - { name: binary, url: "{{base}}/binary", output: "\(dir.path("image.png"))" }
              - { name: text, url: "{{base}}/text" }
            """, to: "c.yaml")
        let result = try await runVolley(["run", file, "-o", dir.path("last.out"), "--var", "base=\(server.baseURL)"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir.path("image.png"))) == Data(Self.binary))
        #expect(try dir.read("last.out") == #"{"token": "x", "note": "hello"}"#, "-o ends with the last response's body")

        let unwritable = try await runVolley(["run", file, "-o", dir.path("missing/dir/out"), "--var", "base=\(server.baseURL)"])
        #expect(unwritable.exitCode == 2, "\(unwritable)")
        #expect(unwritable.stderr.contains("cannot write the body of 'text' to \(dir.path("missing/dir/out")): no such file or directory"))
    }
}

import Foundation
import Testing
import TestSupport
import VolleyCore

/// `-v` shows a multipart request body part by part: header lines, then the content indented
/// under them, text line by line (no literal `\r`), a file as its size and SHA-256.
@Suite("-v multipart bodies, end to end")
struct VerboseMultipartTests {
    @Test func partsAreShownWithTheirHeadersAndFilesAsSizeAndDigest() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let image: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x01]
        try image.withUnsafeBytes { try Data($0).write(to: dir.url.appendingPathComponent("logo.png")) }
        let file = try dir.write("""
            name: upload
            requests:
              - name: upload
                method: POST
                url: "\(server.baseURL)/upload"
                multipart:
                  title: "line one\\nline two"
                  logo: { file: logo.png, content_type: image/png, filename: logo.png }
            """, to: "c.yaml")

        let run = try await runVolley(["run", file, "-v"])

        #expect(run.exitCode == 0, "\(run)")
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingWhitespace() }
        let received = try #require(server.requests.first)
        #expect(lines.contains("> [\(received.body.count) bytes] 2 parts:"), "\(run.stdout)")
        let start = try #require(lines.firstIndex { $0.hasSuffix("2 parts:") })
        #expect(Array(lines[(start + 1)...].prefix(6)) == [
            #">   Content-Disposition: form-data; name="title""#,
            ">     line one",
            ">     line two",
            #">   Content-Disposition: form-data; name="logo"; filename="logo.png""#,
            ">   Content-Type: image/png",
            ">     [10 bytes] sha256 \(Digest.sha256.hex(image))",
        ], "\(run.stdout)")
        #expect(!run.stdout.contains("\\r"), "\(run.stdout)")
    }

    @Test func aResponseBodyWithCRLFLinesIsShownLineByLineALoneCRStaysVisible() async throws {
        let server = try await ScenarioServer.start { _ in .text("first\r\nsecond\r\nbare\rcr") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: lines
            requests:
              - { name: crlf, url: "\(server.baseURL)/t" }
            """, to: "c.yaml")

        let run = try await runVolley(["run", file, "-v"])

        #expect(run.exitCode == 0, "\(run)")
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingWhitespace() }
        let start = try #require(lines.firstIndex { $0.hasPrefix("< [") && $0.hasSuffix("bytes]") }, "\(run.stdout)")
        #expect(Array(lines[(start + 1)...].prefix(3)) == ["first", "second", "bare\\rcr"], "\(run.stdout)")
    }
}

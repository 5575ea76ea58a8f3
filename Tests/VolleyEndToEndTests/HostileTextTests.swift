import Foundation
import Testing
import TestSupport

/// Files that are not what they seem (issue 15, items 12 and 13): a binary or mis-encoded file
/// is refused at its first bad byte, UTF-16 with a byte-order mark is read, and control
/// characters from a collection never reach the terminal raw.
@Suite("hostile text, end to end")
struct HostileTextTests {
    private func write(_ bytes: [UInt8], to name: String, in dir: TemporaryDirectory) throws -> String {
        let path = dir.path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func invalidUTF8IsRefusedAtItsLineAndColumn() async throws {
        let dir = try TemporaryDirectory()
        let file = try write(Array("name: x\nrequests:\n  - name: é".utf8) + [0xFF, 0x0A], to: "bad.yaml", in: dir)

        let result = try await runVolley(["validate", file])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix(
            "\(file):3:12: error: invalid UTF-8 (byte 0xFF): the file must be UTF-8 text, or UTF-16 with a byte-order mark"),
            "\(result.stderr)")
    }

    @Test func aBinaryFileIsRefusedAtItsFirstByte() async throws {
        let dir = try TemporaryDirectory()
        let file = try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], to: "image.yaml", in: dir)

        let result = try await runVolley(["run", file])

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix("\(file):1:1: error: invalid UTF-8 (byte 0x89)"), "\(result.stderr)")
    }

    @Test func utf16WithAByteOrderMarkIsRead() async throws {
        let dir = try TemporaryDirectory()
        let text = "name: wide\nrequests:\n  - name: café\n    url: http://127.0.0.1:1/\n"
        let little = try write([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, to: "le.yaml", in: dir)
        let big = try write([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, to: "be.yaml", in: dir)

        for file in [little, big] {
            let result = try await runVolley(["validate", file])
            #expect(result.exitCode == 0, "\(file): \(result)")
            #expect(result.stdout == "\(file): ok (1 request)\n")
        }
    }

    /// Notepad's UTF-8 byte-order mark: the collection loads, and column 1 is after the mark.
    @Test func aCollectionWithAUTF8ByteOrderMarkIsRead() async throws {
        let dir = try TemporaryDirectory()
        let text = "name: marked\nrequests:\n  - name: one\n    url: http://127.0.0.1:1/\n"
        let file = try write([0xEF, 0xBB, 0xBF] + Array(text.utf8), to: "bom.yaml", in: dir)
        let bad = try write([0xEF, 0xBB, 0xBF] + Array("nme: marked\n".utf8), to: "bad.yaml", in: dir)

        let result = try await runVolley(["validate", file])
        let refused = try await runVolley(["validate", bad])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "\(file): ok (1 request)\n")
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(refused.stderr.hasPrefix("\(bad):1:1: error: unknown key 'nme'"), "\(refused.stderr)")
    }

    @Test func controlCharactersInASourceLineAreEscaped() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write(
            "name: x\nrequests:\n  - name: r\n    url: http://127.0.0.1:1/\n    \u{1B}]0;pwned\u{07}: 1\n", to: "esc.yaml")

        let result = try await runVolley(["validate", file])

        #expect(result.exitCode == 2, "\(result)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"), "\(result.stderr)")
        #expect(result.stderr.contains("\n    " + #"\u{1B}]0;pwned\u{7}: 1"# + "\n    ^"), "\(result.stderr)")
    }

    /// YAML's own escapes put the characters into a value the messages quote.
    @Test func controlCharactersInAQuotedValueAreEscaped() async throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write(
            "name: x\nrequests:\n  - name: r\n    url: http://127.0.0.1:1/\n    \"\\e]0;pwned\\a\": 1\n", to: "esc.yaml")

        let result = try await runVolley(["validate", file])

        #expect(result.exitCode == 2, "\(result)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"), "\(result.stderr)")
        #expect(result.stderr.contains(#"unknown key '\u{1B}]0;pwned\u{7}'"#), "\(result.stderr)")
    }
}

import Foundation
import Testing
import TestSupport

/// No library message names a command-line flag: the libraries word settings by what they are and
/// the `volley` front end passes its spellings in (`SettingNames.flags`). This reads every string
/// literal of every library and fails on one that spells a flag again.
@Suite("library messages name no flag")
struct LibraryFlagWordingTests {
    /// The executable owns the flags; the demo server and the test helpers have flags of their own.
    static let exempt: Set<String> = ["volley", "volley-demo-server", "TestSupport"]

    /// The starter files `volley init` writes: a CI job is command lines, and its comments say what
    /// to type, so they spell flags; InitCommandTests runs those command lines, so a renamed flag
    /// fails there.
    /// The curl import and export read and write curl's own flags (`--data-raw`, `--url-query`).
    static let exemptFiles: Set<String> = [
        "VolleyRun/Commands/Starter/StarterTexts.swift", "VolleyRun/Commands/Starter/StarterCIJobs.swift",
        "VolleyRun/Commands/Curl/CurlOptionReader.swift", "VolleyRun/Commands/Curl/CurlCommandWriter.swift",
    ]

    /// Other programs' flags, quoted as a user would type them into that program.
    static let othersFlags: Set<String> = ["gnome-keyring-daemon --unlock"]

    /// `--name` in a literal, at its start or after a space, quote, backtick or bracket: a flag.
    static func flags(in literal: String) -> [String] {
        var found: [String] = []
        let text = Array(literal)
        var i = 0
        while i + 2 < text.count {
            defer { i += 1 }
            guard text[i] == "-", text[i + 1] == "-", text[i + 2].isLowercase, text[i + 2].isASCII else { continue }
            if i > 0, !" \t\n`'\"([".contains(text[i - 1]) { continue }
            var end = i + 2
            while end < text.count, text[end].isLowercase || text[end].isNumber || text[end] == "-" { end += 1 }
            // CSS custom properties (`--bg: #fff`, `var(--bg)`) are not flags.
            if end < text.count, text[end] == ":" { continue }
            if i >= 4, String(text[(i - 4)..<i]) == "var(" { continue }
            let flag = String(text[i..<end])
            if Self.othersFlags.contains(where: { $0.hasSuffix(" " + flag) && literal.contains($0) }) { continue }
            found.append(flag)
        }
        return found
    }

    @Test func noLibraryStringLiteralSpellsAFlag() throws {
        let sources = packageRoot() + "/Sources"
        var offenders: [String] = []
        for module in try FileManager.default.contentsOfDirectory(atPath: sources).sorted() where !Self.exempt.contains(module) {
            guard let files = FileManager.default.enumerator(atPath: sources + "/" + module) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let path = "\(module)/\(file)"
                if Self.exemptFiles.contains(path) { continue }
                let source = try String(contentsOfFile: sources + "/" + path, encoding: .utf8)
                for literal in StringLiteralScanner.literals(in: source) {
                    for flag in Self.flags(in: literal.text) { offenders.append("Sources/\(path):\(literal.line): \(flag)") }
                }
            }
        }
        #expect(offenders.isEmpty, "spell these through SettingNames (RunSetting) instead:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func theScanSeesLiteralsAndSkipsComments() {
        let source = #"""
            // a comment may say --var
            /* and so may --bail here */
            /// docs: `--secret`
            let a = "with --var \(name)=..."
            let b = #"raw --max-filesize"#
            let c = "\(names.name(of: .secret, given: "\(n)=VALUE --secret"))"
            let d = """
                multi --bail
                """
            let css = "--bg: #fff; color: var(--text);"
            let other = "start `gnome-keyring-daemon --unlock` first"
            """#
        let found = StringLiteralScanner.literals(in: source).flatMap { Self.flags(in: $0.text) }
        #expect(found == ["--var", "--max-filesize", "--secret", "--bail"])
        let lines = StringLiteralScanner.literals(in: source).filter { !Self.flags(in: $0.text).isEmpty }.map(\.line)
        #expect(lines == [4, 5, 6, 7])
    }
}

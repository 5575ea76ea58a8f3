/// The `pm.test(` calls of a script text, each renamed `pm.$xyz(` (as long as `test`, so every
/// line and column stays where it was) to a function of its own that knows its position: a
/// `pm.test` found this way takes no stack to learn its line (a stack, written and searched,
/// was ~7k instructions a test).
///
/// Only texts read with certainty are renamed; anything else keeps `pm.test` and its stack:
/// the scan knows strings, comments and words, and gives up (nil) on what needs a parser to
/// read (a `/` that is not a comment, a template literal, a backslash outside a string), on text
/// that is not ASCII or has a carriage return (columns and lines would need the engine's own
/// counting), and where `pm` could be other than the call's `pm` (the word used other than as
/// `pm.name`, or after `new`).
struct TestCallSites {
    struct Site {
        /// The property the call now reads, `$` and three characters.
        var name: String
        /// The position a stack frame would give the call: its line in the text (1-based) and
        /// the column just past `test` (1-based, in the text's own line).
        var line: Int
        var column: Int
    }

    /// The text with every site renamed.
    let source: String
    let sites: [Site]

    /// Sites are numbered from `firstNumber` (numbers are unique per engine, as the site
    /// functions share `pm`). Nil when the text has no site, or one the scan cannot read.
    init?(_ text: String, firstNumber: Int) {
        let bytes = Array(text.utf8)
        var out = bytes
        var sites: [Site] = []
        var index = 0, line = 1, lineStart = 0
        var lastToken: UInt8 = 0  // the last significant character: `a` for a word
        var lastWord: ArraySlice<UInt8> = []
        func isWordStart(_ c: UInt8) -> Bool {
            (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c == 36  // a-z A-Z _ $
        }
        func isWordPart(_ c: UInt8) -> Bool { isWordStart(c) || (c >= 48 && c <= 57) }
        let count = bytes.count
        while index < count {
            let c = bytes[index]
            if c >= 0x80 || c == 13 || c == 96 || c == 92 { return nil }  // non-ASCII, \r, `, \
            if c == 10 {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            if c == 32 || c == 9 {
                index += 1
                continue
            }
            if c == 34 || c == 39 {  // a string: to its closing quote, on its line
                index += 1
                while index < count, bytes[index] != c {
                    let s = bytes[index]
                    if s >= 0x80 || s == 10 || s == 13 { return nil }
                    index += s == 92 ? 2 : 1
                }
                guard index < count else { return nil }
                index += 1
                lastToken = 34
                continue
            }
            if c == 47 {  // a comment, or what the scan cannot read
                let next = index + 1 < count ? bytes[index + 1] : 0
                if next == 47 {
                    while index < count, bytes[index] != 10 {
                        if bytes[index] >= 0x80 || bytes[index] == 13 { return nil }
                        index += 1
                    }
                    continue
                }
                guard next == 42 else { return nil }
                index += 2
                while index + 1 < count, !(bytes[index] == 42 && bytes[index + 1] == 47) {
                    let s = bytes[index]
                    if s >= 0x80 || s == 13 { return nil }
                    if s == 10 {
                        line += 1
                        lineStart = index + 1
                    }
                    index += 1
                }
                guard index + 1 < count else { return nil }
                index += 2
                continue
            }
            if isWordPart(c) {
                let start = index
                while index < count, isWordPart(bytes[index]) { index += 1 }
                let word = bytes[start..<index]
                if word.elementsEqual("pm".utf8), lastToken != 46, isWordStart(c) {  // not a property `x.pm`
                    guard index < count, bytes[index] == 46, !lastWord.elementsEqual("new".utf8) else { return nil }
                    if index + 5 < count, bytes[(index + 1)..<(index + 5)].elementsEqual("test".utf8), bytes[index + 5] == 40,
                        let name = Self.name(firstNumber + sites.count)
                    {
                        out.replaceSubrange((index + 1)..<(index + 5), with: name.utf8)
                        sites.append(Site(name: name, line: line, column: index + 5 - lineStart + 1))
                    }
                }
                lastToken = 97
                lastWord = word
                continue
            }
            lastToken = c
            lastWord = []
            index += 1
        }
        guard !sites.isEmpty else { return nil }
        self.source = String(decoding: out, as: UTF8.self)
        self.sites = sites
    }

    /// `$` and three of 64 characters, or nil past them (the rest keep their stacks).
    private static func name(_ number: Int) -> String? {
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$".utf8)
        guard number >= 0, number < 64 * 64 * 64 else { return nil }
        let bytes = [36, digits[number / 4096], digits[(number / 64) % 64], digits[number % 64]]
        return String(decoding: bytes, as: UTF8.self)
    }
}

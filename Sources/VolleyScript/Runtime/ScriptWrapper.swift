import VolleyCore

/// How a script's body becomes a function: `(function (pm, postman, console) {` + body + `})`,
/// `async` when the body's code awaits (`Script.usesAwait`: not a word in a comment), so top-level `return` and `await` work. The prefix shares the
/// body's first line (the file's line numbers stay the body's), so columns there shift by it.
/// Made once per script: mapping a position (every `pm.test` of every call does) reads only it.
struct ScriptWrapper {
    let script: Script
    let prefixLength: Int
    let lineCount: Int
    let lastLineLength: Int
    let wrapped: String
    /// The text before the body (`wrapped` is it, the body, and the closing line).
    let prefix: String

    init(_ script: Script) {
        self.script = script
        // Over the bytes: String.split cost ~150k instructions a script here.
        let bytes = Array(script.source.utf8)
        let prefix = script.usesAwait ? "(async function (pm, postman, console) {" : "(function (pm, postman, console) {"
        self.prefix = prefix
        prefixLength = prefix.utf16.count
        let lastBreak = bytes.lastIndex(of: UInt8(ascii: "\n"))
        lineCount = 1 + bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        lastLineLength = String(decoding: bytes[(lastBreak.map { $0 + 1 } ?? 0)...], as: UTF8.self).utf16.count
        wrapped = prefix + script.source + "\n})"
    }

    /// The wrapper of `script`, whose text is `other`'s: the shape comes from the text alone,
    /// so requests that repeat a script text reuse it (measuring a text cost ~19k instructions
    /// a script, paid by every request).
    init(_ script: Script, sameTextAs other: ScriptWrapper) {
        self.script = script
        prefixLength = other.prefixLength
        lineCount = other.lineCount
        lastLineLength = other.lastLineLength
        wrapped = other.wrapped
        prefix = other.prefix
    }

    /// `body` (the script's text with its lines and columns kept) wrapped as `wrapped` is.
    func wrapping(_ body: String) -> String {
        prefix + body + "\n})"
    }

    /// A line and column of the wrapped text (1-based, the body's own lines) in the user's file.
    /// A position past the body (the parser met the closing `})` while a statement was still
    /// open) is put at the end of the body's last line.
    func location(line: Int, column: Int) -> SourceLocation {
        if line > lineCount {
            return location(line: lineCount, column: lastLineLength + 1 + (lineCount == 1 ? prefixLength : 0))
        }
        let shift = line == 1 ? prefixLength : 0
        return script.location(line: line, column: max(column - shift, 1))
    }
}

import VolleyCore

/// How a script's body becomes a function: `(function (pm, postman, console) {` + body + `})`,
/// `async` when the body awaits, so top-level `return` and `await` work. The prefix shares the
/// body's first line (the file's line numbers stay the body's), so columns there shift by it.
enum ScriptWrapper {
    static func prefix(of script: Script) -> String {
        script.source.contains("await") ? "(async function (pm, postman, console) {" : "(function (pm, postman, console) {"
    }

    static func wrapped(_ script: Script) -> String {
        prefix(of: script) + script.source + "\n})"
    }

    /// A line and column of the wrapped text (1-based, the body's own lines) in the user's file.
    /// A position past the body (the parser met the closing `})` while a statement was still
    /// open) is put at the end of the body's last line.
    static func location(line: Int, column: Int, in script: Script) -> SourceLocation {
        let lines = script.source.split(separator: "\n", omittingEmptySubsequences: false)
        if line > lines.count, let last = lines.last {
            return location(line: lines.count, column: last.utf16.count + 1 + (lines.count == 1 ? prefix(of: script).utf16.count : 0), in: script)
        }
        let shift = line == 1 ? prefix(of: script).utf16.count : 0
        return script.location(line: line, column: max(column - shift, 1))
    }
}

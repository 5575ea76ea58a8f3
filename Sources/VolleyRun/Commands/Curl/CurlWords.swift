import VolleyCore

/// A pasted `curl …` command split into words as a POSIX shell would: single quotes, double
/// quotes (with `\"`, `\\`, `\$`, `` \` `` escapes), backslash escapes, and backslash-newline
/// continuations. Each word keeps where it starts, so an error points at the option.
///
/// Nothing is expanded: `$VAR` and `$(…)` stay as written (the import reports them), since
/// Volley must not run what a paste contains.
struct CurlWords {
    struct Word: Sendable, Hashable {
        var text: String
        var location: SourceLocation
        /// Whether some of it was unquoted `$`: an expansion the shell would have done.
        var expands: Bool
    }

    struct SyntaxError: Error, Sendable {
        var message: String
        var location: SourceLocation
    }

    /// The commands in `source`: one per line, continued by a trailing backslash; blank lines and
    /// `#` comments between commands are skipped.
    static func commands(in source: String, file: String, firstLine: Int = 1) throws(SyntaxError) -> [[Word]] {
        var commands: [[Word]] = []
        var words: [Word] = []
        var current: [Unicode.Scalar] = []
        var inWord = false, expands = false
        var start = SourceLocation(file: file, line: firstLine, column: 1)
        var line = firstLine, column = 0
        let scalars = Array(source.unicodeScalars)
        var index = 0

        func here() -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        func begin() {
            if !inWord {
                inWord = true
                start = here()
            }
        }
        func endWord() {
            if inWord { words.append(Word(text: String(String.UnicodeScalarView(current)), location: start, expands: expands)) }
            current = []
            inWord = false
            expands = false
        }
        func endCommand() {
            endWord()
            if !words.isEmpty { commands.append(words) }
            words = []
        }
        func next() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            let scalar = scalars[index]
            index += 1
            if scalar == "\n" {
                line += 1
                column = 0
            } else {
                column += 1
            }
            return scalar
        }

        while let c = next() {
            switch c {
            case " ", "\t", "\r":
                endWord()
            case "\n":
                endCommand()
            case "#" where !inWord:
                while index < scalars.count, scalars[index] != "\n" { _ = next() }
            case "\\":
                guard let escaped = next() else {
                    throw SyntaxError(message: "a backslash ends the text: nothing follows it", location: here())
                }
                if escaped == "\n" { continue }  // a continuation line
                if escaped == "\r", index < scalars.count, scalars[index] == "\n" {
                    _ = next()
                    continue
                }
                begin()
                current.append(escaped)
            case "'":
                begin()
                let opened = here()
                while true {
                    guard let q = next() else {
                        throw SyntaxError(message: "this single quote is never closed", location: opened)
                    }
                    if q == "'" { break }
                    current.append(q)
                }
            case "\"":
                begin()
                let opened = here()
                while true {
                    guard let q = next() else {
                        throw SyntaxError(message: "this double quote is never closed", location: opened)
                    }
                    if q == "\"" { break }
                    if q == "\\", index < scalars.count, ["\"", "\\", "$", "`", "\n"].contains(scalars[index]) {
                        let escaped = next()!
                        if escaped != "\n" { current.append(escaped) }
                        continue
                    }
                    if q == "$" || q == "`" { expands = true }
                    current.append(q)
                }
            case "$", "`":
                begin()
                expands = true
                current.append(c)
            case ";", "|", "&", "<", ">":
                throw SyntaxError(
                    message: "'\(c)' is shell syntax, not part of a curl command: paste the curl command alone",
                    location: here())
            default:
                begin()
                current.append(c)
            }
        }
        endCommand()
        return commands
    }
}

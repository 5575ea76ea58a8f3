/// The column of a syntax error. JavaScriptCore's `SyntaxError` carries the line but no column
/// (run-time errors have both), so the column is found from the message: the token it quotes
/// (`Unexpected token ';'`, `Unexpected identifier 'b'`, `Unterminated regular expression
/// literal '/ab'`) is looked for on that line, and when
/// it occurs more than once, the first occurrence whose cut-off prefix of the source already
/// fails with the same message is the one the parser stopped at (a prefix ending before the
/// offending token parses, or fails only for its unexpected end). Runs only for a script that
/// does not parse.
enum SyntaxErrorColumn {
    /// The 1-based column (in UTF-16 units, as the engine counts) on `line` (1-based, of
    /// `source`) of what `message` names; for a message naming no token found there, the line's
    /// first non-blank character. `check` parses a text and returns its error, if any.
    static func find(in source: String, line: Int, message: String, check: (String) -> ScriptError?) -> Int? {
        let lines = Array(source.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let text = Array(lines[line - 1])
        let candidates = quotedToken(in: message).map { occurrences(of: Array($0.utf8), in: text) } ?? []
        let chosen: (start: Int, end: Int)?
        if candidates.count <= 1 {
            chosen = candidates.first
        } else {
            let before = lines[..<(line - 1)].map { String(decoding: $0, as: UTF8.self) + "\n" }.joined()
            chosen = candidates.first { candidate in
                let prefix = before + String(decoding: text[..<candidate.end], as: UTF8.self)
                guard let error = check(prefix) else { return false }
                return error.message == message && error.line == line
            } ?? candidates.first
        }
        let start = chosen?.start ?? (text.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? 0)
        return String(decoding: text[..<start], as: UTF8.self).utf16.count + 1
    }

    /// The text between the message's first pair of single quotes, where JavaScriptCore names
    /// what it met (`Unexpected token '}'. Expected ...`, `Unterminated string literal '"ab'`,
    /// `Cannot declare a let variable twice: 'x'.`).
    static func quotedToken(in message: String) -> String? {
        let rest = message[...]
        guard let open = rest.firstIndex(of: "'") else { return nil }
        let afterOpen = rest.index(after: open)
        guard let close = rest[afterOpen...].firstIndex(of: "'"), close > afterOpen else { return nil }
        return String(rest[afterOpen..<close])
    }

    /// Where `token` occurs in `text` (byte offsets); a word only where it is a whole word.
    private static func occurrences(of token: [UInt8], in text: [UInt8]) -> [(start: Int, end: Int)] {
        guard !token.isEmpty, token.count <= text.count else { return [] }
        let isWord = token.allSatisfy(isWordByte)
        var found: [(start: Int, end: Int)] = []
        for start in 0...(text.count - token.count) where text[start..<(start + token.count)].elementsEqual(token) {
            let end = start + token.count
            if isWord && ((start > 0 && isWordByte(text[start - 1])) || (end < text.count && isWordByte(text[end]))) { continue }
            found.append((start, end))
        }
        return found
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
            || byte >= 0x80
    }
}

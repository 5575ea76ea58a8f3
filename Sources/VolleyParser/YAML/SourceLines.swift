/// A YAML file's lines as libyaml counts them (CRLF is one break, columns count code points), to
/// find where a scalar's text starts: libyaml's mark for a node is where its anchor, tag, quote or
/// block indicator is, and a script's positions must map onto its first character instead.
///
/// Built only for a file that has scripts; other files never split their text. Only where each
/// line starts is found up front (a byte scan); a line becomes characters when one is asked
/// for, as a script's few are (splitting a whole file of a thousand scripted requests into
/// characters cost more than running its scripts' positions).
struct SourceLines {
    private let source: String
    /// The UTF-8 offset of each line's first byte, and one past the end.
    private let starts: [Int]

    init(_ source: String) {
        // A byte-order mark stays: libyaml (told the encoding) counts it as a column.
        self.source = source
        // Over the bytes in place: searching the generic UTF-8 view cost ~9k instructions a
        // scripted request's lines.
        var text = source
        starts = text.withUTF8 { bytes in
            var starts = [0]
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
            starts.append(bytes.count)
            return starts
        }
    }

    /// Line `number` (1-based), or nil past the end.
    func line(_ number: Int) -> [Unicode.Scalar]? {
        guard number >= 1 && number < starts.count else { return nil }
        let utf8 = source.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: starts[number - 1])
        let to = utf8.index(utf8.startIndex, offsetBy: starts[number])
        var line = Array(source.unicodeScalars[from..<to])
        if line.last == "\n" { line.removeLast() }
        if line.last == "\r" { line.removeLast() }
        return line
    }

    /// The first character of a node's own text at or after its mark (1-based): past an anchor
    /// (`&a`), a tag (`!!str`), blanks and comments between them, on this line or the next ones.
    /// The character tells the style: a quote, `|`, `>`, `*` for an alias, else a plain scalar.
    func contentStart(line: Int, column: Int) -> (line: Int, column: Int, character: Unicode.Scalar?) {
        var line = line
        var column = column
        while let text = self.line(line) {
            while column <= text.count, text[column - 1] == " " || text[column - 1] == "\t" { column += 1 }
            guard column <= text.count, text[column - 1] != "#" else {
                line += 1
                column = 1
                continue
            }
            let character = text[column - 1]
            guard character == "&" || character == "!" else { return (line, column, character) }
            while column <= text.count, text[column - 1] != " ", text[column - 1] != "\t" { column += 1 }
        }
        return (line, column, nil)
    }

    /// Where the text of a literal block scalar (`|`, `|-`, `|+`, `|2`) whose indicator is on
    /// `headerLine` starts: the next line, at the content's indentation plus one. `value` is the
    /// scalar's text, whose first non-empty line is the source line with the indentation removed,
    /// so the difference in length is the indentation, whether detected or given by an indicator.
    /// Compared as UTF-8 bytes (a line as characters cost ~18k instructions a script): the
    /// value's line starts at a character, so a byte suffix is a character suffix, and the
    /// indentation counts the characters (not continuation bytes) before it.
    func blockOrigin(headerLine: Int, value: String) -> (line: Int, column: Int) {
        let first = headerLine + 1
        var value = value
        var text = source
        let starts = starts
        return value.withUTF8 { value in
            text.withUTF8 { text in
                // The first non-empty line of the value, and how many empty ones come before it.
                var start = 0
                while start < value.count, value[start] == UInt8(ascii: "\n") { start += 1 }
                let offset = start
                var end = start
                while end < value.count, value[end] != UInt8(ascii: "\n") { end += 1 }
                let number = first + offset
                guard start < end, number >= 1 && number < starts.count else {
                    return (first, 1)  // no text: no position inside it will ever be asked for
                }
                let lineStart = starts[number - 1]
                var lineEnd = starts[number]
                if lineEnd > lineStart, text[lineEnd - 1] == UInt8(ascii: "\n") { lineEnd -= 1 }
                if lineEnd > lineStart, text[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                let length = end - start
                let contentStart = lineEnd - length
                guard contentStart >= lineStart,
                    (0..<length).allSatisfy({ text[contentStart + $0] == value[start + $0] })
                else {
                    var spaces = lineStart
                    while spaces < lineEnd, text[spaces] == UInt8(ascii: " ") { spaces += 1 }
                    return (first, spaces < lineEnd ? spaces - lineStart + 1 : 1)
                }
                let indentation = text[lineStart..<contentStart].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                return (first, indentation + 1)
            }
        }
    }
}

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
    /// The index of each line's first character, and one past the end.
    private let starts: [String.Index]

    init(_ source: String) {
        // A byte-order mark stays: libyaml (told the encoding) counts it as a column.
        self.source = source
        let utf8 = source.utf8
        var starts = [utf8.startIndex]
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        starts.append(utf8.endIndex)
        self.starts = starts
    }

    /// Line `number` (1-based), or nil past the end.
    func line(_ number: Int) -> [Unicode.Scalar]? {
        guard number >= 1 && number < starts.count else { return nil }
        var line = Array(source.unicodeScalars[starts[number - 1]..<starts[number]])
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
    func blockOrigin(headerLine: Int, value: String) -> (line: Int, column: Int) {
        let first = headerLine + 1
        // The first non-empty line of the value, and how many empty ones come before it.
        let bytes = value.utf8
        var offset = 0
        var start = bytes.startIndex
        while start < bytes.endIndex, bytes[start] == UInt8(ascii: "\n") {
            offset += 1
            start = bytes.index(after: start)
        }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        guard start < end, let source = line(first + offset) else {
            return (first, 1)  // no text: no position inside it will ever be asked for
        }
        let content = Array(value.unicodeScalars[start..<end])
        let indentation = source.count - content.count
        guard indentation >= 0, source.suffix(content.count).elementsEqual(content) else {
            return (first, (source.firstIndex { $0 != " " } ?? 0) + 1)
        }
        return (first, indentation + 1)
    }
}

/// A YAML file's lines as libyaml counts them (CRLF is one break, columns count code points), to
/// find where a scalar's text starts: libyaml's mark for a node is where its anchor, tag, quote or
/// block indicator is, and a script's positions must map onto its first character instead.
///
/// Built only for a file that has scripts; other files never split their text.
struct SourceLines {
    private let lines: [[Unicode.Scalar]]

    init(_ source: String) {
        // A byte-order mark stays: libyaml (told the encoding) counts it as a column.
        lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array(line.last == "\r" ? line.dropLast() : line)
        }
    }

    /// Line `number` (1-based), or nil past the end.
    func line(_ number: Int) -> [Unicode.Scalar]? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
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
        let valueLines = value.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard let offset = valueLines.firstIndex(where: { !$0.isEmpty }), let source = line(first + offset) else {
            return (first, 1)  // no text: no position inside it will ever be asked for
        }
        let content = valueLines[offset]
        let indentation = source.count - content.count
        guard indentation >= 0, source.suffix(content.count).elementsEqual(content) else {
            return (first, (source.firstIndex { $0 != " " } ?? 0) + 1)
        }
        return (first, indentation + 1)
    }
}

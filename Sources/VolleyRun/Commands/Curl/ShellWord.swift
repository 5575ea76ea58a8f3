/// One argument of a POSIX shell command line, built from literal text and references to
/// process variables (`$VOLLEY_SECRET_apikey`): literals go in single quotes, where nothing is
/// special, and each reference in double quotes, so it expands to one word whatever its value.
struct ShellWord: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case literal(String)
        case variable(String)
        /// A command substitution, written inside double quotes as it stands: `$(date +%s)`.
        case substitution(String)
    }

    var pieces: [Piece]

    init(_ pieces: [Piece]) { self.pieces = pieces }
    init(literal text: String) { pieces = [.literal(text)] }

    static func + (lhs: ShellWord, rhs: ShellWord) -> ShellWord { ShellWord(lhs.pieces + rhs.pieces) }

    var referencedVariables: [String] {
        pieces.compactMap { if case .variable(let name) = $0 { name } else { nil } }
    }

    /// Whether the shell fills in part of the word (a reference or a substitution).
    var hasVariables: Bool { pieces.contains { if case .literal = $0 { false } else { true } } }

    /// Whether a literal piece holds `text`.
    func literalsContain(_ text: String) -> Bool {
        pieces.contains { if case .literal(let part) = $0 { part.contains(text) } else { false } }
    }

    /// The literal text when there is no reference.
    var literalText: String? {
        var text = ""
        for piece in pieces {
            guard case .literal(let part) = piece else { return nil }
            text += part
        }
        return text
    }

    /// The word as the shell reads it: `'a b'"${X}"'c'`. A word of plain characters is written bare.
    var quoted: String {
        var out = ""
        var pendingLiteral = ""
        func flush() {
            guard !pendingLiteral.isEmpty else { return }
            out += Self.quote(pendingLiteral)
            pendingLiteral = ""
        }
        for piece in pieces {
            switch piece {
            case .literal(let text): pendingLiteral += text
            case .variable(let name):
                flush()
                out += "\"${\(name)}\""
            case .substitution(let command):
                flush()
                out += "\"\(command)\""
            }
        }
        flush()
        return out.isEmpty ? "''" : out
    }

    /// `it's` → `'it'\''s'`; bare when every character is one the shell never treats specially.
    static func quote(_ text: String) -> String {
        if !text.isEmpty, text.unicodeScalars.allSatisfy(isPlain) { return text }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/", ":", ",", "@", "%", "+", "=": true
        default: false
        }
    }
}

/// An error or warning about a collection or environment file, with the exact place it refers to.
public struct Diagnostic: Sendable, Hashable, Error {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
        /// Worth knowing, nothing to fix: a deliberate choice the reader may not have seen.
        case note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// False for a place that may hold a secret's value (an environment's `secrets:`): the
    /// rendering gives the position only, never the line.
    public var showsSourceLine = true

    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `file:line:column: error: message`, the compiler form editors and CI jump to.
    /// The message and the source line are printed with control characters escaped.
    public var headline: String { "\(location): \(severity.rawValue): \(OutputEscaping.terminal(message))" }

    /// The headline, the source line it points into, and a caret under the column.
    public func rendered(source: String?) -> String {
        guard showsSourceLine, let source, let full = Self.line(location.line, of: source) else { return headline }
        // A very long line (minified JSON) is shown as a window around the column.
        var line = full
        var column = location.column
        var lead = ""
        if full.count > Self.widestLine {
            let start = max(0, column - 1 - Self.widestLine / 2)
            let from = full.index(full.startIndex, offsetBy: min(start, full.count))
            let to = full.index(from, offsetBy: Self.widestLine, limitedBy: full.endIndex) ?? full.endIndex
            line = full[from..<to]
            if start > 0 { lead = "…"; column -= start - 1 }
            if to < full.endIndex { line = line + "…" }
        }
        let shown = lead + line
        // Tabs stay tabs so the caret lines up however the terminal renders them; an escaped
        // control character is as wide as its escape.
        let before = OutputEscaping.terminal(String(shown.prefix(max(0, column - 1))))
        let pad = String(before.map { $0 == "\t" ? "\t" : " " })
        return "\(headline)\n\(OutputEscaping.terminal(String(shown)))\n\(pad)^"
    }

    /// Source lines longer than this are cut to a window around the column.
    static let widestLine = 160

    static func line(_ number: Int, of source: String) -> Substring? {
        // "\r\n" is a single Character in Swift, so line ends are matched as either.
        func isLineEnd(_ c: Character) -> Bool { c == "\n" || c == "\r\n" }
        var current = 1
        var start = source.startIndex
        while current < number {
            guard let newline = source[start...].firstIndex(where: isLineEnd) else { return nil }
            start = source.index(after: newline)
            current += 1
        }
        let end = source[start...].firstIndex(where: isLineEnd) ?? source.endIndex
        return source[start..<end]
    }
}

/// One or more diagnostics: what a parse or validation throws.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

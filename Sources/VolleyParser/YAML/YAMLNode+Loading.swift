public import VolleyCore

extension YAMLNode {
    /// Parses a one-document YAML text into nodes, with aliases and `<<` merge keys resolved.
    /// Returns nil when the text holds no document at all (empty, or only comments).
    /// Throws every problem found, sorted by position: a syntax error stops at the first.
    public static func load(source: String, file: String) throws(DiagnosticList) -> YAMLNode? {
        let result = try YAMLComposer.compose(source: source, file: file)
        if !result.diagnostics.isEmpty { throw DiagnosticList(result.diagnostics.sortedByPosition()) }
        return result.root
    }
}

extension Array where Element == Diagnostic {
    /// By line and column, keeping the order of diagnostics at the same place.
    func sortedByPosition() -> [Diagnostic] {
        enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}

import VolleyCore

/// The lines of an environment file's top-level `secrets:` block, found in the text itself: a
/// YAML syntax error stops the parse before there is a tree to ask, and its source line may be a
/// pasted key. Diagnostics on these lines are rendered without their line.
struct SecretsBlock {
    private var lines: ClosedRange<Int>?

    init(in source: String) {
        var start: Int?
        var end = 0
        var number = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let topLevel = line.first.map { !$0.isWhitespace && $0 != "#" } ?? false
            if topLevel {
                if start != nil { break }
                if line.hasPrefix("secrets:") || line.hasPrefix("\"secrets\":") || line.hasPrefix("'secrets':") {
                    start = number
                }
            }
            if start != nil { end = number }
        }
        lines = start.map { $0...end }
    }

    /// `diagnostics` with the source line hidden for each one inside the block.
    func hidingLines(of diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard let lines else { return diagnostics }
        return diagnostics.map { diagnostic in
            var hidden = diagnostic
            if lines.contains(diagnostic.location.line) { hidden.showsSourceLine = false }
            return hidden
        }
    }
}

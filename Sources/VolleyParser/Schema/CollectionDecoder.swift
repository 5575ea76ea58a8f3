import VolleyCore

/// Reads the node tree of a collection or environment file into VolleyCore values.
///
/// Each `decode…` method reports what is wrong with its node and carries on, returning nil
/// only when there is no sensible value, so that one run lists every error in the file.
struct CollectionDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The file's text, to find where a script's first character is (`SourceLines`).
    let source: String
    /// Split from `source` at the first script, once.
    var sourceLines: SourceLines?
    /// Reads the files `scripts:` names.
    let scriptFiles: ScriptFileReader
    /// While a `parallel: true` list is decoded, where that is written: a second group inside is an error.
    var enclosingParallel: SourceLocation?

    init(file: String, source: String = "", scriptFiles: ScriptFileReader = .none) {
        self.file = file
        self.source = source
        self.scriptFiles = scriptFiles
    }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    /// Keeps the source lines of every diagnostic from `start` on out of the rendering.
    mutating func hideSourceLines(from start: Int) {
        for index in start..<diagnostics.count { diagnostics[index].showsSourceLine = false }
    }

    mutating func report(_ more: [Diagnostic]) {
        diagnostics += more
    }

    var startOfFile: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// The collected diagnostics, in file order, as the parse's error; nil when there were none.
    var failure: DiagnosticList? {
        diagnostics.isEmpty ? nil : DiagnosticList(diagnostics.sortedByPosition())
    }
}

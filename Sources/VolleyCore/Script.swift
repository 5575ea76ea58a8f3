/// A JavaScript script written under `scripts:` of a collection, folder or request (Postman's
/// pre-request and test scripts). Only text and positions: compiling and running it is
/// VolleyScript's work.
public struct Script: Sendable, Hashable {
    /// When it runs: `before` ahead of rendering and sending, `after` once the response, the
    /// assertions of `expect:` and the captures are in.
    public enum Phase: String, Sendable, Hashable {
        case before, after
    }

    /// Whose script it is; a request runs the collection's first, then its folders' from the
    /// outside in, then its own (as Postman does).
    public enum Level: Sendable, Hashable {
        case collection
        case folder(String)
        case request
    }

    public var phase: Phase
    public var level: Level
    /// The JavaScript text: the YAML scalar's content, or the whole of a `file:` script.
    public var source: String
    /// Where the source's first character is: in the YAML file for inline text, line 1 column 1
    /// of the `.js` file for `file:`. Line `n` (0-based) of `source` is at `origin.line + n`;
    /// for a block scalar, every line's columns are shifted by `origin.column - 1` (the
    /// indentation YAML strips), so positions from the engine map back to the YAML.
    public var origin: SourceLocation
    /// Where `before:` / `after:` is written, for messages about the script as a whole (a
    /// `file:` that cannot be read, say).
    public var declaredAt: SourceLocation
    /// Where each line of `source` starts, when its lines are not consecutive lines of the file:
    /// a Postman `exec` array, whose elements may share a line of the JSON, skip lines, or hold a
    /// `\n` of their own. Empty for YAML and `.js` scripts, whose lines follow `origin`.
    public var lineOrigins: [SourceLocation] = []

    public init(phase: Phase, level: Level, source: String, origin: SourceLocation, declaredAt: SourceLocation) {
        self.phase = phase
        self.level = level
        self.source = source
        self.origin = origin
        self.declaredAt = declaredAt
    }

    /// Maps a 1-based line and column in `source` to the position in the file the user edits.
    public func location(line: Int, column: Int) -> SourceLocation {
        if line >= 1, line <= lineOrigins.count {
            let start = lineOrigins[line - 1]
            return SourceLocation(file: start.file, line: start.line, column: start.column + max(column, 1) - 1)
        }
        let isFirstLine = line <= 1
        return SourceLocation(
            file: origin.file,
            line: origin.line + max(line, 1) - 1,
            column: isFirstLine ? origin.column + max(column, 1) - 1 : (origin.column - 1) + max(column, 1))
    }
}

public import VolleyRegex

/// A regular expression from a collection (`matches:`, a `regex:` capture or cursor), compiled
/// when the collection was loaded, so the run loop only matches. Equal when the texts are.
///
/// Matched by an automaton (`AutomatonRegex`), never by backtracking: a pattern from a shared
/// collection runs on a server's response, and `(a+)+c` on 35 bytes never finished under
/// Swift's backtracking `Regex` (nor could Ctrl-C stop it). Backreferences and lookaround,
/// which need backtracking, are refused at load.
public struct CompiledPattern: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pattern as shown in messages and reports; a redacted copy shows a masked text.
    public let text: String
    public let regex: AutomatonRegex

    /// Compiles `text`; the error says where in the pattern the problem is.
    public init(_ text: String) throws(RegexSyntaxError) {
        self.text = text
        self.regex = try AutomatonRegex(text)
    }

    private init(text: String, regex: AutomatonRegex) {
        self.text = text
        self.regex = regex
    }

    /// A pattern written in Swift source is the programmer's text, so an invalid one is a bug in
    /// that source (as a bad `/regex/` literal is), not a user error to report. Mind that
    /// `CompiledPattern("…")` with a literal argument is this initializer too (SE-0213).
    public init(stringLiteral text: String) {
        do {
            try self.init(text)
        } catch {
            preconditionFailure("invalid regular expression literal \(text): \(error)")
        }
    }

    /// The same compiled pattern shown as `text`: a report masks a secret without recompiling
    /// (a masked pattern need not even be a valid one).
    public func showing(_ text: String) -> CompiledPattern {
        text == self.text ? self : CompiledPattern(text: text, regex: regex)
    }

    /// Whether the pattern is found anywhere in `string`.
    public func isFound(in string: String) -> Bool { regex.isFound(in: string) }

    /// The same, or nil when `stopping` (asked now and then) said to stop: Ctrl-C during a match.
    public func isFound(in string: String, stopping: () -> Bool) -> Bool? { regex.isFound(in: string, stopping: stopping) }

    /// The text of the first group of the leftmost match, or of the whole match when the pattern
    /// has no group; `.some(nil)` when the group took no part in the match, nil when nothing matched.
    public func firstCapture(in string: String) -> String?? {
        guard let ranges = regex.firstMatch(in: string) else { return nil }
        let range = ranges.count > 1 ? ranges[1] : ranges[0]
        return .some(range.map { String(string[$0]) })
    }

    public var description: String { text }

    public static func == (lhs: CompiledPattern, rhs: CompiledPattern) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

/// A regular expression from a collection (`matches:`, a `regex:` capture or cursor), compiled
/// when the collection was loaded, so the run loop only matches. Equal when the texts are.
///
/// A class because `Regex<AnyRegexOutput>` is not `Sendable`. Sharing it is safe all the same:
/// the compiled program is built in `init`, held in a `let` and never mutated afterwards, and
/// matching reads it without writing (each match keeps its own state on the caller's stack).
public final class CompiledPattern: @unchecked Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pattern as shown in messages and reports; a redacted copy shows a masked text.
    public let text: String
    public let regex: Regex<AnyRegexOutput>

    /// Compiles `text`; the error is the standard library's, which the loader turns into a position.
    public init(_ text: String) throws {
        self.text = text
        self.regex = try Regex(text)
    }

    private init(text: String, regex: Regex<AnyRegexOutput>) {
        self.text = text
        self.regex = regex
    }

    /// A pattern written in Swift source is the programmer's text, so an invalid one is a bug in
    /// that source (as a bad `/regex/` literal is), not a user error to report. Mind that
    /// `CompiledPattern("…")` with a literal argument is this initializer too (SE-0213).
    public required convenience init(stringLiteral text: String) {
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

    public var description: String { text }

    public static func == (lhs: CompiledPattern, rhs: CompiledPattern) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

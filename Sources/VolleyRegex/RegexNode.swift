/// A parsed pattern, before it is compiled into the automaton's program.
indirect enum RegexNode: Sendable {
    case empty
    case set(ScalarSet)
    case concat([RegexNode])
    case alternate([RegexNode])
    /// `max` nil is unbounded; `greedy` false is the lazy `*?` family.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
    /// A capturing group has an index (1-based, in order of its opening parenthesis).
    case group(RegexNode, index: Int?)
    case assertion(RegexAssertion)
}

/// Zero-width tests between two scalars.
enum RegexAssertion: Sendable, Hashable {
    /// `\A` (and `^` without multi-line): the start of the text.
    case textStart
    /// `\z`: the very end.
    case textEnd
    /// `$` and `\Z`: the end, or before a final line break.
    case textEndOrFinalNewline
    /// `^`/`$` in multi-line mode (`(?m)`).
    case lineStart, lineEnd
    case wordBoundary, notWordBoundary

    func holds(previous: Unicode.Scalar?, next: Unicode.Scalar?, nextIsLast: Bool) -> Bool {
        switch self {
        case .textStart: return previous == nil
        case .textEnd: return next == nil
        case .textEndOrFinalNewline: return next == nil || (next == "\n" && nextIsLast)
        case .lineStart: return previous == nil || previous == "\n"
        case .lineEnd: return next == nil || next == "\n"
        case .wordBoundary, .notWordBoundary:
            let word = ScalarSet([.word])
            let before = previous.map(word.contains) ?? false
            let after = next.map(word.contains) ?? false
            return (before != after) == (self == .wordBoundary)
        }
    }
}

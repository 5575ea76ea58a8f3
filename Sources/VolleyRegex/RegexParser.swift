/// Reads the pattern syntax `matches:` and `regex:` have always taken (the common core of
/// Swift's, PCRE's and JavaScript's) into a `RegexNode`. What only a backtracking engine can
/// run (backreferences, lookaround, atomic groups, possessive quantifiers) is refused with a
/// message, not silently matched differently.
struct RegexParser {
    private let scalars: [Unicode.Scalar]
    private var pos = 0
    private var groupCount = 0
    private var depth = 0
    private var flags = Flags()

    struct Flags {
        var caseInsensitive = false
        var dotAll = false
        var multiline = false
    }

    /// A counted repetition larger than this would make the program huge (`(a{1000}){1000}`).
    static let maxRepeat = 1000

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    /// The pattern and how many capturing groups it has.
    static func parse(_ pattern: String) throws(RegexSyntaxError) -> (RegexNode, groups: Int) {
        var parser = RegexParser(pattern)
        let node = try parser.alternation()
        if parser.pos < parser.scalars.count { throw parser.error("unmatched ')'") }
        return (node, parser.groupCount)
    }

    private var peek: Unicode.Scalar? { pos < scalars.count ? scalars[pos] : nil }

    private func peek(_ ahead: Int) -> Unicode.Scalar? { pos + ahead < scalars.count ? scalars[pos + ahead] : nil }

    func error(_ message: String, at position: Int? = nil) -> RegexSyntaxError {
        let at = min(position ?? pos, scalars.count)
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[..<at])
        return RegexSyntaxError(message: message, offset: String(prefix).count)
    }

    private mutating func alternation() throws(RegexSyntaxError) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw error("groups nested too deeply") }
        var branches = [try sequence()]
        while peek == "|" {
            pos += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func sequence() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let c = peek, c != "|", c != ")" {
            let start = pos
            guard let atom = try atom() else { continue }
            items.append(try quantified(atom, start: start))
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .concat(items))
    }

    private mutating func quantified(_ atom: RegexNode, start: Int) throws(RegexSyntaxError) -> RegexNode {
        var node = atom
        while let c = peek {
            let bounds: (Int, Int?)
            switch c {
            case "*": bounds = (0, nil); pos += 1
            case "+": bounds = (1, nil); pos += 1
            case "?": bounds = (0, 1); pos += 1
            case "{":
                guard let counted = try countedBounds() else { return node }
                bounds = counted
            default: return node
            }
            if case .assertion = atom { throw error("a quantifier needs something to repeat", at: start) }
            var greedy = true
            if peek == "?" { greedy = false; pos += 1 }
            else if peek == "+" { throw error("possessive quantifiers need backtracking control, which Volley's matcher does not have; drop the '+'") }
            node = .repetition(node, min: bounds.0, max: bounds.1, greedy: greedy)
        }
        return node
    }

    /// `{n}`, `{n,}`, `{n,m}`; nil (and nothing read) when the brace is a literal one.
    private mutating func countedBounds() throws(RegexSyntaxError) -> (Int, Int?)? {
        let start = pos
        pos += 1
        func number(_ parser: inout RegexParser) -> Int? {
            var value: Int?
            while let c = parser.peek, ("0"..."9").contains(c) {
                value = min((value ?? 0) * 10 + Int(c.value - 48), 1_000_000)
                parser.pos += 1
            }
            return value
        }
        guard let low = number(&self) else { pos = start; return nil }
        var high: Int? = low
        if peek == "," {
            pos += 1
            high = number(&self)
        }
        guard peek == "}" else { pos = start; return nil }
        pos += 1
        if let high, high < low { throw error("the quantifier's range is backwards", at: start) }
        if max(low, high ?? 0) > Self.maxRepeat { throw error("a counted repetition may be at most \(Self.maxRepeat)", at: start) }
        return (low, high)
    }

    /// One atom; nil for an inline flag group (`(?i)`), which changes what follows.
    private mutating func atom() throws(RegexSyntaxError) -> RegexNode? {
        guard let c = peek else { throw error("unexpected end of pattern") }
        let start = pos
        pos += 1
        switch c {
        case "(": return try group(start: start)
        case ".": return .set(ScalarSet([flags.dotAll ? .any : .notLineEnd]))
        case "^": return .assertion(flags.multiline ? .lineStart : .textStart)
        case "$": return .assertion(flags.multiline ? .lineEnd : .textEndOrFinalNewline)
        case "[": return .set(try characterClass(start: start))
        case "\\": return try escape(inClass: false)
        case "*", "+", "?": throw error("'\(c)' has nothing to repeat", at: start)
        default:
            if c == "{", let _ = try? countedBoundsAhead() { throw error("'{' has nothing to repeat", at: start) }
            return .set(.literal(c, caseInsensitive: flags.caseInsensitive))
        }
    }

    private func countedBoundsAhead() throws(RegexSyntaxError) -> (Int, Int?)? {
        var copy = self
        copy.pos -= 1
        return try copy.countedBounds()
    }

    private mutating func group(start: Int) throws(RegexSyntaxError) -> RegexNode? {
        var index: Int?
        let saved = flags
        if peek == "?" {
            pos += 1
            switch peek {
            case ":": pos += 1
            case "=", "!": throw error("lookahead needs a backtracking matcher, which Volley does not run on responses", at: start)
            case ">": throw error("atomic groups need a backtracking matcher, which Volley does not run on responses", at: start)
            case "<" where peek(1) == "=" || peek(1) == "!":
                throw error("lookbehind needs a backtracking matcher, which Volley does not run on responses", at: start)
            case "<", "P", "'":
                if peek == "P" { pos += 1 }
                let close: Unicode.Scalar = peek == "'" ? "'" : ">"
                pos += 1
                while let c = peek, c != close {
                    guard c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) else {
                        throw error("invalid group name")
                    }
                    pos += 1
                }
                guard peek == close else { throw error("unclosed group name") }
                pos += 1
                groupCount += 1
                index = groupCount
            default:
                // Inline flags: `(?i)`, `(?s-i)`, `(?im:...)`.
                var on = true
                while let c = peek, c != ")", c != ":" {
                    switch c {
                    case "i": flags.caseInsensitive = on
                    case "s": flags.dotAll = on
                    case "m": flags.multiline = on
                    case "-": on = false
                    default: throw error("unknown group flag '\(c)' (known: i, s, m)")
                    }
                    pos += 1
                }
                guard let c = peek else { throw error("unclosed group", at: start) }
                pos += 1
                // `(?i)` sets the flags for the rest of the enclosing group.
                if c == ")" { return nil }
            }
        } else {
            groupCount += 1
            index = groupCount
        }
        let inner = try alternation()
        guard peek == ")" else { throw error("unclosed group (add ')')", at: start) }
        pos += 1
        flags = saved
        return .group(inner, index: index)
    }

    private mutating func escape(inClass: Bool) throws(RegexSyntaxError) -> RegexNode {
        let start = pos - 1
        guard let c = peek else { throw error("a pattern cannot end with '\\'", at: start) }
        pos += 1
        let ci = flags.caseInsensitive
        func set(_ item: ScalarSet.Item, negated: Bool = false) -> RegexNode { .set(ScalarSet([item], negated: negated)) }
        switch c {
        case "d": return set(.digit)
        case "D": return set(.digit, negated: true)
        case "w": return set(.word)
        case "W": return set(.word, negated: true)
        case "s": return set(.space)
        case "S": return set(.space, negated: true)
        case "p", "P": return set(.category(try categoryName()), negated: c == "P")
        case "n": return .set(.literal("\n", caseInsensitive: false))
        case "r": return .set(.literal("\r", caseInsensitive: false))
        case "t": return .set(.literal("\t", caseInsensitive: false))
        case "f": return .set(.literal("\u{0C}", caseInsensitive: false))
        case "v": return .set(.literal("\u{0B}", caseInsensitive: false))
        case "e": return .set(.literal("\u{1B}", caseInsensitive: false))
        case "0": return .set(.literal("\0", caseInsensitive: false))
        case "x", "u": return .set(.literal(try hexScalar(braced: c == "x" ? 2 : 4), caseInsensitive: ci))
        case "b" where inClass: return .set(.literal("\u{08}", caseInsensitive: false))
        case "A" where !inClass: return .assertion(.textStart)
        case "z" where !inClass: return .assertion(.textEnd)
        case "Z" where !inClass: return .assertion(.textEndOrFinalNewline)
        case "b" where !inClass: return .assertion(.wordBoundary)
        case "B" where !inClass: return .assertion(.notWordBoundary)
        case "1"..."9", "k", "g":
            throw error("backreferences need a backtracking matcher, which Volley does not run on responses", at: start)
        default:
            guard !c.properties.isAlphabetic, !("0"..."9").contains(c) else {
                throw error("unknown escape '\\\(c)'", at: start)
            }
            return .set(.literal(c, caseInsensitive: ci))
        }
    }

    /// `\xhh`, `\uhhhh`, or braced `\x{…}` / `\u{…}`.
    private mutating func hexScalar(braced digits: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        let start = pos - 2
        var text = ""
        if peek == "{" {
            pos += 1
            while let c = peek, c != "}" { text.unicodeScalars.append(c); pos += 1 }
            guard peek == "}" else { throw error("unclosed '{' in an escape", at: start) }
            pos += 1
        } else {
            for _ in 0..<digits {
                guard let c = peek else { break }
                text.unicodeScalars.append(c)
                pos += 1
            }
        }
        guard !text.isEmpty, text.count <= 8, let value = UInt32(text, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw error("invalid hexadecimal escape", at: start)
        }
        return scalar
    }

    /// `{Lu}` after `\p`: a general category by its short name.
    private mutating func categoryName() throws(RegexSyntaxError) -> String {
        let start = pos - 2
        guard peek == "{" else { throw error("'\\p' needs a category in braces, like \\p{L}", at: start) }
        pos += 1
        var name = ""
        while let c = peek, c != "}" { name.unicodeScalars.append(c); pos += 1 }
        guard peek == "}" else { throw error("unclosed '{' after '\\p'", at: start) }
        pos += 1
        let categories: [Character: String] = [
            "L": "lmotu", "M": "cen", "N": "dlo", "P": "cdefios", "Z": "lps", "S": "ckmo", "C": "cfno",
        ]
        guard let major = name.first, let minors = categories[major], name.count <= 2,
            name.count == 1 || minors.contains(name.last!)
        else { throw error("unknown Unicode category '\(name)' (use L, Lu, Nd, …)", at: start) }
        return name
    }

    private mutating func characterClass(start: Int) throws(RegexSyntaxError) -> ScalarSet {
        var set = ScalarSet([], caseInsensitive: flags.caseInsensitive)
        if peek == "^" { set.negated = true; pos += 1 }
        var first = true
        while true {
            guard let c = peek else { throw error("unclosed '[' (add ']')", at: start) }
            if c == "]", !first { pos += 1; return set }
            first = false
            if c == "[", peek(1) == ":" { throw error("POSIX classes ([:alpha:]) are not supported; use \\p{L}, \\d, \\s") }
            if c == "&", peek(1) == "&" { throw error("class intersection ('&&') is not supported") }
            let itemStart = pos
            let low = try classMember()
            if peek == "-", let after = peek(1), after != "]" {
                pos += 1
                let high = try classMember()
                guard case .range(let lo, let loEnd)? = low, lo == loEnd, case .range(let hi, let hiEnd)? = high, hi == hiEnd
                else { throw error("a range in a class must go between two characters", at: itemStart) }
                guard lo <= hi else { throw error("the range in this class is backwards", at: itemStart) }
                set.items.append(.range(lo, hi))
            } else if let low {
                set.items.append(low)
            }
        }
    }

    /// One member of a class: a character, or an escape like `\d`.
    private mutating func classMember() throws(RegexSyntaxError) -> ScalarSet.Item? {
        guard let c = peek else { throw error("unclosed '['") }
        pos += 1
        guard c == "\\" else { return .range(c.value, c.value) }
        guard case .set(let inner) = try escape(inClass: true) else { return nil }
        if !inner.negated, inner.items.count == 1, case .range = inner.items[0] { return inner.items[0] }
        return .set(ScalarSet(inner.items, negated: inner.negated))
    }
}

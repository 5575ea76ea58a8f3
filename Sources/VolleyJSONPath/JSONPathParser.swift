/// A recursive-descent parser for the RFC 9535 grammar (§2 and its collected ABNF in Appendix A).
///
/// It reads Unicode scalars, as the ABNF is written, and checks function typing (§2.4.3) while
/// parsing, so an ill-typed query is reported at the argument that is wrong.
/// Nesting of filters and parentheses is bounded, so a hostile expression cannot exhaust the stack.
struct JSONPathParser {
    static let maxNesting = 128

    let scalars: [Unicode.Scalar]
    var pos = 0
    var nesting = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func parseQuery() throws(JSONPathSyntaxError) -> PathQuery {
        guard peek == "$" else {
            if scalars.isEmpty { throw error("empty query; a JSONPath query starts with '$'") }
            throw Self.isBlank(scalars[0])
                ? error("whitespace is not allowed before '$'")
                : unexpected("a JSONPath query must start with '$'")
        }
        pos += 1
        let query = PathQuery(isAbsolute: true, segments: try parseSegments())
        if pos < scalars.count {
            throw Self.isBlank(scalars[pos])
                ? error("whitespace is not allowed at the end of a query")
                : unexpected("expected '.', '..' or '[' to start a segment")
        }
        return query
    }

    /// `*(S segment)`: blanks are only consumed when a segment follows them, so that the caller
    /// sees blanks before `==` or `)` and trailing blanks are reported where they are.
    mutating func parseSegments() throws(JSONPathSyntaxError) -> [Segment] {
        var segments: [Segment] = []
        while true {
            let start = pos
            skipBlanks()
            switch peek {
            case "[":
                segments.append(Segment(isDescendant: false, selectors: try parseBracketedSelection()))
            case "." where peek(at: pos + 1) == ".":
                pos += 2
                segments.append(Segment(isDescendant: true, selectors: try parseDescendantSelection()))
            case ".":
                pos += 1
                if peek == "*" {
                    pos += 1
                    segments.append(Segment(isDescendant: false, selectors: [.wildcard]))
                } else if let name = parseMemberNameShorthand() {
                    segments.append(Segment(isDescendant: false, selectors: [.name(name)]))
                } else {
                    throw peek.map(Self.isBlank) == true
                        ? error("whitespace is not allowed after '.'")
                        : unexpected("expected a member name or '*' after '.'")
                }
            default:
                pos = start
                return segments
            }
        }
    }

    private mutating func parseDescendantSelection() throws(JSONPathSyntaxError) -> [Selector] {
        switch peek {
        case "[": return try parseBracketedSelection()
        case "*":
            pos += 1
            return [.wildcard]
        default:
            guard let name = parseMemberNameShorthand() else {
                throw unexpected("expected a member name, '*' or '[' after '..'")
            }
            return [.name(name)]
        }
    }

    /// `"[" S selector *(S "," S selector) S "]"`
    private mutating func parseBracketedSelection() throws(JSONPathSyntaxError) -> [Selector] {
        let open = pos
        pos += 1
        var selectors: [Selector] = []
        while true {
            skipBlanks()
            selectors.append(try parseSelector())
            skipBlanks()
            switch peek {
            case ",": pos += 1
            case "]":
                pos += 1
                return selectors
            case nil: throw error("missing ']' to close the '[' at column \(open + 1)")
            default: throw unexpected("expected ',' or ']' after a selector")
            }
        }
    }

    private mutating func parseSelector() throws(JSONPathSyntaxError) -> Selector {
        switch peek {
        case "'", "\"":
            return .name(try parseStringLiteral())
        case "*":
            pos += 1
            return .wildcard
        case "?":
            pos += 1
            skipBlanks()
            return .filter(try parseFilterCondition())
        case ":", "-", .some("0"..."9"):
            return try parseIndexOrSlice()
        case nil:
            throw error("unexpected end of the query; expected a selector")
        default:
            throw unexpected("expected a selector: a quoted name, '*', an index, a slice or a '?' filter")
        }
    }

    /// `index-selector` or `slice-selector = [start S] ":" S [end S] [":" [S step]]`.
    private mutating func parseIndexOrSlice() throws(JSONPathSyntaxError) -> Selector {
        let start = isIntegerStart ? try parseInteger() : nil
        skipBlanks()
        guard peek == ":" else {
            guard let start else { throw unexpected("expected an index or a slice") }
            return .index(start)
        }
        pos += 1
        skipBlanks()
        let end = isIntegerStart ? try parseInteger() : nil
        skipBlanks()
        var step: Int? = nil
        if peek == ":" {
            pos += 1
            skipBlanks()
            step = isIntegerStart ? try parseInteger() : nil
        }
        return .slice(start: start, end: end, step: step)
    }

    /// `member-name-shorthand`: a letter, `_` or non-ASCII character, then those or digits.
    private mutating func parseMemberNameShorthand() -> String? {
        guard let first = peek, Self.isNameFirst(first) else { return nil }
        var name = String.UnicodeScalarView()
        name.append(first)
        pos += 1
        while let next = peek, Self.isNameFirst(next) || ("0"..."9").contains(next) {
            name.append(next)
            pos += 1
        }
        return String(name)
    }

    static func isNameFirst(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" || c.value >= 0x80
    }

    // MARK: Scanning helpers

    var peek: Unicode.Scalar? { pos < scalars.count ? scalars[pos] : nil }

    func peek(at index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// Whether the next characters are `text`; does not consume them.
    func lookingAt(_ text: String) -> Bool {
        var index = pos
        for scalar in text.unicodeScalars {
            guard peek(at: index) == scalar else { return false }
            index += 1
        }
        return true
    }

    static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r"
    }

    mutating func skipBlanks() {
        while let c = peek, Self.isBlank(c) { pos += 1 }
    }

    /// An error at a scalar offset, reported as a Character offset so carets line up.
    func error(_ message: String, at offset: Int? = nil) -> JSONPathSyntaxError {
        let scalarOffset = min(offset ?? pos, scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<scalarOffset])
        return JSONPathSyntaxError(message: message, offset: String(view).count)
    }

    /// "unexpected 'x'; <expectation>", or the end of the query.
    func unexpected(_ expectation: String) -> JSONPathSyntaxError {
        guard let c = peek else { return error("unexpected end of the query; \(expectation)") }
        let shown: String
        switch c {
        case " ": shown = "space"
        case "\t": shown = "tab"
        case "\n": shown = "newline"
        case "\r": shown = "carriage return"
        case _ where c.value < 0x20: shown = "control character U+\(hex4(c.value))"
        default: shown = "'\(c)'"
        }
        return error("unexpected \(shown); \(expectation)")
    }

    func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

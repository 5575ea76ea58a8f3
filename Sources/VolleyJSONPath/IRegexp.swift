/// I-Regexp (RFC 9485), the interoperable regular expressions that `match()` and `search()` take,
/// translated into the syntax `AutomatonRegex` reads.
///
/// The translation parses the I-Regexp grammar strictly (anything outside it, such as `\d`,
/// lazy quantifiers or backreferences, is not an I-Regexp) and spells every literal character as
/// `\u{…}`, so the richer syntax `AutomatonRegex` also reads for `matches:` (`\d`, escapes,
/// classes) never gets a say. `.` becomes `[^\n\r]`, as RFC 9485 §5.3 defines it. The
/// automaton matches on Unicode scalars, the code points I-Regexp is defined on.
enum IRegexp {
    /// `AutomatonRegex` syntax for `pattern`, or nil when `pattern` is not a valid I-Regexp.
    static func translate(_ pattern: String) -> String? {
        var translator = Translator(Array(pattern.unicodeScalars))
        guard let out = translator.regexp(), translator.pos == translator.scalars.count else { return nil }
        return out
    }

    private struct Translator {
        let scalars: [Unicode.Scalar]
        var pos = 0
        var depth = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var peek: Unicode.Scalar? { pos < scalars.count ? scalars[pos] : nil }

        /// `i-regexp = branch *("|" branch)`
        mutating func regexp() -> String? {
            guard depth < 100 else { return nil }
            depth += 1
            defer { depth -= 1 }
            guard var out = branch() else { return nil }
            while peek == "|" {
                pos += 1
                guard let next = branch() else { return nil }
                out += "|" + next
            }
            return out
        }

        /// `branch = *piece`, `piece = atom [quantifier]`
        mutating func branch() -> String? {
            var out = ""
            while let c = peek, c != "|", c != ")" {
                guard let atom = atom() else { return nil }
                out += atom
                guard let quantifier = quantifier() else { return nil }
                out += quantifier
            }
            return out
        }

        /// An optional quantifier: "" when there is none, nil when it is malformed.
        mutating func quantifier() -> String? {
            switch peek {
            case "*", "+", "?":
                pos += 1
                return String(scalars[pos - 1])
            case "{":
                pos += 1
                guard let low = digits() else { return nil }
                var out = "{" + low
                if peek == "," {
                    pos += 1
                    out += ","
                    if let high = digits() {
                        guard Int(high) ?? .max >= Int(low) ?? .max else { return nil }
                        out += high
                    }
                }
                guard peek == "}" else { return nil }
                pos += 1
                return out + "}"
            default:
                return ""
            }
        }

        mutating func digits() -> String? {
            var out = ""
            while let c = peek, ("0"..."9").contains(c) {
                out.unicodeScalars.append(c)
                pos += 1
            }
            return out.isEmpty ? nil : out
        }

        /// `atom = NormalChar / charClass / "(" i-regexp ")"`
        mutating func atom() -> String? {
            guard let c = peek else { return nil }
            switch c {
            case "(":
                pos += 1
                guard let inner = regexp(), peek == ")" else { return nil }
                pos += 1
                return "(?:" + inner + ")"
            case ".":
                pos += 1
                return #"[^\n\r]"#
            case "^", "$":
                // The RFC 9485 grammar lists these as ordinary characters, but the JSONPath
                // compliance suite (like every regex engine the RFC maps to) treats them as
                // anchors; a `match` is anchored anyway, so this matters for `search`.
                pos += 1
                return c == "^" ? #"\A"# : #"\z"#
            case "[":
                return characterClass()
            case "\\":
                return escape()?.text
            case ")", "*", "+", "?", "]", "{", "}", "|":
                return nil
            default:
                pos += 1
                return Self.literal(c)
            }
        }

        /// A translated escape, and the single character it stands for when it is one (for ranges).
        mutating func escape() -> (text: String, scalar: Unicode.Scalar?)? {
            pos += 1
            guard let c = peek else { return nil }
            pos += 1
            switch c {
            case "(", ")", "*", "+", "-", ".", "?", "[", "\\", "]", "^", "{", "|", "}":
                return (Self.literal(c), c)
            case "n": return (Self.literal("\n"), "\n")
            case "r": return (Self.literal("\r"), "\r")
            case "t": return (Self.literal("\t"), "\t")
            case "p", "P":
                guard let property = categoryProperty() else { return nil }
                return ("\\\(c){\(property)}", nil)
            default:
                return nil
            }
        }

        /// `"{" IsCategory "}"` after `\p` or `\P`: a general category or one of its subsets. The
        /// name is checked by `AutomatonRegex`, which knows the same categories.
        mutating func categoryProperty() -> String? {
            guard peek == "{" else { return nil }
            pos += 1
            var name = ""
            while let c = peek, c != "}" {
                name.unicodeScalars.append(c)
                pos += 1
            }
            guard peek == "}", !name.isEmpty, name.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) })
            else { return nil }
            pos += 1
            return name
        }

        /// `charClassExpr = "[" ["^"] ("-" / CCE1) *CCE1 ["-"] "]"`
        mutating func characterClass() -> String? {
            pos += 1
            var out = "["
            if peek == "^" {
                pos += 1
                out += "^"
            }
            var isFirst = true
            while true {
                guard let c = peek else { return nil }
                if c == "]", !isFirst {
                    pos += 1
                    return out + "]"
                }
                if c == "-" {
                    // A literal '-' only first or last.
                    let isLast = pos + 1 < scalars.count && scalars[pos + 1] == "]"
                    guard isFirst || isLast else { return nil }
                    pos += 1
                    out += Self.literal("-")
                    isFirst = false
                    continue
                }
                guard let (text, low) = classCharacter() else { return nil }
                isFirst = false
                // A range needs a '-' followed by something other than the closing ']'.
                if peek == "-", pos + 1 < scalars.count, scalars[pos + 1] != "]" {
                    guard let low else { return nil }
                    pos += 1
                    guard let (highText, high) = classCharacter(), let high, low.value <= high.value else { return nil }
                    out += text + "-" + highText
                } else {
                    out += text
                }
            }
        }

        /// `CCchar` or `charClassEsc` inside a class.
        mutating func classCharacter() -> (String, Unicode.Scalar?)? {
            guard let c = peek else { return nil }
            switch c {
            case "\\":
                guard let escaped = escape() else { return nil }
                return (escaped.text, escaped.scalar)
            case "[", "]", "-":
                return nil
            default:
                pos += 1
                return (Self.literal(c), c)
            }
        }

        /// A character that means only itself in the automaton's syntax, in or out of a class.
        static func literal(_ c: Unicode.Scalar) -> String {
            if ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) {
                return String(c)
            }
            return "\\u{" + String(c.value, radix: 16) + "}"
        }
    }
}

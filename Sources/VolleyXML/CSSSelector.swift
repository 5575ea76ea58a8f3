/// A CSS selector for `expect: css:` translated into the XPath 1.0 that libxml2 runs, so CSS
/// checks share XPath's parsing and results. The subset: type (`div`, `*`), `#id`, `.class`,
/// `[attr]`, `[attr=value]` (value bare or quoted), `:first-child`, `:last-child`,
/// `:nth-child(n)`, the descendant (space) and child (`>`) combinators, and `,` between
/// selectors. Anything else is refused with the offset where it starts, at load.
public enum CSSSelector {
    public struct SyntaxError: Error, Sendable, Equatable {
        public var message: String
        /// Offset in characters from the start of the selector.
        public var offset: Int
    }

    /// The XPath selecting what `selector` selects, in document order.
    public static func xpath(for selector: String) throws(SyntaxError) -> String {
        var scanner = Scanner(Array(selector.unicodeScalars))
        var alternatives: [String] = []
        repeat {
            alternatives.append(try scanner.complex())
        } while scanner.take(",")
        scanner.skipSpaces()
        if let scalar = scanner.peek {
            throw SyntaxError(message: "unexpected '\(scalar)'", offset: scanner.index)
        }
        return alternatives.joined(separator: " | ")
    }

    /// Reads the selector one scalar at a time; `index` is the character offset errors report.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            skipSpaces()
            guard peek == scalar else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() {
            while let scalar = peek, scalar.properties.isWhitespace { index += 1 }
        }

        /// Compound selectors joined by combinators: `div.item > a`.
        mutating func complex() throws(SyntaxError) -> String {
            skipSpaces()
            var path = "//" + (try compound())
            while true {
                let before = index
                skipSpaces()
                guard let next = peek, next != "," else { return path }
                if next == ">" {
                    index += 1
                    skipSpaces()
                    path += "/" + (try compound())
                } else if next == "+" || next == "~" {
                    throw SyntaxError(message: "the '\(next)' combinator is not supported (use ' ' or '>')", offset: index)
                } else if index > before {
                    path += "//" + (try compound())
                } else {
                    throw SyntaxError(message: "unexpected '\(next)'", offset: index)
                }
            }
        }

        /// `div#main.item[href]:first-child`: a type (or `*`, or none) and its conditions.
        mutating func compound() throws(SyntaxError) -> String {
            let start = index
            var step = "*"
            if peek == "*" {
                index += 1
            } else if let name = identifier() {
                step = name.lowercased()
            }
            var conditions: [String] = []
            while let scalar = peek {
                switch scalar {
                case "#":
                    index += 1
                    conditions.append("@id=" + (try literal(try required(identifier(), "an id after '#'"))))
                case ".":
                    index += 1
                    let name = try required(identifier(), "a class name after '.'")
                    conditions.append("contains(concat(' ', normalize-space(@class), ' '), \(try literal(" \(name) ")))")
                case "[":
                    conditions.append(try attribute())
                case ":":
                    conditions.append(try pseudoClass())
                default:
                    guard index > start else {
                        throw SyntaxError(message: "expected a selector, found '\(scalar)'", offset: index)
                    }
                    return step + conditions.map { "[\($0)]" }.joined()
                }
            }
            guard index > start else { throw SyntaxError(message: "expected a selector", offset: index) }
            return step + conditions.map { "[\($0)]" }.joined()
        }

        /// `[attr]` or `[attr=value]`; other operators (`~=`, `^=` …) are refused.
        mutating func attribute() throws(SyntaxError) -> String {
            index += 1  // [
            skipSpaces()
            let name = try required(identifier(), "an attribute name after '['").lowercased()
            skipSpaces()
            if peek == "]" {
                index += 1
                return "@" + name
            }
            guard peek == "=" else {
                let found = peek.map { "'\($0)'" } ?? "the end"
                throw SyntaxError(message: "only [attr] and [attr=value] are supported, found \(found)", offset: index)
            }
            index += 1
            skipSpaces()
            let value: String
            if let quote = peek, quote == "\"" || quote == "'" {
                let open = index
                index += 1
                var text = ""
                while let scalar = peek, scalar != quote {
                    if scalar == "\\" { throw SyntaxError(message: "escapes in strings are not supported", offset: index) }
                    text.unicodeScalars.append(scalar)
                    index += 1
                }
                guard peek == quote else { throw SyntaxError(message: "unclosed string", offset: open) }
                index += 1
                value = text
            } else {
                value = try required(identifier(), "a value after '='")
            }
            skipSpaces()
            guard peek == "]" else { throw SyntaxError(message: "expected ']'", offset: index) }
            index += 1
            return "@\(name)=" + (try literal(value))
        }

        mutating func pseudoClass() throws(SyntaxError) -> String {
            let start = index
            index += 1  // :
            let name = try required(identifier(), "a pseudo-class after ':'").lowercased()
            switch name {
            case "first-child": return "not(preceding-sibling::*)"
            case "last-child": return "not(following-sibling::*)"
            case "nth-child":
                guard peek == "(" else { throw SyntaxError(message: "expected '(' after ':nth-child'", offset: index) }
                index += 1
                skipSpaces()
                let digitsStart = index
                var n = 0
                while let scalar = peek, ("0"..."9").contains(scalar) {
                    let digit = Int(scalar.value - 48)
                    guard n < 1_000_000 else { throw SyntaxError(message: "the position is too large", offset: digitsStart) }
                    n = n * 10 + digit
                    index += 1
                }
                guard index > digitsStart, n >= 1 else {
                    throw SyntaxError(message: ":nth-child takes a position from 1 (an+b, odd and even are not supported)", offset: digitsStart)
                }
                skipSpaces()
                guard peek == ")" else {
                    throw SyntaxError(message: ":nth-child takes a position from 1 (an+b, odd and even are not supported)", offset: digitsStart)
                }
                index += 1
                return "count(preceding-sibling::*)=\(n - 1)"
            default:
                throw SyntaxError(
                    message: "the pseudo-class ':\(name)' is not supported (:first-child, :last-child, :nth-child(n) are)",
                    offset: start)
            }
        }

        /// A CSS name: letters, digits, `-`, `_` and anything beyond ASCII, not starting with a digit.
        mutating func identifier() -> String? {
            var name = ""
            while let scalar = peek {
                let ascii = scalar.isASCII
                let allowed = !ascii || scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic
                    || (!name.isEmpty && ("0"..."9").contains(scalar))
                guard allowed else { break }
                name.unicodeScalars.append(scalar)
                index += 1
            }
            return name.isEmpty ? nil : name
        }

        func required(_ value: String?, _ what: String) throws(SyntaxError) -> String {
            guard let value else {
                let found = peek.map { "'\($0)'" } ?? "the end"
                throw SyntaxError(message: "expected \(what), found \(found)", offset: index)
            }
            return value
        }

        /// An XPath string literal; XPath 1.0 has no escapes, so a value with both quotes is refused.
        func literal(_ value: String) throws(SyntaxError) -> String {
            if !value.contains("'") { return "'\(value)'" }
            if !value.contains("\"") { return "\"\(value)\"" }
            throw SyntaxError(message: "a value with both ' and \" is not supported", offset: index)
        }
    }
}

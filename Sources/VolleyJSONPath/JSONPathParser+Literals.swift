import VolleyJSON

/// Tokens that carry values: string literals, integers for indexes and slices, number literals.
extension JSONPathParser {
    /// I-JSON's exact integer range (RFC 7493 §2.2), which RFC 9535 requires of indexes and slices.
    static let maxExactInteger = (1 << 53) - 1

    var isIntegerStart: Bool {
        guard let c = peek else { return false }
        return c == "-" || ("0"..."9").contains(c)
    }

    /// `int = "0" / (["-"] DIGIT1 *DIGIT)`, within ±(2^53 − 1).
    mutating func parseInteger() throws(JSONPathSyntaxError) -> Int {
        let start = pos
        let negative = peek == "-"
        if negative { pos += 1 }
        guard let first = peek, ("0"..."9").contains(first) else {
            throw unexpected("expected a digit")
        }
        if first == "0" {
            if negative { throw error("'-0' is not a valid integer here; write 0", at: start) }
            if let next = peek(at: pos + 1), ("0"..."9").contains(next) {
                throw error("leading zeros are not allowed in integers", at: start)
            }
            pos += 1
            return 0
        }
        var magnitude = 0
        while let c = peek, ("0"..."9").contains(c) {
            magnitude = magnitude * 10 + Int(c.value - 48)
            pos += 1
            if magnitude > Self.maxExactInteger {
                throw error("integer is outside the range ±(2^53 − 1)", at: start)
            }
        }
        return negative ? -magnitude : magnitude
    }

    /// `number = (int / "-0") [frac] [exp]`: an exact integer when it has neither fraction nor
    /// exponent and fits Int64 (as the JSON parser keeps one), else a Double.
    mutating func parseNumberLiteral() throws(JSONPathSyntaxError) -> JSONValue {
        let start = pos
        if peek == "-" { pos += 1 }
        guard let first = peek, ("0"..."9").contains(first) else { throw unexpected("expected a digit") }
        if first == "0", let next = peek(at: pos + 1), ("0"..."9").contains(next) {
            throw error("leading zeros are not allowed in numbers", at: start)
        }
        skipDigits()
        var isIntegral = true
        if peek == "." {
            isIntegral = false
            pos += 1
            guard let c = peek, ("0"..."9").contains(c) else { throw unexpected("expected a digit after the decimal point") }
            skipDigits()
        }
        if peek == "e" || peek == "E" {
            isIntegral = false
            pos += 1
            if peek == "+" || peek == "-" { pos += 1 }
            guard let c = peek, ("0"..."9").contains(c) else { throw unexpected("expected a digit in the exponent") }
            skipDigits()
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<pos])
        if isIntegral, let exact = Int64(String(text)) { return .integer(exact) }
        guard let number = Double(String(text)), number.isFinite else {
            throw error("number is out of the range of a double", at: start)
        }
        return .number(number)
    }

    private mutating func skipDigits() {
        while let c = peek, ("0"..."9").contains(c) { pos += 1 }
    }

    /// A string literal in single or double quotes (§2.3.1.1), with JSON-like escapes; the other
    /// quote needs no escape, and escaping it is an error.
    mutating func parseStringLiteral() throws(JSONPathSyntaxError) -> String {
        let open = pos
        guard let quote = peek, quote == "'" || quote == "\"" else { throw unexpected("expected a quoted string") }
        pos += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let c = peek else { throw error("unterminated string literal", at: open) }
            switch c {
            case quote:
                pos += 1
                return String(result)
            case "\\":
                result.append(try parseEscape(quote: quote))
            case _ where c.value < 0x20:
                throw error("control character U+\(hex4(c.value)) must be escaped in a string literal")
            default:
                result.append(c)
                pos += 1
            }
        }
    }

    private mutating func parseEscape(quote: Unicode.Scalar) throws(JSONPathSyntaxError) -> Unicode.Scalar {
        let start = pos
        pos += 1
        guard let letter = peek else { throw error("unterminated string literal") }
        pos += 1
        switch letter {
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "/": return "/"
        case "\\": return "\\"
        case quote: return quote
        case "u":
            let first = try parseHex4()
            if (0xDC00...0xDFFF).contains(first) {
                throw error("lone low surrogate in \\u escape", at: start)
            }
            guard (0xD800...0xDBFF).contains(first) else { return Unicode.Scalar(first)! }
            guard lookingAt("\\u") else { throw error("high surrogate must be followed by a \\u low surrogate", at: start) }
            pos += 2
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("high surrogate must be followed by a \\u low surrogate", at: start)
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        default:
            let shown = letter.value < 0x20 ? "U+\(hex4(letter.value))" : "\\\(letter)"
            throw error("invalid escape sequence '\(shown)'", at: start)
        }
    }

    private mutating func parseHex4() throws(JSONPathSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = peek, let digit = Self.hexValue(c) else {
                throw unexpected("expected four hexadecimal digits after \\u")
            }
            value = value << 4 | digit
            pos += 1
        }
        return value
    }

    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 48
        case "a"..."f": c.value - 97 + 10
        case "A"..."F": c.value - 65 + 10
        default: nil
        }
    }
}

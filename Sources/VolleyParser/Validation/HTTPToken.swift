/// RFC 9110 `token`: what methods and header names are made of.
enum HTTPToken {
    /// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    static func isTokenCharacter(_ c: Character) -> Bool {
        guard c.isASCII, let ascii = c.asciiValue else { return false }
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".contains(c)
        }
    }

    /// The offset in characters of the first character that cannot be in a token, nil if all can.
    static func firstInvalidOffset(in text: String) -> Int? {
        text.firstIndex { !isTokenCharacter($0) }.map { text.distance(from: text.startIndex, to: $0) }
    }

    static let allowedDescription = "letters, digits and !#$%&'*+-.^_`|~"
}

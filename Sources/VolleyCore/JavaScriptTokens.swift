/// A rough JavaScript tokenizer, enough to read which names a script sets (`ScriptVariableWrites`)
/// without an engine: comments are dropped, string and template literals become one token each
/// (so a name inside a comment or a string does not count), regular-expression literals are
/// skipped, and code inside a template's `${…}` is tokenized like any other.
///
/// It never fails: text that is not valid JavaScript still yields tokens, and the engine, not
/// this, reports the syntax error.
struct JavaScriptTokens {
    enum Token: Equatable {
        case identifier(String)
        /// One character of punctuation: `.`, `(`, `,`, …
        case punctuator(UInt8)
        /// A quoted string, or a template literal without `${…}`, with simple escapes undone.
        case string(String)
        /// A template literal with substitutions, or a number: a value, but not a literal name.
        case value
    }

    private(set) var tokens: [Token] = []
    private let bytes: [UInt8]
    private var index = 0
    /// For each `${` being read, the braces opened inside it, so its `}` is told from theirs.
    private var substitutions: [Int] = []

    init(_ source: String) {
        bytes = Array(source.utf8)
        tokens.reserveCapacity(bytes.count / 4)
        scanCode()
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func peek(_ offset: Int = 1) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func scanCode() {
        while let byte = current {
            switch byte {
            case UInt8(ascii: "/") where peek() == UInt8(ascii: "/"):
                while let c = current, c != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where peek() == UInt8(ascii: "*"):
                index += 2
                while index < bytes.count, !(bytes[index] == UInt8(ascii: "*") && peek() == UInt8(ascii: "/")) { index += 1 }
                index += 2
            case UInt8(ascii: "/") where regexMayStart:
                skipRegex()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                tokens.append(.string(scanQuoted(byte)))
            case UInt8(ascii: "`"):
                scanTemplate()
            case UInt8(ascii: "{") where !substitutions.isEmpty:
                substitutions[substitutions.count - 1] += 1
                append(byte)
            case UInt8(ascii: "}") where !substitutions.isEmpty:
                if substitutions[substitutions.count - 1] == 0 {
                    // The end of a `${…}`: back to the template's text.
                    substitutions.removeLast()
                    index += 1
                    // A template nested inside may have reset the state; this one has a substitution.
                    templateHasSubstitution = true
                    scanTemplateText()
                } else {
                    substitutions[substitutions.count - 1] -= 1
                    append(byte)
                }
            case _ where Self.isIdentifierByte(byte):
                let start = index
                while let c = current, Self.isIdentifierByte(c) { index += 1 }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                tokens.append(Self.isDigit(byte) ? .value : .identifier(word))
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            default:
                append(byte)
            }
        }
    }

    private mutating func append(_ punctuator: UInt8) {
        tokens.append(.punctuator(punctuator))
        index += 1
    }

    /// A `/` starts a regular expression where a value is expected: after punctuation other than
    /// a closing bracket, after a keyword like `return`, or at the start.
    private var regexMayStart: Bool {
        switch tokens.last {
        case nil: true
        case .punctuator(let c)?: c != UInt8(ascii: ")") && c != UInt8(ascii: "]") && c != UInt8(ascii: "}")
        case .identifier(let word)?: ["return", "typeof", "case", "in", "of", "void", "delete", "throw", "new", "yield", "await"].contains(word)
        case .string?, .value?: false
        }
    }

    /// Skips `/…/flags`, brackets included (`/[/]/`); a line break ends an unfinished one.
    private mutating func skipRegex() {
        index += 1
        var inClass = false
        while let c = current, c != UInt8(ascii: "\n") {
            index += 1
            if c == UInt8(ascii: "\\") {
                index += 1
            } else if c == UInt8(ascii: "[") {
                inClass = true
            } else if c == UInt8(ascii: "]") {
                inClass = false
            } else if c == UInt8(ascii: "/"), !inClass {
                break
            }
        }
        tokens.append(.value)
    }

    /// A `'…'` or `"…"` string's text; a line break ends an unfinished one.
    private mutating func scanQuoted(_ quote: UInt8) -> String {
        index += 1
        var text: [UInt8] = []
        while let c = current, c != quote, c != UInt8(ascii: "\n") {
            if c == UInt8(ascii: "\\"), let next = peek() {
                text.append(next)
                index += 2
            } else {
                text.append(c)
                index += 1
            }
        }
        index += 1
        return String(decoding: text, as: UTF8.self)
    }

    private mutating func scanTemplate() {
        index += 1
        templateText = []
        templateHasSubstitution = false
        scanTemplateText()
    }

    private var templateText: [UInt8] = []
    private var templateHasSubstitution = false

    /// A template's text up to its closing backquote, or up to a `${`, after which code is read
    /// until the matching `}` brings it back here.
    private mutating func scanTemplateText() {
        while let c = current {
            if c == UInt8(ascii: "`") {
                index += 1
                // One with a substitution became a value at its first `${`, before the code inside.
                if !templateHasSubstitution { tokens.append(.string(String(decoding: templateText, as: UTF8.self))) }
                return
            }
            if c == UInt8(ascii: "\\"), let next = peek() {
                templateText.append(next)
                index += 2
            } else if c == UInt8(ascii: "$"), peek() == UInt8(ascii: "{") {
                if !templateHasSubstitution { tokens.append(.value) }
                templateHasSubstitution = true
                index += 2
                substitutions.append(0)
                return
            } else {
                templateText.append(c)
                index += 1
            }
        }
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

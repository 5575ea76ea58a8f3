/// The text of every string literal in Swift source, with comments skipped: enough of Swift's
/// lexer (line and block comments, `"…"`, `"""…"""`, raw `#"…"#`, escapes, interpolations that
/// hold literals of their own) to tell what a program can print from what only explains it.
struct StringLiteralScanner {
    struct Literal: Equatable {
        var text: String
        /// 1-based line where the literal opens.
        var line: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private(set) var literals: [Literal] = []

    static func literals(in source: String) -> [Literal] {
        var scanner = StringLiteralScanner(bytes: Array(source.utf8))
        scanner.scanCode(inInterpolation: false)
        return scanner.literals
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func starts(with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && Array(bytes[index..<index + pattern.count]) == pattern
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
    }

    /// Code up to the end of the file, or to the `)` that closes an interpolation.
    private mutating func scanCode(inInterpolation: Bool) {
        var depth = 0
        while let byte = peek() {
            if starts(with: "//") {
                while let next = peek(), next != UInt8(ascii: "\n") { advance() }
            } else if starts(with: "/*") {
                advance(2)
                while peek() != nil, !starts(with: "*/") { advance() }
                advance(2)
            } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
                var hashes = 0
                while peek(hashes) == UInt8(ascii: "#") { hashes += 1 }
                guard peek(hashes) == UInt8(ascii: "\"") else {
                    advance(max(hashes, 1))
                    continue
                }
                advance(hashes)
                scanString(hashes: hashes)
            } else if byte == UInt8(ascii: "(") {
                depth += 1
                advance()
            } else if byte == UInt8(ascii: ")") {
                advance()
                if depth == 0, inInterpolation { return }
                depth -= 1
            } else {
                advance()
            }
        }
    }

    /// A literal from its opening quote; interpolated code is scanned as code.
    private mutating func scanString(hashes: Int) {
        let opening = line
        let multiline = starts(with: "\"\"\"")
        advance(multiline ? 3 : 1)
        let closing = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var text: [UInt8] = []
        while let byte = peek() {
            if starts(with: closing) {
                advance(closing.utf8.count)
                break
            }
            if starts(with: escape) {
                advance(escape.utf8.count)
                if peek() == UInt8(ascii: "(") {
                    advance()
                    scanCode(inInterpolation: true)
                    // What the interpolation prints is not this literal's text: mark the gap.
                    text.append(UInt8(ascii: " "))
                } else if let escaped = peek() {
                    text.append(escaped)
                    advance()
                }
                continue
            }
            text.append(byte)
            advance()
        }
        literals.append(Literal(text: String(decoding: text, as: UTF8.self), line: opening))
    }
}

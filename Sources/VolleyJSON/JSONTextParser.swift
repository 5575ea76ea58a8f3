/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Iterative rather than recursive: nesting lives in an explicit stack of frames, so deep input
/// fails with a depth error instead of overflowing a thread stack (test and task threads are small).
/// Frames are appended to in place (`stack[top].values.append`); rebuilding an enum frame per
/// element copies its arrays and is many times slower.
struct JSONTextParser {
    /// Deeper nesting than this is rejected; no real payload comes close.
    static let maxDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    /// The byte offset where each value starts, in document (pre-)order, when asked for
    /// (`JSONValue.parseWithPositions`); nil otherwise, so the usual parse pays one branch.
    var valueOffsets: [Int]? = nil

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// An open array or object. Objects collect keys and values side by side and become a
    /// `JSONObject` when closed.
    private struct Frame {
        var isObject: Bool
        var keys: [String] = []
        var values: [JSONValue] = []

        consuming func close() -> JSONValue {
            guard isObject else { return .array(values) }
            var object = JSONObject()
            for (key, value) in zip(keys, values) { object[key] = value }
            return .object(object)
        }
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        // A byte order mark is not JSON, but RFC 8259 lets a parser ignore one; editors add it.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }

        var stack: [Frame] = []
        nextValue: while true {
            skipWhitespace()
            guard pos < bytes.count else {
                throw error(stack.isEmpty ? "expected a JSON value, found the end of the input" : "unexpected end of input; expected a value")
            }
            valueOffsets?.append(pos)
            var value: JSONValue
            switch bytes[pos] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[pos] == UInt8(ascii: "{")
                guard stack.count < Self.maxDepth else {
                    throw error("nesting is deeper than \(Self.maxDepth) levels")
                }
                pos += 1
                skipWhitespace()
                if pos < bytes.count, bytes[pos] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    pos += 1
                    value = isObject ? .object(JSONObject()) : .array([])
                } else {
                    var frame = Frame(isObject: isObject)
                    if isObject { frame.keys.append(try parseKey(afterComma: false)) }
                    stack.append(frame)
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try parseNumber()
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = .null
            case UInt8(ascii: "]") where !stack.isEmpty && !stack[stack.count - 1].isObject:
                throw error("trailing comma in array")
            default:
                throw unexpectedCharacter(expected: "a JSON value")
            }

            // A value is complete: hand it to the enclosing containers, closing those that end here.
            while true {
                guard !stack.isEmpty else {
                    skipWhitespace()
                    guard pos == bytes.count else { throw unexpectedCharacter(expected: "the end of the input after the JSON value") }
                    return value
                }
                let top = stack.count - 1
                stack[top].values.append(value)
                let isObject = stack[top].isObject
                skipWhitespace()
                guard pos < bytes.count else {
                    throw error(isObject ? "unexpected end of input; expected ',' or '}'" : "unexpected end of input; expected ',' or ']'")
                }
                switch bytes[pos] {
                case UInt8(ascii: ","):
                    pos += 1
                    if isObject { stack[top].keys.append(try parseKey(afterComma: true)) }
                    continue nextValue
                case UInt8(ascii: "}") where isObject, UInt8(ascii: "]") where !isObject:
                    pos += 1
                    value = stack.removeLast().close()
                default:
                    throw unexpectedCharacter(expected: isObject ? "',' or '}' after an object member" : "',' or ']' after an array element")
                }
            }
        }
    }

    /// A member name and its colon; the value follows.
    private mutating func parseKey(afterComma: Bool) throws(JSONSyntaxError) -> String {
        skipWhitespace()
        guard pos < bytes.count else { throw error("unexpected end of input; expected a member name") }
        guard bytes[pos] == UInt8(ascii: "\"") else {
            if afterComma, bytes[pos] == UInt8(ascii: "}") { throw error("trailing comma in object") }
            throw unexpectedCharacter(expected: "a member name in double quotes")
        }
        let key = try parseString()
        skipWhitespace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
            throw unexpectedCharacter(expected: "':' after a member name")
        }
        pos += 1
        return key
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): pos += 1
            default: return
            }
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let start = pos
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            bytes.count - pos >= count && (0..<count).allSatisfy { bytes[pos + $0] == expected[$0] }
        }
        guard matches else { throw unexpectedCharacter(expected: "a JSON value") }
        pos += count
        // `truex` or `nullnull` is garbage, not a literal followed by more input.
        if pos < bytes.count, Self.isLetter(bytes[pos]) {
            pos = start
            throw unexpectedCharacter(expected: "a JSON value")
        }
    }

    // MARK: Numbers

    /// An integer without fraction or exponent that fits Int64 stays exact; anything else is a double.
    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = pos
        var negative = false
        if bytes[pos] == UInt8(ascii: "-") {
            negative = true
            pos += 1
        }
        guard pos < bytes.count, Self.isDigit(bytes[pos]) else { throw error("expected a digit after '-'") }
        var integer: UInt64 = 0
        var digits = 0
        if bytes[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < bytes.count, Self.isDigit(bytes[pos]) {
                throw error("leading zeros are not allowed in numbers", at: pos - 1)
            }
        } else {
            while pos < bytes.count, Self.isDigit(bytes[pos]) {
                if digits < 18 { integer = integer &* 10 &+ UInt64(bytes[pos] &- UInt8(ascii: "0")) }
                digits += 1
                pos += 1
            }
        }
        var isIntegral = true
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            isIntegral = false
            pos += 1
            guard pos < bytes.count, Self.isDigit(bytes[pos]) else { throw error("expected a digit after the decimal point") }
            while pos < bytes.count, Self.isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            isIntegral = false
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < bytes.count, Self.isDigit(bytes[pos]) else { throw error("expected a digit in the exponent") }
            while pos < bytes.count, Self.isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, Self.isLetter(bytes[pos]) || bytes[pos] == UInt8(ascii: ".") {
            throw unexpectedCharacter(expected: "the end of the number")
        }
        // Up to 18 digits were accumulated exactly: skip the text round trip for the common case.
        if isIntegral, digits <= 18 {
            return .integer(negative ? -Int64(integer) : Int64(integer))
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if isIntegral, let exact = Int64(text) { return .integer(exact) }
        guard let number = Double(text), number.isFinite else {
            throw error("number is out of the range of a double", at: start)
        }
        return .number(number)
    }

    // MARK: Strings

    /// Parses a string starting at its opening quote. Unescaped runs are copied in one go;
    /// multi-byte UTF-8 sequences are validated on the way, so decoding never repairs.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let openingQuote = pos
        pos += 1
        var runStart = pos
        var decoded: [UInt8]? = nil
        while true {
            guard pos < bytes.count else { throw error("unterminated string", at: openingQuote) }
            let byte = bytes[pos]
            switch byte {
            case UInt8(ascii: "\""):
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<pos])
                pos += 1
                guard var buffer = decoded else { return String(decoding: run, as: UTF8.self) }
                buffer.append(contentsOf: run)
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                var buffer = decoded ?? []
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                try parseEscape(into: &buffer)
                decoded = buffer
                runStart = pos
            case 0..<0x20:
                throw error("control character U+\(Self.hex4(UInt32(byte))) must be escaped in a string")
            case 0x80...:
                try skipUTF8Sequence()
            default:
                pos += 1
            }
        }
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeStart = pos
        pos += 1
        guard pos < bytes.count else { throw error("unterminated string") }
        let letter = bytes[pos]
        pos += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(letter)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xDC00...0xDFFF).contains(scalar) {
                throw error("lone low surrogate \\u\(Self.hex4(scalar))", at: escapeStart)
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard bytes.count - pos >= 2, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                    throw error("lone high surrogate \\u\(Self.hex4(scalar))", at: escapeStart)
                }
                pos += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("lone high surrogate \\u\(Self.hex4(scalar))", at: escapeStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            buffer.append(contentsOf: Unicode.UTF8.encode(Unicode.Scalar(scalar)!)!)
        default:
            throw error("invalid escape sequence in a string", at: escapeStart)
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard pos < bytes.count, let digit = Self.hexValue(bytes[pos]) else {
                throw error("expected four hexadecimal digits after \\u")
            }
            value = value << 4 | digit
            pos += 1
        }
        return value
    }

    /// Checks one multi-byte UTF-8 sequence (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
    private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let lead = bytes[pos]
        let length: Int
        var range: ClosedRange<UInt8> = 0x80...0xBF  // allowed second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; range = 0xA0...0xBF
        case 0xED: length = 3; range = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; range = 0x90...0xBF
        case 0xF4: length = 4; range = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: throw error("invalid UTF-8 byte 0x\(String(lead, radix: 16, uppercase: true))")
        }
        guard bytes.count - pos >= length, range.contains(bytes[pos + 1]),
            (2..<length).allSatisfy({ (0x80...0xBF).contains(bytes[pos + $0]) })
        else { throw error("invalid UTF-8 sequence") }
        pos += length
    }

    // MARK: Helpers

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(message, at: offset ?? pos, in: bytes)
    }

    private func unexpectedCharacter(expected: String) -> JSONSyntaxError {
        guard pos < bytes.count else { return error("unexpected end of input; expected \(expected)") }
        let byte = bytes[pos]
        let shown: String
        if byte >= 0x21 && byte < 0x7F {
            shown = "'\(Character(Unicode.Scalar(byte)))'"
        } else if byte < 0x80 {
            shown = "U+\(Self.hex4(UInt32(byte)))"
        } else {
            shown = "a non-ASCII character"
        }
        return error("unexpected \(shown); expected \(expected)")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || isDigit(byte) || byte == UInt8(ascii: "_")
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

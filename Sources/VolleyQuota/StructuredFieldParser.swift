import VolleyCore

/// A strict RFC 8941 parser: any syntax error fails the whole field (nil), because the RateLimit
/// drafts require a malformed field to be ignored rather than half-read.
struct StructuredFieldParser {
    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Several field lines with the same name, combined as HTTP does: joined with commas.
    static func list(_ lines: [String]) -> [StructuredField.Member]? {
        var parser = StructuredFieldParser(lines.joined(separator: ", "))
        return parser.wholeField { parser in try parser.list() }
    }

    static func dictionary(_ lines: [String]) -> StructuredField.Dictionary? {
        var parser = StructuredFieldParser(lines.joined(separator: ", "))
        return parser.wholeField { parser in try parser.dictionary() }
    }

    private struct Malformed: Error {}

    private mutating func wholeField<T>(_ body: (inout StructuredFieldParser) throws -> T) -> T? {
        skipSpaces()
        guard let value = try? body(&self) else { return nil }
        skipSpaces()
        return index == bytes.count ? value : nil
    }

    // MARK: Containers (RFC 8941 §4.2.1, §4.2.2)

    private mutating func list() throws -> [StructuredField.Member] {
        var members: [StructuredField.Member] = []
        while !atEnd {
            members.append(try member())
            guard try moreMembers() else { break }
        }
        return members
    }

    private mutating func dictionary() throws -> StructuredField.Dictionary {
        var result = StructuredField.Dictionary()
        while !atEnd {
            let name = try key()
            if peek == ascii("=") {
                index += 1
                result.set(name, try member())
            } else {
                result.set(name, .item(.init(value: .boolean(true), parameters: try parameters())))
            }
            guard try moreMembers() else { break }
        }
        return result
    }

    /// After a member: the end of the field (false), or a comma and another member (true).
    private mutating func moreMembers() throws -> Bool {
        skipWhitespace()
        if atEnd { return false }
        try expect(ascii(","))
        skipWhitespace()
        if atEnd { throw Malformed() }  // a trailing comma
        return true
    }

    private mutating func member() throws -> StructuredField.Member {
        guard peek == ascii("(") else { return .item(try item()) }
        index += 1
        var items: [StructuredField.Item] = []
        while true {
            skipSpaces()
            if peek == ascii(")") {
                index += 1
                return .innerList(items, try parameters())
            }
            items.append(try item())
            guard peek == ascii(" ") || peek == ascii(")") else { throw Malformed() }
        }
    }

    private mutating func item() throws -> StructuredField.Item {
        StructuredField.Item(value: try bareItem(), parameters: try parameters())
    }

    private mutating func parameters() throws -> StructuredField.Parameters {
        var result = StructuredField.Parameters()
        while peek == ascii(";") {
            index += 1
            skipSpaces()
            let name = try key()
            var value = StructuredField.BareItem.boolean(true)
            if peek == ascii("=") {
                index += 1
                value = try bareItem()
            }
            result.set(name, value)
        }
        return result
    }

    private mutating func key() throws -> String {
        guard let first = peek, isLowercaseLetter(first) || first == ascii("*") else { throw Malformed() }
        let start = index
        while let byte = peek, isLowercaseLetter(byte) || isDigit(byte) || "_-.*".utf8.contains(byte) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    // MARK: Bare items (RFC 8941 §4.2.3.1)

    private mutating func bareItem() throws -> StructuredField.BareItem {
        guard let first = peek else { throw Malformed() }
        if first == ascii("-") || isDigit(first) { return try number() }
        if first == ascii("\"") { return .string(try string()) }
        if first == ascii("*") || isLetter(first) { return .token(token()) }
        if first == ascii(":") { return .byteSequence(try byteSequence()) }
        if first == ascii("?") { return .boolean(try boolean()) }
        throw Malformed()
    }

    private mutating func number() throws -> StructuredField.BareItem {
        let negative = peek == ascii("-")
        if negative { index += 1 }
        let start = index
        var dot: Int?
        while let byte = peek, isDigit(byte) || (byte == ascii(".") && dot == nil) {
            if byte == ascii(".") {
                guard index - start <= 12 else { throw Malformed() }
                dot = index
            }
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        let sign: Int64 = negative ? -1 : 1
        guard let dot else {
            guard (1...15).contains(text.utf8.count), let value = Int64(text) else { throw Malformed() }
            return .integer(sign * value)
        }
        let fraction = index - dot - 1
        guard dot > start, (1...3).contains(fraction), let value = Double(text) else { throw Malformed() }
        return .decimal(Double(sign) * value)
    }

    private mutating func string() throws -> String {
        index += 1
        var out: [UInt8] = []
        while let byte = peek {
            index += 1
            switch byte {
            case ascii("\\"):
                guard let escaped = peek, escaped == ascii("\"") || escaped == ascii("\\") else { throw Malformed() }
                out.append(escaped)
                index += 1
            case ascii("\""):
                return String(decoding: out, as: UTF8.self)
            case 0x20...0x7E:
                out.append(byte)
            default:
                throw Malformed()
            }
        }
        throw Malformed()  // no closing quote
    }

    private mutating func token() -> String {
        let start = index
        index += 1
        while let byte = peek, isLetter(byte) || isDigit(byte) || "!#$%&'*+-.^_`|~:/".utf8.contains(byte) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func byteSequence() throws -> String {
        index += 1
        let start = index
        while let byte = peek, isLetter(byte) || isDigit(byte) || "+/=".utf8.contains(byte) {
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        try expect(ascii(":"))
        return text
    }

    private mutating func boolean() throws -> Bool {
        index += 1
        switch peek {
        case ascii("0"): index += 1; return false
        case ascii("1"): index += 1; return true
        default: throw Malformed()
        }
    }

    // MARK: Bytes

    private var atEnd: Bool { index >= bytes.count }
    private var peek: UInt8? { atEnd ? nil : bytes[index] }

    private mutating func expect(_ byte: UInt8) throws {
        guard peek == byte else { throw Malformed() }
        index += 1
    }

    private mutating func skipSpaces() {
        while peek == ascii(" ") { index += 1 }
    }

    /// OWS between list members: spaces and horizontal tabs.
    private mutating func skipWhitespace() {
        while peek == ascii(" ") || peek == 0x09 { index += 1 }
    }

    private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }
    private func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private func isLowercaseLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    private func isLetter(_ byte: UInt8) -> Bool { isLowercaseLetter(byte) || (0x41...0x5A).contains(byte) }
}

import VolleyCore

/// The text of a collection, environment or data file: UTF-8, or UTF-16 after a byte-order
/// mark (as Windows editors and Postman exports write). Anything else is refused at the first
/// byte that does not decode, by line and column, so a binary or mis-encoded file is found.
enum SourceDecoding {
    static func text(of bytes: [UInt8], path: String) throws(InputError) -> String {
        // A UTF-8 byte-order mark (Notepad writes one) is not text: libyaml would take it for
        // content before a collection's document, and column 1 is the character after it.
        let bytes = bytes.starts(with: utf8Mark) ? Array(bytes.dropFirst(utf8Mark.count)) : bytes
        // The usual case, validated in one pass; the slower walk below only finds the culprit.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(bytes, bigEndian: bytes[0] == 0xFE, path: path)
        }
        var decoded = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                decoded.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return String(decoded)
            case .error:
                throw problem(
                    "invalid UTF-8 (byte 0x\(hex(bytes[offset]))): the file must be UTF-8 text, or UTF-16 with a byte-order mark",
                    after: decoded, path: path)
            }
        }
    }

    private static func utf16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(InputError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var decoded = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): decoded.append(scalar)
            case .emptyInput:
                guard bytes.count % 2 == 0 else {
                    throw problem("UTF-16 text (from its byte-order mark) that ends in half a character", after: decoded, path: path)
                }
                return String(decoded)
            case .error:
                throw problem("invalid UTF-16 (an unpaired surrogate) in UTF-16 text", after: decoded, path: path)
            }
        }
    }

    /// The problem at the position just after `decoded`: line and column in code points, as
    /// libyaml counts them.
    private static func problem(_ message: String, after decoded: String.UnicodeScalarView, path: String) -> InputError {
        var line = 1
        var column = 1
        for scalar in decoded {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return InputError(message, at: SourceLocation(file: path, line: line, column: column))
    }

    private static let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}

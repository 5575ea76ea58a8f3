/// The character set a response names in its `Content-Type` (`text/html; charset=ISO-8859-1`),
/// and the decoding of its body into text with it. Text predicates (`body: { contains: … }`,
/// `regex:` captures) see the text a browser would show; `bytes:` sees the bytes.
///
/// Decoding never touches line endings or Unicode normalization: a CRLF body keeps its `\r\n`,
/// and a decomposed `é` stays two scalars.
public enum BodyCharset: Sendable, Hashable {
    case utf8
    /// ISO-8859-1 (and US-ASCII, its subset): each byte is the code point of the same number.
    case latin1
    /// Windows-1252, which browsers use for a body labelled ISO-8859-1 too; Volley keeps the
    /// label's meaning and uses this only when the server says `windows-1252`.
    case windows1252
    case utf16LittleEndian
    case utf16BigEndian
    /// `utf-16` with no endianness: the byte-order mark says, big-endian without one (RFC 2781).
    case utf16

    /// The charset named in a `Content-Type` value; nil when none is named or the name is not
    /// one Volley decodes (the body is then read as UTF-8, as before).
    public init?(contentType: String) {
        guard let name = Self.parameter("charset", in: contentType) else { return nil }
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "us-ascii", "ascii": self = .latin1
        case "windows-1252", "cp1252": self = .windows1252
        case "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "utf-16": self = .utf16
        default: return nil
        }
    }

    /// `bytes` as text; a byte sequence invalid in the charset becomes U+FFFD, as `String(decoding:)` does.
    public func decode(_ bytes: [UInt8]) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .latin1:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
            return String(scalars)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if byte >= 0x80, byte <= 0x9F, case let code = Self.windows1252High[Int(byte - 0x80)], code != 0,
                    let scalar = Unicode.Scalar(code)
                {
                    scalars.append(scalar)
                } else {
                    scalars.append(Unicode.Scalar(byte))
                }
            }
            return String(scalars)
        case .utf16LittleEndian:
            return Self.utf16(bytes[...], bigEndian: false)
        case .utf16BigEndian:
            return Self.utf16(bytes[...], bigEndian: true)
        case .utf16:
            if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return Self.utf16(bytes.dropFirst(2), bigEndian: false) }
            if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return Self.utf16(bytes.dropFirst(2), bigEndian: true) }
            return Self.utf16(bytes[...], bigEndian: true)
        }
    }

    /// Text of `bytes` as a response with this `Content-Type` means it; UTF-8 when it names none.
    public static func text(of bytes: [UInt8], contentType: String?) -> String {
        (contentType.flatMap(BodyCharset.init(contentType:)) ?? .utf8).decode(bytes)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 + 1)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if index < bytes.endIndex { text.unicodeScalars.append("\u{FFFD}") }  // an odd byte left over
        return text
    }

    /// The `charset` a `Content-Type` names, as written (for a parser that decodes by name).
    public static func name(inContentType value: String) -> String? { parameter("charset", in: value) }

    /// A media-type parameter's value (RFC 9110 §5.6.6), quotes removed.
    static func parameter(_ name: String, in value: String) -> String? {
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == name else { continue }
            var text = pair[1].trimmingWhitespace()
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
            return text
        }
        return nil
    }

    /// Windows-1252's 0x80-0x9F (the rest is ISO-8859-1); 0 marks the five unassigned bytes,
    /// which decode as the C1 control of the same number.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}

/// Percent-encoding for query strings and form bodies (RFC 3986 unreserved characters stay as they are).
public enum PercentEncoding {
    /// - Parameter kept: ASCII characters left as they are besides the unreserved ones (Python's
    ///   `quote` keeps `/`), for spelling what other software writes.
    public static func encode(_ text: String, spaceAsPlus: Bool = false, keeping kept: String = "") -> String {
        let keptBytes = Array(kept.utf8)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " ") where spaceAsPlus:
                out += "+"
            case let byte where keptBytes.contains(byte):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// `a=1&b=x%20y`
    public static func query(_ pairs: [(String, String)], spaceAsPlus: Bool = false) -> String {
        pairs.map { encode($0.0, spaceAsPlus: spaceAsPlus) + "=" + encode($0.1, spaceAsPlus: spaceAsPlus) }
            .joined(separator: "&")
    }

    /// `%40` → `@`; a `%` not followed by two hex digits stays as it is, as libcurl leaves it.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.endIndex,
                let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A hex digit's value, either case (`A`–`F` lowered by their 0x20 bit).
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        let lowered = (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte) ? byte | 0x20 : byte
        return hexDigits.firstIndex(of: lowered).map { UInt8($0) }
    }
}

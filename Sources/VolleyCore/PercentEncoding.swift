/// Percent-encoding for query strings and form bodies (RFC 3986 unreserved characters stay as they are).
public enum PercentEncoding {
    public static func encode(_ text: String, spaceAsPlus: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " ") where spaceAsPlus:
                out += "+"
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
}

/// The one loop every escaping in Volley runs: JSON strings, RFC 9535 normalized paths, and the
/// reports' markup and workflow-command text differ only in which scalars they replace and how.
public enum TextEscaping {
    /// Appends `text` to `out` scalar by scalar, each replaced by what `replacement` returns for it
    /// (an empty string drops it), or kept as it is when `replacement` returns nil.
    @inlinable
    public static func append(
        _ text: String, to out: inout String, replacing replacement: (Unicode.Scalar) -> String?
    ) {
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out += replaced
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text` with every scalar replaced as `replacement` says; see `append(_:to:replacing:)`.
    @inlinable
    public static func escaped(_ text: String, replacing replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out, replacing: replacement)
        return out
    }

    /// The backslash escapes JSON (RFC 8259) and normalized paths (RFC 9535 §2.7) share: `quote`
    /// and the backslash, the two-letter controls, and lowercase `\u00xx` for the other controls.
    public static func appendBackslashEscaped(_ text: String, quote: Unicode.Scalar, to out: inout String) {
        // Most text has nothing to escape: one pass over its bytes, then one append, instead of
        // a scalar at a time (~1k instructions a character in a script call's JSON).
        let quoteByte = UInt8(truncatingIfNeeded: quote.value)
        if quote.isASCII, !text.utf8.contains(where: { $0 < 0x20 || $0 == quoteByte || $0 == UInt8(ascii: "\\") }) {
            out += text
            return
        }
        append(text, to: &out) { scalar in
            switch scalar {
            case quote: return "\\" + String(quote)
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case "\u{08}": return "\\b"
            case "\u{0C}": return "\\f"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                return "\\u00" + (hex.count == 1 ? "0" : "") + hex
            default: return nil
            }
        }
    }
}

import VolleyJSON

/// The escapings Volley's outputs apply to text. Reports use them to write; the redactor uses the
/// very same functions to know how a secret will be spelled there, so the two cannot drift apart.
public enum OutputEscaping {
    /// Text safe inside XML or HTML elements and double- or single-quoted attributes: the five
    /// predefined entities, and characters XML 1.0 forbids dropped (most C0 controls, U+FFFE/U+FFFF).
    /// Newlines and tabs in attribute values become character references so a parser keeps them
    /// rather than folding them to spaces.
    public static func markup(_ text: String, attribute: Bool = false) -> String {
        TextEscaping.escaped(text) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            case "\n" where attribute: return "&#10;"
            case "\r" where attribute: return "&#13;"
            case "\t" where attribute: return "&#9;"
            case "\n", "\r", "\t": return nil
            case let c where c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.value == 0xFFFE || c.value == 0xFFFF:
                return ""
            default: return nil
            }
        }
    }

    /// Text with Markdown's active characters backslash-escaped, on one line. `<` and `&` too:
    /// GitHub would otherwise take `<Billing>` for an HTML tag and drop it.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "~":
                out.append("\\")
                out.append(c)
            case "\n", "\r", "\r\n":
                out.append(" ")
            default:
                out.append(c)
            }
        }
        return out
    }

    /// Text safe to print on a terminal: control characters (C0 but the tab, DEL, C1) become
    /// visible escapes (`\u{1B}`), so a shared collection or a server's reply cannot retitle,
    /// clear or ring the terminal of whoever validates or runs it. Volley's own colours are added
    /// after this, around the escaped text.
    /// `keepingLineBreaks` leaves `\n` as it is, for a body shown over several lines.
    public static func terminal(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Most text has none: one pass over the bytes settles it (C1 controls are 0xC2 0x80–0x9F).
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        return TextEscaping.escaped(text) { scalar in
            switch scalar.value {
            case 0x09: return nil
            case 0x0A: return keepingLineBreaks ? nil : "\\n"
            case 0x0D: return "\\r"
            case 0..<0x20, 0x7F, 0x80...0x9F: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: return nil
            }
        }
    }

    /// A GitHub workflow command's message (`::error …::message`).
    public static func gitHubData(_ text: String) -> String {
        TextEscaping.escaped(text) { scalar in
            switch scalar {
            case "%": return "%25"
            case "\r": return "%0D"
            case "\n": return "%0A"
            default: return nil
            }
        }
    }

    /// A GitHub workflow command's property value (`file=…,title=…`).
    public static func gitHubProperty(_ text: String) -> String {
        TextEscaping.escaped(gitHubData(text)) { scalar in
            switch scalar {
            case ":": return "%3A"
            case ",": return "%2C"
            default: return nil
            }
        }
    }
}

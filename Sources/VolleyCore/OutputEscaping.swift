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

/// Replaces secret values with `***` in any text about to leave the process.
///
/// One mechanism for every output: the console, error messages, logs and every report are
/// passed through the same redactor at the point where they are written, so a new output
/// format cannot forget it. Besides the raw value it also hides the forms a secret takes on
/// the way out: percent-encoded (in a URL), form-encoded, and JSON-escaped (in a report).
public struct Redactor: Sendable {
    public static let mask = "***"

    private var needles: [String] = []
    /// With `--show-secret-suffix`: keep the last four characters (`***abcd`), to tell keys apart.
    public var showSuffix: Bool

    public init(showSuffix: Bool = false) {
        self.showSuffix = showSuffix
    }

    public var isEmpty: Bool { needles.isEmpty }

    /// Registers a secret value. Values shorter than 4 characters are still hidden: a short
    /// secret is still a secret, even if masking it may hide innocent text too.
    public mutating func add(secret: String) {
        guard !secret.isEmpty else { return }
        let replacementSuffix = showSuffix && secret.count > 8 ? String(secret.suffix(4)) : ""
        for form in Self.forms(of: secret) where !needles.contains(form) {
            needles.append(form)
            suffixes[form] = replacementSuffix
        }
        // Longest first, so a value that contains another is replaced whole.
        needles.sort { $0.utf8.count > $1.utf8.count }
    }

    private var suffixes: [String: String] = [:]

    public func redact(_ text: String) -> String {
        guard !needles.isEmpty else { return text }
        var out = text
        for needle in needles where out.contains(needle) {
            out = out.replacing(needle, with: Self.mask + (suffixes[needle] ?? ""))
        }
        return out
    }

    /// The spellings a secret can take in our outputs: URLs, JSON, XML/HTML (JUnit, HTML report),
    /// Markdown (step summaries) and GitHub workflow commands.
    static func forms(of secret: String) -> [String] {
        var forms = [secret]
        let percent = percentEncode(secret, spaceAsPlus: false)
        let form = percentEncode(secret, spaceAsPlus: true)
        var json = ""
        JSONValue.writeQuoted(secret, to: &json)
        json = String(json.dropFirst().dropLast())
        let extras = [
            percent, form, json, percent.lowercasedHexEscapes(),
            escaped(secret, [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;"),
                             ("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;")]),
            escaped(secret, ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "~"].map { ($0, "\\" + $0) }),
            escaped(secret, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")]),
        ]
        for extra in extras where !forms.contains(extra) {
            forms.append(extra)
        }
        return forms
    }

    /// `text` with each character that has a replacement replaced, in one pass.
    static func escaped(_ text: String, _ replacements: [(String, String)]) -> String {
        var out = ""
        for character in text {
            let key = String(character)
            out += replacements.first { $0.0 == key }?.1 ?? key
        }
        return out
    }

    static func percentEncode(_ text: String, spaceAsPlus: Bool) -> String {
        var out = ""
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
}

extension String {
    /// `%2F` → `%2f`: some clients write lowercase hex.
    fileprivate func lowercasedHexEscapes() -> String {
        var out = ""
        var pending = 0
        for c in self {
            if c == "%" { pending = 2; out.append(c); continue }
            if pending > 0 { out += c.lowercased(); pending -= 1 } else { out.append(c) }
        }
        return out
    }
}

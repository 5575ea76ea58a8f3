import VolleyJSON

/// One way a secret can be re-spelled between the value Volley sends and the text it writes:
/// how it travels (percent-encoded in a URL, `+` for space in a form), how a server echoes it
/// (Go's HTML-safe JSON, Python's `quote`, `html.escape`, base64), and how our own outputs escape
/// it (JSON, XML/HTML, Markdown, GitHub workflow commands). The redactor masks every spelling
/// this table derives: a new framework's escaping is one row here, with a test.
public struct SecretEncoding: Sendable {
    public enum Depth: Sendable {
        /// Applied to any spelling, up to `Redactor.nesting` deep: outputs nest (a response that
        /// echoes a JSON request, shown as a JSON string in a report, escapes the secret twice).
        case nested
        /// Applied to the value itself only, then wrapped by the nested ones: a server re-spells
        /// what it received once, and a base64 of an escaped form is no form anyone sends.
        case valueOnly
    }

    public var name: String
    public var depth: Depth
    public var encode: @Sendable (String) -> String

    public init(_ name: String, _ depth: Depth = .nested, _ encode: @escaping @Sendable (String) -> String) {
        self.name = name
        self.depth = depth
        self.encode = encode
    }

    /// The one table of spellings.
    public static let all: [SecretEncoding] = [
        // How a secret travels.
        SecretEncoding("percent-encoded (RFC 3986)") { PercentEncoding.encode($0) },
        SecretEncoding("percent-encoded, lowercase hex") { lowercasedHexEscapes(PercentEncoding.encode($0)) },
        SecretEncoding("form-encoded (+ for space)") { PercentEncoding.encode($0, spaceAsPlus: true) },
        SecretEncoding("form-encoded, lowercase hex", .valueOnly) {
            lowercasedHexEscapes(PercentEncoding.encode($0, spaceAsPlus: true))
        },
        // How servers echo it.
        SecretEncoding("Python urllib quote (keeps /)", .valueOnly) { PercentEncoding.encode($0, keeping: "/") },
        SecretEncoding("JavaScript encodeURIComponent", .valueOnly) { PercentEncoding.encode($0, keeping: "!'()*") },
        SecretEncoding("JSON with \\/ (PHP, Java)") { $0.replacing("/", with: "\\/") },
        SecretEncoding("JSON, non-ASCII as \\u00e9 (Python)") { unicodeEscaped($0, uppercase: false) },
        SecretEncoding("JSON, non-ASCII as \\u00E9") { unicodeEscaped($0, uppercase: true) },
        SecretEncoding("HTML-safe JSON (Go, Rails): \\u003c \\u003e \\u0026", .valueOnly) {
            unicodeEscaped(jsonEscaped($0), uppercase: false, nonASCII: false, also: "<>&\u{2028}\u{2029}")
        },
        SecretEncoding("HTML-safe JSON, uppercase hex (.NET): \\u003C \\u002B \\u0027", .valueOnly) {
            unicodeEscaped(jsonEscaped($0, except: "\""), uppercase: true, also: "<>&'+\"`")
        },
        SecretEncoding("Python html.escape: &#x27; &quot;", .valueOnly) {
            entityEscaped($0, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#x27;"])
        },
        SecretEncoding("Go html.EscapeString: &#39; &#34;", .valueOnly) {
            entityEscaped($0, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&#34;", "'": "&#39;"])
        },
        SecretEncoding("base64", .valueOnly) { Base64.encode(Array($0.utf8)) },
        SecretEncoding("base64 without padding", .valueOnly) { Base64.encode(Array($0.utf8), padded: false) },
        SecretEncoding("base64url", .valueOnly) { Base64.encode(Array($0.utf8), urlSafe: true) },
        SecretEncoding("base64url without padding (JWT)", .valueOnly) { Base64.encode(Array($0.utf8), urlSafe: true, padded: false) },
        // How our outputs escape it: the same functions they write with.
        SecretEncoding("JSON string") { jsonEscaped($0) },
        SecretEncoding("XML/HTML text") { OutputEscaping.markup($0) },
        SecretEncoding("XML/HTML attribute") { OutputEscaping.markup($0, attribute: true) },
        SecretEncoding("Markdown") { OutputEscaping.markdown($0) },
        SecretEncoding("GitHub workflow command data") { OutputEscaping.gitHubData($0) },
        SecretEncoding("GitHub workflow command property") { OutputEscaping.gitHubProperty($0) },
    ]

    /// The inside of a JSON string, as our writer spells it.
    static func jsonEscaped(_ text: String, except kept: String = "") -> String {
        let escaped = String(JSONValue.string(text).jsonText.dropFirst().dropLast())
        return kept.isEmpty ? escaped : escaped.replacing("\\\"", with: "\"")
    }

    /// Every non-ASCII scalar (unless `nonASCII` is false) and the ones in `also`, as `\uXXXX` (UTF-16, surrogate pairs
    /// beyond the BMP); the rest as is.
    static func unicodeEscaped(_ text: String, uppercase: Bool, nonASCII: Bool = true, also: String = "") -> String {
        let extra = Set(also.unicodeScalars)
        var out = ""
        for scalar in text.unicodeScalars {
            let escape = extra.contains(scalar) || (nonASCII && !scalar.isASCII)
            if !escape { out.unicodeScalars.append(scalar); continue }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: uppercase)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out
    }

    static func entityEscaped(_ text: String, _ entities: [Character: String]) -> String {
        var out = ""
        for c in text { out += entities[c] ?? String(c) }
        return out
    }

    /// `%2F` → `%2f`: some clients and servers write lowercase hex.
    static func lowercasedHexEscapes(_ text: String) -> String {
        var out = ""
        var pending = 0
        for c in text {
            if c == "%" { pending = 2; out.append(c); continue }
            if pending > 0 { out += c.lowercased(); pending -= 1 } else { out.append(c) }
        }
        return out
    }
}

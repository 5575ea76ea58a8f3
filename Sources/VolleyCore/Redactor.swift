import VolleyJSON
/// Replaces secret values with `***` in any text about to leave the process.
///
/// One mechanism for every output: the console, error messages, logs and every report are
/// passed through the same redactor at the point where they are written, so a new output
/// format cannot forget it. Besides the raw value it also hides the forms a secret takes on
/// the way out: percent-encoded (in a URL), form-encoded, and JSON-escaped (in a report).
public struct Redactor: Sendable {
    public static let mask = "***"

    /// One spelling of one secret, as bytes, with what replaces it.
    private struct Needle: Sendable {
        var bytes: [UInt8]
        var replacement: [UInt8]
    }

    /// Needles by their first byte, longest first, so a value that contains another is replaced whole.
    private var needlesByFirstByte: [UInt8: [Needle]] = [:]
    private var spellings: Set<[UInt8]> = []
    /// With `--show-secret-suffix`: keep the last four characters (`***abcd`), to tell keys apart.
    public var showSuffix: Bool

    public init(showSuffix: Bool = false) {
        self.showSuffix = showSuffix
    }

    public var isEmpty: Bool { spellings.isEmpty }

    /// Registers a secret value. Short values are still hidden: a short secret is still a
    /// secret, even if masking it may hide innocent text too.
    public mutating func add(secret: String) {
        guard !secret.isEmpty else { return }
        let suffix = showSuffix && secret.count > 8 ? String(secret.suffix(4)) : ""
        let replacement = Array((Self.mask + suffix).utf8)
        for form in Self.forms(of: secret) {
            let bytes = Array(form.utf8)
            guard spellings.insert(bytes).inserted, let first = bytes.first else { continue }
            needlesByFirstByte[first, default: []].append(Needle(bytes: bytes, replacement: replacement))
            needlesByFirstByte[first]!.sort { $0.bytes.count > $1.bytes.count }
        }
    }

    /// The mark reporters put where they shortened a value.
    public static let ellipsis = "…"
    private static let ellipsisBytes = Array(ellipsis.utf8)
    /// A cut-off head shorter than this is too short to tell anything of the secret, and too
    /// likely to match innocent text.
    static let shortestHead = 4

    /// `text` with every spelling of every secret masked. Long values are shortened for display
    /// with a trailing "…", which can cut a secret in two: a head of a secret (4 bytes or more)
    /// right before "…" is masked too. One pass over the bytes, whatever the number of spellings.
    public func redact(_ text: String) -> String {
        guard !spellings.isEmpty else { return text }
        let input = Array(text.utf8)
        var output: [UInt8] = []
        var changed = false
        var i = 0
        scan: while i < input.count {
            if let candidates = needlesByFirstByte[input[i]] {
                for needle in candidates {
                    let common = Self.commonPrefix(needle.bytes, input, at: i)
                    if common == needle.bytes.count {
                        output += needle.replacement
                        i += common
                        changed = true
                        continue scan
                    }
                    if common >= Self.shortestHead, Self.matches(Self.ellipsisBytes, input, at: i + common) {
                        output += Array(Self.mask.utf8)
                        i += common
                        changed = true
                        continue scan
                    }
                }
            }
            output.append(input[i])
            i += 1
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    private static func commonPrefix(_ needle: [UInt8], _ input: [UInt8], at start: Int) -> Int {
        var n = 0
        while n < needle.count, start + n < input.count, needle[n] == input[start + n] { n += 1 }
        return n
    }

    private static func matches(_ needle: [UInt8], _ input: [UInt8], at start: Int) -> Bool {
        guard start + needle.count <= input.count else { return false }
        return input[start..<(start + needle.count)].elementsEqual(needle)
    }

    /// The spellings a secret can take in our outputs: URLs, JSON, XML/HTML (JUnit, HTML report),
    /// Markdown (step summaries) and GitHub workflow commands, and these nested up to three deep,
    /// because outputs nest: a response body that echoes a JSON request, shown as a JSON string in
    /// a report, escapes the secret twice.
    static func forms(of secret: String) -> [String] {
        var forms = [secret]
        var frontier = [secret]
        for _ in 0..<3 {
            var next: [String] = []
            for form in frontier {
                for escape in escapers {
                    let escaped = escape(form)
                    if !forms.contains(escaped) {
                        forms.append(escaped)
                        next.append(escaped)
                    }
                }
            }
            frontier = next
        }
        return forms
    }

    private static let escapers: [@Sendable (String) -> String] = [
        { PercentEncoding.encode($0, spaceAsPlus: false) },
        { PercentEncoding.encode($0, spaceAsPlus: true) },
        { PercentEncoding.encode($0, spaceAsPlus: false).lowercasedHexEscapes() },
        { String(JSONValue.string($0).jsonText.dropFirst().dropLast()) },
        // The reports' own escapings, the same functions they write with.
        { OutputEscaping.markup($0) },
        { OutputEscaping.markup($0, attribute: true) },
        { OutputEscaping.markdown($0) },
        { OutputEscaping.gitHubData($0) },
        { OutputEscaping.gitHubProperty($0) },
        // Other servers' JSON: `\/` for a slash (PHP, Java), `\u00e9` for anything non-ASCII (Python).
        { $0.replacing("/", with: "\\/") },
        { unicodeEscaped($0, uppercase: false) },
        { unicodeEscaped($0, uppercase: true) },
    ]

    /// Every non-ASCII scalar as `\uXXXX` (UTF-16, surrogate pairs beyond the BMP), the rest as is.
    static func unicodeEscaped(_ text: String, uppercase: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar); continue }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: uppercase)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
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

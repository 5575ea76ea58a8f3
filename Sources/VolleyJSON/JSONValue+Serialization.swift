extension JSONValue {
    /// Compact JSON text (RFC 8259). Integers print every digit, and integral doubles within 2^53
    /// print without a fraction, so an id captured as 42 goes back into a URL as `42`, not `42.0`.
    public var jsonText: String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// JSON text with two-space indentation, for people.
    public var prettyJSONText: String {
        var out = ""
        write(to: &out, indent: "  ", level: 0)
        return out
    }

    /// The text a template substitutes: strings without quotes, everything else as JSON.
    public var templateText: String {
        if case .string(let s) = self { return s }
        return jsonText
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let n): out += Self.format(number: n)
        case .string(let s): Self.writeQuoted(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                Self.newline(&out, indent, level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
            }
            Self.newline(&out, indent, level)
            out += "]"
        case .object(let object):
            if object.isEmpty { out += "{}"; return }
            out += "{"
            for (i, entry) in object.entries.enumerated() {
                if i > 0 { out += "," }
                Self.newline(&out, indent, level + 1)
                Self.writeQuoted(entry.key, to: &out)
                out += indent == nil ? ":" : ": "
                entry.value.write(to: &out, indent: indent, level: level + 1)
            }
            Self.newline(&out, indent, level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    public static func format(number n: Double) -> String {
        if n.isNaN || n.isInfinite { return "null" }
        if n.rounded() == n, abs(n) < 9_007_199_254_740_992 { return String(Int64(n)) }
        return "\(n)"
    }

    static func writeQuoted(_ s: String, to out: inout String) {
        out += "\""
        TextEscaping.appendBackslashEscaped(s, quote: "\"", to: &out)
        out += "\""
    }
}

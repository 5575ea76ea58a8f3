/// What a scalar means under the YAML 1.2 core schema.
public enum YAMLScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    /// Includes `.inf`, `-.inf` and `.nan`, which have no JSON form: callers that need JSON reject them.
    case float(Double)
    case string(String)
}

extension YAMLScalar {
    /// Quoted and block scalars, and `!!str` / `!` tagged ones, are always strings; only plain
    /// scalars are resolved, by the core schema's patterns (not YAML 1.1's `yes`/`no`/`on`/`off`).
    public var resolved: YAMLScalarValue {
        guard style == .plain, tag != "tag:yaml.org,2002:str", tag != "!" else { return .string(value) }
        return Self.resolvePlain(value)
    }

    static func resolvePlain(_ text: String) -> YAMLScalarValue {
        // Most scalars are words or URLs: one look at the first byte settles them.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return text == "~" || text == "null" || text == "Null" || text == "NULL" ? .null : .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return text == "true" || text == "True" || text == "TRUE" ? .bool(true) : .string(text)
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return text == "false" || text == "False" || text == "FALSE" ? .bool(false) : .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return number(text) ?? .string(text)
        default:
            return .string(text)
        }
    }

    private static func number(_ text: String) -> YAMLScalarValue? {
        if let n = smallDecimal(text.utf8) { return .integer(n) }
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "x"), let n = Int(text.dropFirst(2), radix: 16) { return .integer(n) }
            if bytes[1] == UInt8(ascii: "o"), let n = Int(text.dropFirst(2), radix: 8) { return .integer(n) }
            if bytes[1] == UInt8(ascii: "x") || bytes[1] == UInt8(ascii: "o") { return nil }
        }
        var body = Substring(text)
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        switch body {
        case ".inf", ".Inf", ".INF": return .float(negative ? -.infinity : .infinity)
        case ".nan", ".NaN", ".NAN": return text == body ? .float(.nan) : nil
        default: break
        }
        guard isCoreFloatSyntax(body.utf8) else { return nil }
        if body.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            if let n = Int(text) { return .integer(n) }
        }
        // Swift's Double(_:) wants a digit after the point ("1." and "1.e5" are valid YAML).
        var normalized = text
        if let point = normalized.firstIndex(of: ".") {
            let next = normalized.index(after: point)
            if next == normalized.endIndex || !normalized[next].isNumber { normalized.insert("0", at: next) }
        }
        return Double(normalized).map { .float($0) }
    }

    /// Up to 18 decimal digits, no sign: most numbers in a collection (a status, a count, a
    /// limit) read without the general path's array, substrings and second parse (4,800
    /// instructions for `200`).
    private static func smallDecimal(_ utf8: String.UTF8View) -> Int? {
        guard (1...18).contains(utf8.count) else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, the core schema's float without its sign.
    private static func isCoreFloatSyntax(_ utf8: Substring.UTF8View) -> Bool {
        var i = utf8.startIndex
        func digits() -> Int {
            var n = 0
            while i < utf8.endIndex, utf8[i] >= UInt8(ascii: "0"), utf8[i] <= UInt8(ascii: "9") {
                i = utf8.index(after: i)
                n += 1
            }
            return n
        }
        let whole = digits()
        if i < utf8.endIndex, utf8[i] == UInt8(ascii: ".") {
            i = utf8.index(after: i)
            if digits() == 0, whole == 0 { return false }
        } else if whole == 0 {
            return false
        }
        if i < utf8.endIndex, utf8[i] == UInt8(ascii: "e") || utf8[i] == UInt8(ascii: "E") {
            i = utf8.index(after: i)
            if i < utf8.endIndex, utf8[i] == UInt8(ascii: "-") || utf8[i] == UInt8(ascii: "+") {
                i = utf8.index(after: i)
            }
            if digits() == 0 { return false }
        }
        return i == utf8.endIndex
    }
}

public import VolleyCore

/// Postman's `{{name}}` placeholders, which are more lenient than Volley's: any text between the
/// braces names a variable (spaces too), an unknown `{{$dynamic}}` or a `{{` that is never closed
/// is sent as written. So parsing a Postman value never fails.
public enum PostmanTemplate {
    public static func parse(_ text: String, at location: SourceLocation) -> Template {
        guard text.utf8.containsPair(UInt8(ascii: "{")) else { return Template(parts: [.literal(text)], location: location) }
        var parts: [Template.Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { break }
            literal += rest[..<open.lowerBound]
            let inner = String(afterOpen[..<close.lowerBound])
            let name = inner.trimmingWhitespace()
            rest = afterOpen[close.upperBound...]
            let part: Template.Part?
            if name.isEmpty || name.contains("{") {
                part = nil
            } else if name.hasPrefix("$") {
                part = Template.Builtin(rawValue: name).map(Template.Part.builtin)
            } else {
                part = .variable(name)
            }
            guard let part else {
                literal += "{{" + inner + "}}"
                continue
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(part)
        }
        literal += rest
        if !literal.isEmpty || parts.isEmpty { parts.append(.literal(literal)) }
        return Template(parts: parts, location: location)
    }
}

extension Substring {
    /// The first place `needle` occurs (no Foundation in this module).
    func range(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var index = utf8.startIndex
        while let found = utf8[index...].firstIndex(of: first) {
            var end = found
            var matched = true
            for byte in pattern {
                guard end < utf8.endIndex, utf8[end] == byte else { matched = false; break }
                end = utf8.index(after: end)
            }
            if matched { return found..<end }
            index = utf8.index(after: found)
        }
        return nil
    }
}

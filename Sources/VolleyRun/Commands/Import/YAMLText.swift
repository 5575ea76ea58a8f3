import VolleyCore
import VolleyJSON

/// Lines of a YAML file being written, and the quoting that keeps every value what it was:
/// strings are written as JSON strings (a YAML double-quoted scalar), so no value can turn
/// into a number, a boolean, a comment or a key.
struct YAMLText {
    private(set) var lines: [String] = []

    mutating func add(_ indent: Int, _ text: String) {
        lines.append(String(repeating: " ", count: indent) + text)
    }

    /// `key: |2-` with the text below it, exactly: the indentation indicator keeps a first line
    /// that starts with spaces, `+` keeps trailing line breaks. Line breaks are `\n`; a text with a
    /// carriage return (it would read back as a line break) or on one line is a quoted string.
    mutating func text(_ indent: Int, key: String, _ value: String) {
        guard value.contains("\n"), !value.contains("\r") else {
            add(indent, "\(key): \(Self.quoted(value))")
            return
        }
        var body = Substring(value)
        let keepsTrailing = body.hasSuffix("\n")
        if keepsTrailing { body = body.dropLast() }
        add(indent, "\(key): |2\(keepsTrailing ? "+" : "-")")
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            add(line.isEmpty ? 0 : indent + 2, String(line))
        }
    }

    /// A script's text as a block can hold it: Windows line ends become `\n`, which JavaScript
    /// reads the same outside string literals.
    mutating func script(_ indent: Int, key: String, _ value: String) {
        let text = value.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        text.contains("\n") ? self.text(indent, key: key, text) : add(indent, "\(key): \(Self.quoted(text))")
    }

    var joined: String { lines.joined(separator: "\n") + "\n" }

    static func quoted(_ text: String) -> String { JSONValue.string(text).jsonText }

    static func quoted(_ template: Template) -> String { quoted(template.writtenText) }

    /// A variable's value: scalars as they are, arrays and objects as their JSON text in a string.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): quoted(s)
        case .integer, .number, .bool, .null: value.jsonText
        case .array, .object: quoted(value.jsonText)
        }
    }
}

extension String {
    /// Every `target` replaced (no Foundation in this module).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

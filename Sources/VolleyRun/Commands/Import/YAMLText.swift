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

    /// `key: |` with the text below it, or a quoted string when a block cannot hold it exactly
    /// (a first line that starts with a space, a carriage return, trailing blank lines).
    mutating func text(_ indent: Int, key: String, _ value: String) {
        let blockable = !value.isEmpty && !value.contains("\r") && value.first?.isWhitespace == false
            && !value.hasSuffix("\n") && !value.contains("\t")
        guard blockable, value.contains("\n") else {
            add(indent, "\(key): \(Self.quoted(value))")
            return
        }
        add(indent, "\(key): |-")
        for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
            add(line.isEmpty ? 0 : indent + 2, String(line))
        }
    }

    var joined: String { lines.joined(separator: "\n") + "\n" }

    static func quoted(_ text: String) -> String { JSONValue.string(text).jsonText }

    /// A template written back as its text (`{{name}}` placeholders as they were).
    static func text(of template: Template) -> String {
        template.parts.map { part in
            switch part {
            case .literal(let text): text
            case .variable(let name): "{{" + name + "}}"
            case .builtin(let builtin): "{{" + builtin.rawValue + "}}"
            }
        }.joined()
    }

    static func quoted(_ template: Template) -> String { quoted(text(of: template)) }

    /// A variable's value: scalars as they are, arrays and objects as their JSON text in a string.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): quoted(s)
        case .integer, .number, .bool, .null: value.jsonText
        case .array, .object: quoted(value.jsonText)
        }
    }
}

public import VolleyCore
import VolleyJSON

/// A JSON value of a Postman file with where it starts (`file:line:column`), and its members'
/// nodes, so every error the decoder finds points at the value it is about.
struct PostmanNode {
    let value: JSONValue
    let location: SourceLocation
    /// Array elements, or an object's member values in its key order.
    private let children: [PostmanNode]

    /// Parses `source`; a syntax error is a diagnostic at its position.
    static func parse(_ source: String, file: String) throws(DiagnosticList) -> PostmanNode {
        let parsed: (value: JSONValue, positions: JSONPositions)
        do {
            parsed = try JSONValue.parseWithPositions(source)
        } catch {
            throw DiagnosticList([Diagnostic(
                .error, "not valid JSON: \(error.message)", at: SourceLocation(file: file, line: error.line, column: error.column))])
        }
        var index = 0
        return PostmanNode(parsed.value, positions: parsed.positions, file: file, index: &index)
    }

    /// Walks `value` depth first, as the parser recorded the positions.
    private init(_ value: JSONValue, positions: JSONPositions, file: String, index: inout Int) {
        let start = positions.position(index)
        index += 1
        self.value = value
        self.location = SourceLocation(file: file, line: start.line, column: start.column)
        switch value {
        case .array(let items):
            var children: [PostmanNode] = []
            children.reserveCapacity(items.count)
            for item in items { children.append(PostmanNode(item, positions: positions, file: file, index: &index)) }
            self.children = children
        case .object(let object):
            var children: [PostmanNode] = []
            children.reserveCapacity(object.count)
            for member in object.values { children.append(PostmanNode(member, positions: positions, file: file, index: &index)) }
            self.children = children
        default:
            self.children = []
        }
    }

    /// The member `key` of an object; nil for a missing member, a JSON `null` or a non-object.
    subscript(key: String) -> PostmanNode? {
        guard case .object(let object) = value, let at = object.keys.firstIndex(of: key) else { return nil }
        let member = children[at]
        if case .null = member.value { return nil }
        return member
    }

    /// An array's elements; empty for anything else.
    var elements: [PostmanNode] {
        if case .array = value { return children }
        return []
    }

    var isObject: Bool { value.objectValue != nil }
    var isArray: Bool { value.arrayValue != nil }

    /// A string, or a number or boolean as Postman reads it into text (`"port": 8080`).
    var text: String? {
        switch value {
        case .string(let s): s
        case .integer(let i): String(i)
        case .number(let n): n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }

    /// True for `true` (and Postman's `"true"`), false for anything else.
    var isTrue: Bool {
        switch value {
        case .bool(let b): b
        case .string(let s): s == "true"
        default: false
        }
    }

    /// Where a string's content starts: one column after its opening quote.
    var contentLocation: SourceLocation {
        guard case .string = value else { return location }
        var at = location
        at.column += 1
        return at
    }
}

/// A JSON value. Used for JSON bodies, variables, captured values and expected values in assertions.
///
/// An integer written without fraction or exponent that fits Int64 is kept exact (`integer`), so a
/// 64-bit snowflake id survives a capture; every other number is an IEEE double (`number`).
/// The two are one kind of value: `1` equals `1.0` (see `JSONValue+Equality.swift`).
/// Objects keep their members in document order so that output reads like the input.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number(let n): n.rounded() == n && n.isFinite ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number as a double: exact for doubles, rounded to the nearest double for integers.
    public var numberValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let n): n
        default: nil
        }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }
}

/// A JSON object: member lookup by name, iteration in insertion order.
/// A repeated name keeps its first position and its last value, as most JSON parsers do.
public struct JSONObject: Sendable, Hashable {
    public private(set) var keys: [String] = []
    private var members: [String: JSONValue] = [:]

    public init() {}

    public init(_ pairs: [(String, JSONValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public subscript(key: String) -> JSONValue? {
        get { members[key] }
        set {
            if let newValue {
                if members.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if members.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Members in document order.
    public var entries: [(key: String, value: JSONValue)] {
        keys.map { ($0, members[$0]!) }
    }

    public var values: [JSONValue] { keys.map { members[$0]! } }

    /// Objects are equal when they have the same members, whatever their order (RFC 8259).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members == rhs.members
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members)
    }
}

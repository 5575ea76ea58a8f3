public import VolleyJSON
/// What a request sends. Exactly one of these per request.
public enum RequestBody: Sendable, Hashable {
    /// `json:`: string leaves are templates; a leaf that is exactly `{{name}}` keeps the variable's type.
    case json(TemplatedJSON)
    /// `form:`: sent as `application/x-www-form-urlencoded`.
    case form([KeyValueTemplate])
    /// `body:`: sent as written after templating.
    case raw(Template)
    /// `body: { file: path }`: the file's bytes as they are (read at load, binary-safe).
    case file(bytes: [UInt8], path: String)
    /// `multipart:`: text and file fields sent as `multipart/form-data`.
    case multipart([MultipartPart])
}

/// A JSON value whose string leaves are templates.
public indirect enum TemplatedJSON: Sendable, Hashable {
    case literal(JSONValue)
    case string(Template)
    case array([TemplatedJSON])
    case object([(key: String, value: TemplatedJSON)])

    public static func == (lhs: TemplatedJSON, rhs: TemplatedJSON) -> Bool {
        switch (lhs, rhs) {
        case (.literal(let a), .literal(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .literal(let v): hasher.combine(v)
        case .string(let t): hasher.combine(t)
        case .array(let a): hasher.combine(a)
        case .object(let members):
            for m in members { hasher.combine(m.key); hasher.combine(m.value) }
        }
    }
}

/// A name/value pair of templates: a header, a query parameter or a form field.
public struct KeyValueTemplate: Sendable, Hashable {
    public var name: String
    public var value: Template
    public var location: SourceLocation

    public init(name: String, value: Template, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}

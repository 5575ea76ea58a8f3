import VolleyCore
import VolleyJSON

extension CollectionDecoder {
    static let bodyKeys = ["json", "form", "body", "multipart", "graphql"]
    static let bodyFileKeys = ["file"]
    static let multipartFileKeys = ["file", "content_type", "filename"]
    static let graphqlKeys = ["query", "variables", "operation_name"]

    /// The one body of a request; a second body key is reported where it was written.
    mutating func decodeBody(_ fields: MappingFields) -> RequestBody? {
        let written = fields.entries.filter { Self.bodyKeys.contains($0.name) }
        guard let first = written.first else { return nil }
        for extra in written.dropFirst() {
            error(
                "request has both '\(first.name)' and '\(extra.name)' (use only one of \(Self.quotedList(Self.bodyKeys, joinedBy: "or")))",
                at: extra.key.location)
        }
        switch first.name {
        case "json":
            return templatedJSON(first.value).map { .json($0) }
        case "form":
            return .form(keyValues(first.value, .form))
        case "multipart":
            return decodeMultipart(first.value)
        case "graphql":
            return decodeGraphQL(first.value)
        default:
            if first.value.mapping != nil { return decodeBodyFile(first.value) }
            if first.value.scalar == nil {
                error(
                    "'body' must be a string or { file: path }, found \(first.value.foundDescription) (use 'json:' for a JSON body)",
                    at: first.value.location)
                return nil
            }
            return template(first.value, "'body'").map { .raw($0) }
        }
    }

    /// A `json:` body. Strings containing `{{` become templates (so `"{{n}}"` alone keeps the
    /// variable's JSON type); any subtree without one collapses into a single `.literal`.
    mutating func templatedJSON(_ node: YAMLNode) -> TemplatedJSON? {
        if let name = node.unquotedPlaceholderName {
            error("YAML reads an unquoted {{\(name)}} as a map; quote it: \"{{\(name)}}\"", at: node.location)
            return nil
        }
        switch node.kind {
        case .scalar(let scalar):
            if case .string(let text) = scalar.resolved, Self.mayHoldPlaceholder(text) {
                return template(text, of: node).map { .string($0) }
            }
            return json(node).map { .literal($0) }
        case .sequence(let items):
            var out: [TemplatedJSON] = []
            var failed = false
            for item in items {
                if let value = templatedJSON(item) { out.append(value) } else { failed = true }
            }
            if failed { return nil }
            if let literals = Self.literals(out) { return .literal(.array(literals)) }
            return .array(out)
        case .mapping(let pairs):
            var out: [(key: String, value: TemplatedJSON)] = []
            var failed = false
            for pair in pairs {
                var problems: [YAMLNode.JSONConversionError] = []
                let key = pair.key.jsonKey(problems: &problems)
                for problem in problems { error(problem.message, at: problem.location) }
                if let key, let value = templatedJSON(pair.value) { out.append((key, value)) } else { failed = true }
            }
            if failed { return nil }
            if let literals = Self.literals(out.map(\.value)) {
                return .literal(.object(JSONObject(zip(out.map(\.key), literals).map { ($0, $1) })))
            }
            return .object(out)
        }
    }

    private static func literals(_ values: [TemplatedJSON]) -> [JSONValue]? {
        var out: [JSONValue] = []
        out.reserveCapacity(values.count)
        for value in values {
            guard case .literal(let literal) = value else { return nil }
            out.append(literal)
        }
        return out
    }
}

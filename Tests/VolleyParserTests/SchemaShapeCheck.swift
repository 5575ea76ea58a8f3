import Foundation
import VolleyJSON
import VolleyParser

/// A structural check of a document against one of the JSON Schemas in schemas/: types, consts,
/// enums, required keys and, above all, that every key is a property the schema defines at
/// that place. Enough to catch a schema that lags the format without a validator installed;
/// patterns and bounds are left to a full validator (see JSONSchemaTests).
struct SchemaShapeCheck {
    let root: JSONValue

    init(schemaAt url: URL) throws {
        root = try JSONValue.parse(try String(contentsOf: url, encoding: .utf8))
    }

    /// The problems of a YAML document, as `path: message`.
    func problems(ofYAML source: String, file: String) throws -> [String] {
        let node = try YAMLNode.load(source: source, file: file)
        var conversion: [YAMLNode.JSONConversionError] = []
        let value = node?.jsonValue(problems: &conversion) ?? .null
        return conversion.map { "\($0.location.line):\($0.location.column): \($0.message)" }
            + problems(of: value, against: root, at: "$")
    }

    func problems(of value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        guard let schema = resolved(schema).objectValue else { return [] }
        if let condition = schema["if"] {
            let branch = problems(of: value, against: condition, at: path).isEmpty ? schema["then"] : schema["else"]
            return branch.map { problems(of: value, against: $0, at: path) } ?? []
        }
        for keyword in ["oneOf", "anyOf"] {
            guard let branches = schema[keyword]?.arrayValue else { continue }
            let results = branches.map { problems(of: value, against: $0, at: path) }
            if results.contains(where: \.isEmpty) { return [] }
            // The alternative the value was most likely meant as: the first whose type it has.
            let meant = branches.indices.first { admits(branches[$0], value) } ?? 0
            return results.isEmpty ? [] : results[meant]
        }
        if let excluded = schema["not"], problems(of: value, against: excluded, at: path).isEmpty {
            return ["\(path): must not be \(value.typeName)"]
        }
        if !admits(.object(schema), value) { return ["\(path): \(value.typeName) is not allowed here"] }
        if let constant = schema["const"], constant != value { return ["\(path): must be \(constant)"] }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) { return ["\(path): not one of \(options)"] }
        switch value {
        case .object(let object): return problems(of: object, against: schema, at: path)
        case .array(let items):
            guard let itemSchema = schema["items"] else { return [] }
            return items.enumerated().flatMap { problems(of: $1, against: itemSchema, at: "\(path)[\($0)]") }
        default: return []
        }
    }

    private func problems(of object: JSONObject, against schema: JSONObject, at path: String) -> [String] {
        var found: [String] = []
        for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
            found.append("\(path): missing '\(key)'")
        }
        let properties = schema["properties"]?.objectValue ?? JSONObject()
        for (key, member) in object.entries {
            if let property = properties[key] {
                found += problems(of: member, against: property, at: "\(path).\(key)")
            } else if let additional = schema["additionalProperties"] {
                if case .bool(false) = additional {
                    found.append("\(path): unknown key '\(key)'")
                } else {
                    found += problems(of: member, against: additional, at: "\(path).\(key)")
                }
            }
        }
        return found
    }

    /// Follows `$ref`s of the form `#/definitions/name`, the only kind the schemas use.
    private func resolved(_ schema: JSONValue) -> JSONValue {
        guard let reference = schema.objectValue?["$ref"]?.stringValue else { return schema }
        let name = String(reference.dropFirst("#/definitions/".count))
        guard let target = root.objectValue?["definitions"]?.objectValue?[name] else { return .null }
        return resolved(target)
    }

    /// Whether the schema's `type` (if any) admits the value; `number` takes integers too.
    private func admits(_ schema: JSONValue, _ value: JSONValue) -> Bool {
        guard let declared = resolved(schema).objectValue?["type"] else { return true }
        let names = declared.arrayValue?.compactMap(\.stringValue) ?? [declared.stringValue].compactMap { $0 }
        let actual = value.typeName
        return names.contains(actual) || (names.contains("number") && actual == "integer")
    }
}

public import VolleyCore
import VolleyJSON

/// A Postman environment or globals export: `values`, each `{key, value, enabled, type}`. A
/// disabled value is left out; a `type: secret` one is marked sensitive, so it is redacted
/// from every output like a keyring secret.
public enum PostmanEnvironmentDecoder {
    public static func decode(source: String, file: String, name: String) throws(DiagnosticList) -> Environment {
        let root = try PostmanNode.parse(source, file: file)
        var errors: [Diagnostic] = []
        var environment = Environment(name: root["name"]?.text ?? name, file: file)
        guard root.isObject, let values = root["values"], values.isArray else {
            let message = root.isObject && root["values"] != nil
                ? "'values' must be an array of {key, value} objects"
                : "not a Postman environment or globals file: expected an object with 'values'"
            throw DiagnosticList([Diagnostic(.error, message, at: root["values"]?.location ?? root.location)])
        }
        for entry in values.elements {
            guard entry.isObject, let key = entry["key"]?.text else {
                errors.append(Diagnostic(.error, "a value must be an object with a 'key'", at: entry.location))
                continue
            }
            if let enabled = entry["enabled"], !enabled.isTrue { continue }
            let value = entry["value"]
            environment.variables[key] = Located(value?.value ?? .string(""), at: value?.location ?? entry.location)
            if entry["type"]?.text == "secret" { environment.sensitiveNames.insert(key) }
        }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        return environment
    }
}

/// Recognises Postman files by their content (an export need not keep its `.postman_collection.json`
/// name), cheaply: a JSON object that names Postman's collection schema, or the marks Postman's
/// environment and globals exports carry.
public enum PostmanFormat {
    /// A Postman Collection (v2.0 or v2.1; v1 is recognised too, to say it is not supported).
    public static func isCollection(path: String, source: String) -> Bool {
        guard startsWithObject(source) else { return false }
        if path.lowercased().hasSuffix(".postman_collection.json") { return true }
        let head = source.prefix(4096)
        return contains(head, "schema.getpostman.com/json/collection")
            || contains(head, "schema.postman.com/json/collection")
            || contains(head, "\"_postman_id\"") && !contains(head, "\"values\"")
    }

    /// A Postman environment or globals export (`values` with `key`/`value`/`enabled`).
    public static func isEnvironment(path: String, source: String) -> Bool {
        guard startsWithObject(source) else { return false }
        let lower = path.lowercased()
        if lower.hasSuffix(".postman_environment.json") || lower.hasSuffix(".postman_globals.json") || lower.hasSuffix(".json") {
            return true
        }
        return source.prefix(65536).range(of: "\"_postman_variable_scope\"") != nil
    }

    private static func startsWithObject(_ source: String) -> Bool {
        source.utf8.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{")
    }

    private static func contains(_ haystack: Substring, _ needle: String) -> Bool {
        haystack.range(of: needle) != nil
    }
}

import VolleyCore

/// A key whose value does not have the shape its collection or environment declares with
/// `key_shape:` was most likely pasted wrong (a trailing quote, half a key): say so before the
/// first request spends a credit. The warning names the variable, its source and the pattern,
/// never the value. Without `key_shape:` nothing is checked: shapes belong to an API, not to Volley.
enum KeyShapeCheck {
    /// The environment's shapes win over the collection's for the same name.
    static func shapes(of collection: Collection, environment: Environment?) -> [String: Located<String>] {
        collection.keyShapes.merging(environment?.keyShapes ?? [:]) { _, environment in environment }
    }

    /// `warning: …` for every value of `entry` whose shape is wrong: `fetched` secrets, or the
    /// variable as its scopes give it.
    static func warnings(
        for entry: LoadedCollections.Entry, fetched: [String: (value: String, origin: String?)], names: SettingNames
    ) -> [String] {
        var warnings: [String] = []
        for (name, shape) in shapes(of: entry.collection, environment: entry.environment).sorted(by: { $0.key < $1.key }) {
            let given = fetched[name] ?? entry.scopes.lookup(name).map { ($0.value.templateText, $0.source.text(naming: names)) }
            if let (value, origin) = given, let warning = warning(name: name, value: value, origin: origin, shape: shape) {
                warnings.append("warning: \(warning)")
            }
        }
        return warnings
    }

    static func warning(name: String, value: String, origin: String?, shape: Located<String>) -> String? {
        // The parser compiled the pattern already; one that fails here is not this check's to report.
        guard let regex = try? Regex(shape.value), (try? regex.firstMatch(in: value)) == nil else { return nil }
        let from = origin.map { " (from \($0))" } ?? ""
        return "'\(name)'\(from) does not have the shape key_shape gives it at \(shape.location) "
            + "(\(shape.value)); check it was stored whole"
    }
}

public import VolleyCore

/// Reads collection and environment files. Pure functions on text: the caller reads the file
/// and renders what is thrown (`Diagnostic.rendered(source:)`).
///
/// Every problem in a file is reported at once, sorted by position, each at the exact key or
/// value it concerns. A YAML syntax error is the exception: libyaml cannot go past it, so it
/// comes alone.
///
/// Readings of the format worth knowing (collection format version 1):
/// - An expectation's map value is a predicate map (several keys: all must hold); any other
///   value means `equals`. To expect a map, write it under `equals:`.
/// - `status: 2xx` is `.all([.greaterThanOrEqual(200), .lessThan(300)])`.
/// - `duration:` values are milliseconds: numbers as they are, `2s`/`500ms` converted.
/// - `timeout:` needs a unit (`30s`); a bare number is refused rather than guessed.
/// - Query, header and form values that are numbers or booleans are sent as written (`1.50`).
/// - In `json:` bodies a string containing `{{` is a template; any subtree without one is a
///   single `.literal`.
/// - Expected values (`"$.id": "{{company_id}}"`) are kept as written, placeholders included.
/// - `secrets:` in an environment file is refused as "not supported yet".
public enum CollectionParser {
    public static func parseCollection(source: String, file: String) throws(DiagnosticList) -> Collection {
        let composed = try YAMLComposer.compose(source: source, file: file)
        var decoder = CollectionDecoder(file: file)
        decoder.report(composed.diagnostics)
        let collection = decoder.decodeCollection(composed.root)
        if let failure = decoder.failure { throw failure }
        // nil always comes with a diagnostic; this guard only keeps the function total.
        guard let collection else {
            throw DiagnosticList([Diagnostic(.error, "empty collection file", at: decoder.startOfFile)])
        }
        return collection
    }

    /// `name` is the environment's name as the user chose it (`--env staging`), not read from the file.
    public static func parseEnvironment(
        source: String, file: String, name: String
    ) throws(DiagnosticList) -> Environment {
        let composed = try YAMLComposer.compose(source: source, file: file)
        var decoder = CollectionDecoder(file: file)
        decoder.report(composed.diagnostics)
        let environment = decoder.decodeEnvironment(composed.root, name: name)
        if let failure = decoder.failure { throw failure }
        return environment ?? Environment(name: name, file: file)
    }
}

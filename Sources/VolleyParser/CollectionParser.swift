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
/// - `auth`, `retry`, `rate` and `idempotent` may be written beside a collection's or folder's
///   `name:` or inside its `defaults:`, not both; a request sets all but `rate` for itself.
/// - `retry: 3` is `retry: { count: 3 }`; `retry.on` takes status codes only, never 402.
/// - `secrets:` in an environment file says where each value lives; the values come from a
///   `--secrets-file` (`parseSecretsFile`), the keyring, a process variable or a file.
/// - A script is a `|` block, a one-line scalar or `{ file: path }`; a folded `>` block or a
///   flow scalar over several lines is refused, because YAML joins their lines and the
///   script's positions would no longer be the file's.
public enum CollectionParser {
    /// `scriptFiles` reads the `.js` files that `scripts:` names, at their paths joined to the
    /// collection's folder (`ScriptFileReader.path`).
    public static func parseCollection(
        source: String, file: String, scriptFiles: ScriptFileReader = .none
    ) throws(DiagnosticList) -> Collection {
        let composed = try YAMLComposer.compose(source: source, file: file)
        var decoder = CollectionDecoder(file: file, source: source, scriptFiles: scriptFiles)
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

    /// A `--secrets-file`: a map of secret names to their values (scalars, taken as written).
    /// Diagnostics name a secret but never quote its value; the caller should not print the
    /// source line under them either, as `rendered(source:)` would.
    public static func parseSecretsFile(
        source: String, file: String
    ) throws(DiagnosticList) -> [String: Located<String>] {
        let composed = try YAMLComposer.compose(source: source, file: file)
        var decoder = CollectionDecoder(file: file)
        decoder.report(composed.diagnostics)
        let values = decoder.decodeSecretValues(composed.root)
        if let failure = decoder.failure { throw failure }
        return values
    }
}

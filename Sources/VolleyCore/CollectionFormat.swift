/// Which format a collection was read from. The model is the same; a few rules follow the
/// format's own runner, so a file runs as its users expect (README "Running Postman collections").
public enum CollectionFormat: Sendable, Hashable {
    /// Volley's YAML: an undefined variable is an error before anything is sent.
    case volley
    /// A Postman Collection (v2.0 or v2.1): an unresolved `{{name}}` is sent as written, with a
    /// note, as Postman and Newman do; numbers in a CSV data file are read as numbers (Newman).
    case postman

    /// Whether a placeholder no scope defines is sent as its own text instead of failing.
    public var sendsUndefinedVariablesLiterally: Bool { self == .postman }
}

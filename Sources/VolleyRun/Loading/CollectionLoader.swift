import VolleyCore
import VolleyParser

/// Turns one file's text into a collection. The YAML loader is the one today; a Postman
/// collection loader plugs in beside it, chosen by the file it accepts.
public protocol CollectionLoader: Sendable {
    /// Whether this loader reads the file at `path` (decided by its name, before reading it).
    func accepts(_ path: String) -> Bool
    /// Throws `DiagnosticList` for a collection with errors, every error with its position.
    func load(source: String, file: String) throws -> Collection
}

/// Volley's own YAML collections.
public struct YAMLCollectionLoader: CollectionLoader {
    public init() {}

    /// Any file: YAML is what a file named on the command line is read as unless another loader claims it.
    public func accepts(_ path: String) -> Bool { true }

    public func load(source: String, file: String) throws -> Collection {
        try CollectionParser.parseCollection(source: source, file: file)
    }
}

extension [any CollectionLoader] {
    /// The first loader that accepts `path`, or the YAML loader.
    func loader(for path: String) -> any CollectionLoader {
        first { $0.accepts(path) } ?? YAMLCollectionLoader()
    }
}

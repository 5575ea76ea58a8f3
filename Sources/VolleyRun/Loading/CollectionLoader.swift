import VolleyCore
import VolleyParser

/// Turns one file's text into a collection. The YAML loader is the one today; a Postman
/// collection loader goes into the list of loaders `LoadedCollections.load` tries, before the
/// YAML loader that takes whatever no other loader claims.
public protocol CollectionLoader: Sendable {
    /// Whether this loader reads the file at `path` whose text is `source`: by content first
    /// (a Postman export need not be named `.postman_collection.json`), the name as a hint.
    func accepts(path: String, source: String) -> Bool
    /// Throws `DiagnosticList` for a collection with errors, every error with its position.
    func load(source: String, file: String) throws -> Collection
}

/// Volley's own YAML collections.
public struct YAMLCollectionLoader: CollectionLoader {
    public init() {}

    /// Any file: YAML is what a file named on the command line is read as unless another loader claims it.
    public func accepts(path: String, source: String) -> Bool { true }

    public func load(source: String, file: String) throws -> Collection {
        try CollectionParser.parseCollection(source: source, file: file, scriptFiles: .fileSystem)
    }
}

extension [any CollectionLoader] {
    /// The first loader that accepts the file, else the YAML loader.
    func loader(for path: String, source: String) -> any CollectionLoader {
        first { $0.accepts(path: path, source: source) } ?? YAMLCollectionLoader()
    }
}

import VolleyCore
import VolleyPostman

/// Postman Collection v2.1 and v2.0 exports, recognised by their content (`PostmanFormat`),
/// mapped onto the model by `VolleyPostman` (README "Running Postman collections").
public struct PostmanCollectionLoader: CollectionLoader {
    public init() {}

    public func accepts(path: String, source: String) -> Bool {
        PostmanFormat.isCollection(path: path, source: source)
    }

    public func load(source: String, file: String) throws -> Collection {
        try PostmanCollectionDecoder.decode(source: source, file: file, files: .fileSystem)
    }
}

extension [any CollectionLoader] {
    /// The formats `run` and `validate` read besides YAML, tried first, in order.
    public static let standard: [any CollectionLoader] = [PostmanCollectionLoader()]
}

import VolleyCore

/// Reads collection and environment files, keeping their text for error carets.
public final class SourceFiles {
    public private(set) var texts: [String: String] = [:]
    private var secretTexts: [String: String] = [:]

    public init() {}

    /// - Parameter secret: a secrets file: read it, but keep its text out of error carets.
    public func read(_ path: String, secret: Bool = false) throws(InputError) -> String {
        if let text = texts[path] ?? secretTexts[path] { return text }
        let bytes: [UInt8]
        switch FileSystem.contents(of: path) {
        case .success(let contents): bytes = contents
        case .failure:
            throw InputError("cannot read '\(path)': \(FileSystem.exists(path) ? "permission denied" : "no such file")")
        }
        let text = try SourceDecoding.text(of: bytes, path: path)
        if secret { secretTexts[path] = text } else { texts[path] = text }
        return text
    }

    /// Keeps a text read elsewhere (a collection's `file:` script, read by its parser) for the
    /// carets of errors inside it.
    public func keep(_ text: String, for path: String) {
        if texts[path] == nil { texts[path] = text }
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        diagnostic.rendered(source: texts[diagnostic.location.file])
    }

    /// Collection files named on the command line: files as given, directories expanded to their
    /// `*.yaml` / `*.yml` (and Postman's `*.postman_collection.json`) files in name order (not descending into `environments/` or other folders).
    public static func collectionPaths(_ arguments: [String]) throws(InputError) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            switch FileSystem.kind(of: argument) {
            case .missing: throw InputError("no such file or directory: '\(argument)'")
            case .directory: break
            case .file, .other:
                paths.append(argument)
                continue
            }
            let collections = FileSystem.entries(of: argument).filter {
                $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".postman_collection.json")
            }.sorted().map {
                argument.hasSuffix("/") ? argument + $0 : argument + "/" + $0
            }.filter { FileSystem.kind(of: $0) != .directory && FileSystem.exists($0) }
            guard !collections.isEmpty else {
                throw InputError("no collection files (*.yaml) in directory '\(argument)'")
            }
            paths += collections
        }
        return paths
    }
}

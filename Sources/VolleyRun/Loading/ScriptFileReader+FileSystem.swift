import VolleyParser

extension ScriptFileReader {
    /// The `file:` scripts of a collection, read from disk. A FIFO or device is refused rather
    /// than read (it could block the load), and a file over the limit is not read at all.
    static let fileSystem = ScriptFileReader { path, limit in
        switch FileSystem.kind(of: path) {
        case .missing: return .failure(.missing)
        case .directory: return .failure(.directory)
        case .other: return .failure(.notRegularFile)
        case .file: break
        }
        if let size = FileSystem.size(of: path), size > limit { return .failure(.tooLarge(bytes: size)) }
        return FileSystem.contents(of: path).mapError { .unreadable(reason: $0.reason) }
    }
}

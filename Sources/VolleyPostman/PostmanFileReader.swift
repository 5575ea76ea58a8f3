/// Reads the files a Postman request sends (`formdata` file fields, `file` bodies with a `src`)
/// for the decoder, which does no I/O itself: the loader passes one that reads the file system,
/// tests one that serves bytes from memory. Files are read at load, so a missing one stops the
/// run before anything is sent.
public struct PostmanFileReader: Sendable {
    /// The bytes of the file at `path` (already joined to the collection's folder), or why not,
    /// worded for the message (`no such file`).
    public let read: @Sendable (_ path: String) -> Result<[UInt8], Failure>

    /// Why a file could not be read, as the message words it.
    public struct Failure: Error, Sendable, Equatable {
        public var reason: String
        public init(reason: String) { self.reason = reason }
    }

    public init(read: @escaping @Sendable (_ path: String) -> Result<[UInt8], Failure>) {
        self.read = read
    }

    /// Refuses every file: for decoding text that has no folder to read beside.
    public static let none = PostmanFileReader { _ in .failure(Failure(reason: "files are not read here")) }

    /// Serves `files` (path → text) from memory, paths as the decoder joins them.
    public static func inMemory(_ files: [String: String]) -> PostmanFileReader {
        PostmanFileReader { path in
            guard let text = files[path] else { return .failure(Failure(reason: "no such file")) }
            return .success(Array(text.utf8))
        }
    }

    /// The path of a file written as `written` (a `src`) in the collection at `collectionFile`:
    /// absolute as it is, relative to the collection's folder otherwise (Newman resolves it
    /// against its `--working-dir`, the current directory by default: the same when the
    /// collection is run from its own folder).
    public static func path(_ written: String, besideCollection collectionFile: String) -> String {
        if written.hasPrefix("/") { return written }
        guard let slash = collectionFile.lastIndex(of: "/") else { return written }
        let folder = collectionFile[...slash]
        return folder == "./" ? written : folder + written
    }
}

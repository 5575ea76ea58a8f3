/// Reads the `.js` files that `scripts:` names (`before: { file: scripts/sign.js }`) for the
/// parser, which does no I/O itself: the loader passes one that reads the file system, tests
/// one that serves texts from memory.
public struct ScriptFileReader: Sendable {
    /// Why a script file could not be had; the parser words it at the `file:` value.
    public enum Failure: Error, Sendable, Equatable {
        case missing
        case directory
        /// A device, a FIFO or a socket: reading one could block the load for ever.
        case notRegularFile
        /// Found larger than the limit before reading it.
        case tooLarge(bytes: Int)
        /// The system's reason, lower-cased (`permission denied`).
        case unreadable(reason: String)
    }

    /// The bytes of the file at `path` (already joined to the collection's folder), or why not;
    /// `limit` is the most bytes a script file may have, so a huge file need not be read.
    public let read: @Sendable (_ path: String, _ limit: Int) -> Result<[UInt8], Failure>

    public init(read: @escaping @Sendable (_ path: String, _ limit: Int) -> Result<[UInt8], Failure>) {
        self.read = read
    }

    /// Refuses every file: for parsing text that has no folder to read beside.
    public static let none = ScriptFileReader { _, _ in .failure(.unreadable(reason: "script files are not read here")) }

    /// Serves `files` (path → text) from memory, paths as the parser joins them.
    public static func inMemory(_ files: [String: String]) -> ScriptFileReader {
        ScriptFileReader { path, _ in
            guard let text = files[path] else { return .failure(.missing) }
            return .success(Array(text.utf8))
        }
    }

    /// The path of a script file written as `written` in the collection at `collectionFile`:
    /// relative paths are relative to the collection's folder, and the result is relative like
    /// the collection's own path, so it reads the way the user would open it.
    public static func path(_ written: String, besideCollection collectionFile: String) -> String {
        if written.hasPrefix("/") { return written }
        guard let slash = collectionFile.lastIndex(of: "/") else { return written }
        let folder = collectionFile[...slash]
        return folder == "./" ? written : folder + written
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VolleyCore

extension StarterProject {
    /// Why nothing was written. `message` names every file in the way, or the one that failed.
    public struct WriteFailure: Error, Sendable {
        public var message: String
    }

    /// Writes every file into `folder` (created if missing) and returns their paths as shown to
    /// the user. All or nothing: when any file exists already, none is written (a starter must
    /// never replace a collection or a CI job someone wrote), and when a write fails, the files
    /// written before it are removed again.
    public func write(into folder: String) throws(WriteFailure) -> [String] {
        let shown = files.map { folder == "." ? $0.path : PathText.join(folder, $0.path) }
        let existing = shown.filter(FileSystem.isOccupied)
        guard existing.isEmpty else {
            let names = existing.map { "'\($0)'" }.joined(separator: ", ")
            let verb = existing.count == 1 ? "exists" : "exist"
            throw WriteFailure(message: "\(names) already \(verb); nothing was written")
        }
        var written: [String] = []
        for (file, path) in zip(files, shown) {
            let parent = PathText.directory(of: path)
            var failure: Errno?
            if !parent.isEmpty, !FileSystem.exists(parent), !FileSystem.createFolders(parent) {
                failure = Errno(errno)
            } else {
                failure = FileSystem.create(file.contents, at: path)
            }
            if let failure {
                for done in written { unlink(done) }
                throw WriteFailure(message: "cannot write '\(path)': \(failure.reason); nothing was written")
            }
            written.append(path)
        }
        return written
    }
}

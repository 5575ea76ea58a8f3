import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report whole or not at all where that is possible: a temporary file beside the target,
/// then a rename. A symlink is written through (its target is replaced, the link stays); a path
/// that is not a regular file (a FIFO, `/dev/null`, the terminal) is opened and written in place,
/// since renaming onto it would replace the device with a plain file.
public enum ReportFile {
    /// `-`: the report goes to stdout (the console then goes to stderr).
    public static let standardOutput = "-"

    public enum Target: Equatable, Sendable {
        case standardOutput
        /// This process's stdout or stderr under another name (`/dev/stdout`, `/proc/self/fd/1`):
        /// written to the descriptor, so a redirect to a file keeps its offset.
        case descriptor(Int32)
        /// A device, FIFO or socket: opened and written, never renamed onto.
        case inPlace(String)
        /// A regular file, or a path that does not exist yet: temporary file and rename.
        case atomic(String)
    }

    /// Throws for a path no report can be written to (a symlink loop, a file used as a folder),
    /// naming the system's reason.
    public static func target(for path: String) throws(InputError) -> Target {
        if path == standardOutput { return .standardOutput }
        var link = stat()
        guard lstat(path, &link) == 0 else {
            // Only a path that does not exist yet is created; any other failure would recur at the end.
            guard errno == ENOENT else { throw failure(path) }
            return .atomic(path)
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            // A dangling symlink: the report creates the file it points to. A loop is refused, not replaced.
            guard errno == ENOENT, isSymlink(link) else { throw failure(path) }
            return .atomic(danglingTarget(of: path))
        }
        for descriptor in [STDOUT_FILENO, STDERR_FILENO] {
            var open = stat()
            if fstat(descriptor, &open) == 0, open.st_dev == info.st_dev, open.st_ino == info.st_ino {
                return .descriptor(descriptor)
            }
        }
        // A folder is left to the caller to refuse, by its name.
        if (info.st_mode & S_IFMT) == S_IFDIR { return .atomic(path) }
        if (info.st_mode & S_IFMT) != S_IFREG { return .inPlace(path) }
        if isSymlink(link), let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return .atomic(String(cString: resolved))
        }
        return .atomic(path)
    }

    public static func temporaryPath(for path: String) -> String {
        let name = ".\(PathText.fileName(of: path)).\(getpid()).tmp"
        return PathText.join(PathText.directory(of: path), name)
    }

    /// - Parameter standardOutput: writes a report meant for stdout (`-`).
    public static func write(_ text: String, to path: String, standardOutput: (String) -> Void) throws(InputError) {
        switch try target(for: path) {
        case .standardOutput:
            standardOutput(text)
        case .descriptor(let descriptor):
            guard DescriptorWriter.writeAll(text, to: descriptor) else { throw failure(path) }
        case .inPlace(let device):
            let descriptor = try openInPlace(device, path: path)
            defer { close(descriptor) }
            guard DescriptorWriter.writeAll(text, to: descriptor) else { throw failure(path) }
        case .atomic(let file):
            let temporary = temporaryPath(for: file)
            if let error = FileSystem.write(text, to: temporary) {
                unlink(temporary)
                throw InputError("cannot write report '\(path)': \(error.reason)")
            }
            if rename(temporary, file) != 0 {
                let error = failure(path)
                unlink(temporary)
                throw error
            }
        }
    }

    /// Opens a device or FIFO without waiting: a blocking open of a FIFO waits for a reader
    /// that may never come, after the requests were sent, and no signal would end the wait. Once
    /// open, writes block again, so a slow reader gets the whole report. A reader still starting
    /// (`cat fifo &` just before the run) is given up to a second.
    private static func openInPlace(_ device: String, path: String) throws(InputError) -> Int32 {
        var descriptor = open(device, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK)
        for _ in 0..<100 where descriptor < 0 && errno == ENXIO {
            usleep(10_000)
            descriptor = open(device, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK)
        }
        guard descriptor >= 0 else {
            var info = stat()
            if errno == ENXIO, stat(device, &info) == 0, (info.st_mode & S_IFMT) == S_IFIFO { throw InputError("cannot write report '\(path)': no process is reading the FIFO") }
            throw failure(path)
        }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return descriptor
    }

    /// Appends, for `$GITHUB_STEP_SUMMARY`, which other steps also write to.
    static func append(_ text: String, to path: String) throws(Errno) {
        if let error = FileSystem.write(text, to: path, appending: true) { throw error }
    }

    private static func isSymlink(_ info: stat) -> Bool {
        (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Follows a chain of symlinks whose last target does not exist, relative links taken from
    /// the folder of the link; bounded like the kernel's own lookup.
    private static func danglingTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : PathText.join(PathText.directory(of: current), target)
        }
        return current
    }

    /// `cannot write report 'r.json': not a directory`, with the reason `errno` gives now.
    static func failure(_ path: String) -> InputError {
        InputError("cannot write report '\(path)': \(Errno(errno).reason)")
    }
}

import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions loading and reports ask, on the C library: Foundation would cost
/// the static binary its start-up time for three calls.
public enum FileSystem {
    public enum Kind: Equatable, Sendable {
        case missing, file, directory, other
    }

    /// What is at `path`, following symlinks.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public static func exists(_ path: String) -> Bool { kind(of: path) != .missing }

    /// The permission bits (`0o600`), or nil when the path cannot be examined.
    public static func permissions(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o777)
    }

    /// The file's size in bytes, following symlinks; nil when the path cannot be examined.
    public static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The whole file's bytes, or the `errno` that stopped the read.
    public static func contents(of path: String) -> Result<[UInt8], Errno> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Errno(errno)) }
        defer { close(descriptor) }
        return read(descriptor)
    }

    /// Everything left to read on `descriptor` (standard input, a pipe, a file).
    public static func read(_ descriptor: Int32) -> Result<[UInt8], Errno> {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += buffer[0..<count]
            } else if count == 0 {
                return .success(bytes)
            } else if errno != EINTR {
                return .failure(Errno(errno))
            }
        }
    }

    /// The names in a directory, without `.` and `..`; empty when it cannot be listed.
    public static func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates or replaces `path` with `text`; the `errno` of the step that failed.
    /// `mode` applies to a file this creates (a cookie jar is 0600: it holds sessions).
    public static func write(_ text: String, to path: String, appending: Bool = false, mode: mode_t = 0o644) -> Errno? {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (appending ? O_APPEND : O_TRUNC)
        let descriptor = open(path, flags, mode)
        guard descriptor >= 0 else { return Errno(errno) }
        defer { close(descriptor) }
        return DescriptorWriter.writeAll(text, to: descriptor) ? nil : Errno(errno)
    }

    /// Creates or replaces `path` with `bytes` (a response body).
    public static func write(bytes: [UInt8], to path: String) -> Errno? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return Errno(errno) }
        defer { close(descriptor) }
        return DescriptorWriter.writeAll(bytes, to: descriptor) ? nil : Errno(errno)
    }

    /// Writes `text` to a new file at `path`, never over one that exists (`EEXIST`, even when
    /// it appeared since the caller looked); the `errno` of the step that failed.
    public static func create(_ text: String, at path: String) -> Errno? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return Errno(errno) }
        defer { close(descriptor) }
        return DescriptorWriter.writeAll(text, to: descriptor) ? nil : Errno(errno)
    }

    /// `mkdir -p`, leaving `errno` set when it fails, so the message gives the system's reason.
    public static func createFolders(_ folder: String) -> Bool {
        let parent = PathText.directory(of: folder)
        if !parent.isEmpty, parent != folder, access(parent, F_OK) != 0 {
            guard errno == ENOENT, createFolders(parent) else { return false }
        }
        return mkdir(folder, 0o777) == 0 || errno == EEXIST
    }

    /// The process's working directory; empty when it cannot be read (removed under it).
    public static var workingDirectory: String {
        guard let path = getcwd(nil, 0) else { return "" }
        defer { free(path) }
        return String(cString: path)
    }

    /// Whether anything is at `path`, a dangling symlink included (`exists` follows links).
    public static func isOccupied(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}

/// A C library error code with the system's words for it.
public struct Errno: Error, Equatable, Sendable {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    /// Lower-cased to sit after a colon: `too many levels of symbolic links`.
    public var reason: String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    public var isPermissionDenied: Bool { code == EACCES || code == EPERM }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

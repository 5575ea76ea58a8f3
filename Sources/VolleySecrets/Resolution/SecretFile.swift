#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a secret kept in a file (`file: ~/.config/acme/pass`): the first line, trimmed.
///
/// A file that group or others can access is refused, as ssh refuses such a private key: the
/// secret has already leaked to every account on the machine, and saying so is the fix.
enum SecretFile {
    enum Problem: Error {
        case unreadable(path: String, reason: String)
        case insecure(path: String, mode: UInt32)
    }

    /// `~` and `~/…` become the home directory; anything else is used as written.
    static func expand(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }

    static func read(_ path: String, home: String) throws(Problem) -> String {
        let expanded = expand(path, home: home)
        var info = stat()
        guard stat(expanded, &info) == 0 else {
            throw .unreadable(path: expanded, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadable(path: expanded, reason: "not a regular file")
        }
        let permissions = UInt32(info.st_mode) & 0o777
        if permissions & 0o077 != 0 {
            throw .insecure(path: expanded, mode: permissions)
        }
        guard let data = contents(of: expanded) else {
            throw .unreadable(path: expanded, reason: String(cString: strerror(errno)))
        }
        let text = String(decoding: data, as: UTF8.self)
        // `\.isNewline`, not "\n": Swift reads "\r\n" as one Character, which "\n" does not match.
        let firstLine = text.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: \.isNewline).first ?? ""
        return SecretText.trimmed(String(firstLine))
    }

    /// The whole file, or nil with `errno` set.
    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, into: $0) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes += chunk[..<count]
        }
    }
}

/// `read(2)`, named apart from `SecretFile.read`, which would shadow it inside the enum.
private func readBytes(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(descriptor, buffer.baseAddress, buffer.count)
}

import Foundation
import NIOConcurrencyHelpers

/// A fresh directory under /tmp, removed with everything in it by `remove()` or when
/// the object goes away, so tests never share or leak files.
public final class TemporaryDirectory: Sendable {
    public let path: String
    private let removed = NIOLockedValueBox(false)

    public init(prefix: String = "volley-test") throws {
        var template = Array("/tmp/\(prefix).XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: "/tmp/\(prefix).XXXXXX"])
        }
        path = String(cString: created)
    }

    deinit { remove() }

    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The absolute path of `relativePath` inside the directory (not created).
    public func path(_ relativePath: String) -> String {
        url.appendingPathComponent(relativePath).path
    }

    /// Writes a file, creating intermediate directories, and returns its absolute path.
    @discardableResult
    public func write(_ content: String, to relativePath: String) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: file)
        return file.path
    }

    public func read(_ relativePath: String) throws -> String {
        try String(contentsOfFile: path(relativePath), encoding: .utf8)
    }

    /// Deletes the directory; safe to call more than once.
    public func remove() {
        let alreadyRemoved = removed.withLockedValue { removed in
            defer { removed = true }
            return removed
        }
        if !alreadyRemoved { try? FileManager.default.removeItem(atPath: path) }
    }
}

import Foundation

/// The directory holding the package's `Package.swift`, found by walking up from a
/// source file, so tests can reach fixtures such as `examples/` without relying on the
/// current directory.
public func packageRoot(from filePath: StaticString = #filePath) -> String {
    var directory = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent()
    while directory.path != "/" {
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            return directory.path
        }
        directory.deleteLastPathComponent()
    }
    preconditionFailure("no Package.swift above \(filePath)")
}

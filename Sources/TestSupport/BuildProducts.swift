import Foundation

/// Finds executables SwiftPM built next to the running test bundle, so end-to-end
/// tests run the binary of this very build rather than whatever is on PATH.
public enum BuildProducts {
    /// The environment variable that points at `product` when it is not beside the test
    /// bundle: `VOLLEY_BINARY` for `volley`, `VOLLEY_DEMO_SERVER_BINARY` for `volley-demo-server`.
    public static func overrideVariable(for product: String) -> String {
        product.uppercased().replacingOccurrences(of: "-", with: "_") + "_BINARY"
    }

    /// The absolute path of an executable product of this package.
    public static func path(of product: String) throws -> String {
        let fileManager = FileManager.default
        for directory in candidateDirectories() {
            let path = directory.appendingPathComponent(product).path
            if fileManager.isExecutableFile(atPath: path) { return path }
        }
        let variable = overrideVariable(for: product)
        if let path = ProcessInfo.processInfo.environment[variable], fileManager.isExecutableFile(atPath: path) {
            return path
        }
        let searched = candidateDirectories().map(\.path).joined(separator: ", ")
        throw ChildProcessError(
            .executableNotFound,
            "cannot find '\(product)' in \(searched.isEmpty ? "any build products directory" : searched); "
                + "build it (`swift build --product \(product)`) or set \(variable)"
        )
    }

    /// Linux: the test runner is the executable `<products>/VolleyPackageTests.xctest`.
    /// macOS: a `<products>/VolleyPackageTests.xctest` bundle is loaded into `xctest`.
    private static func candidateDirectories() -> [URL] {
        var directories: [URL] = []
        if let argument = CommandLine.arguments.first, argument.contains("/") {
            directories.append(URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            directories.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var seen = Set<String>()
        return directories.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }
}

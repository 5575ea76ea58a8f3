import Foundation
import VolleyCore

/// Reads collection and environment files, keeping their text for error carets.
final class SourceFiles {
    private(set) var texts: [String: String] = [:]
    private var secretTexts: [String: String] = [:]

    /// - Parameter secret: a secrets file: read it, but keep its text out of error carets.
    func read(_ path: String, secret: Bool = false) throws(InputError) -> String {
        if let text = texts[path] ?? secretTexts[path] { return text }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read '\(path)': \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError("'\(path)' is not UTF-8 text")
        }
        if secret { secretTexts[path] = text } else { texts[path] = text }
        return text
    }

    func render(_ diagnostic: Diagnostic) -> String {
        diagnostic.rendered(source: texts[diagnostic.location.file])
    }

    /// Collection files named on the command line: files as given, directories expanded to their
    /// `*.yaml` / `*.yml` files in name order (not descending into `environments/` or other folders).
    static func collectionPaths(_ arguments: [String]) throws(InputError) -> [String] {
        var paths: [String] = []
        let fm = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw InputError("no such file or directory: '\(argument)'")
            }
            guard isDirectory.boolValue else {
                paths.append(argument)
                continue
            }
            let entries = (try? fm.contentsOfDirectory(atPath: argument)) ?? []
            let collections = entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
                argument.hasSuffix("/") ? argument + $0 : argument + "/" + $0
            }.filter { path in
                var dir: ObjCBool = false
                return fm.fileExists(atPath: path, isDirectory: &dir) && !dir.boolValue
            }
            guard !collections.isEmpty else {
                throw InputError("no collection files (*.yaml) in directory '\(argument)'")
            }
            paths += collections
        }
        return paths
    }
}

/// A problem with the command line or the files it names, not tied to a position in a file.
struct InputError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

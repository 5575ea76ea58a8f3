import ArgumentParser
import Foundation

/// Where reports go. Checked before any request is sent: a folder that does not exist is
/// created, and one that cannot be written is an error at once rather than after the run.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("report-json"), help: ArgumentHelp("Write a JSON report (schema volley-report/1).", valueName: "file"))
    var json: String?

    @Option(name: .customLong("report-junit"), help: ArgumentHelp("Write a JUnit XML report.", valueName: "file"))
    var junit: String?

    @Option(name: .customLong("report-html"), help: ArgumentHelp("Write a self-contained HTML report.", valueName: "file"))
    var html: String?

    @Option(name: .customLong("report-markdown"), help: ArgumentHelp("Write a Markdown summary.", valueName: "file"))
    var markdown: String?

    @Flag(name: .customLong("report-bodies"), help: "Include request and response bodies in the JSON report.")
    var bodies = false

    var paths: [String] { [json, junit, html, markdown].compactMap { $0 } }

    /// Creates missing folders and proves each report can be written, without leaving anything behind.
    func prepare() throws(InputError) {
        let fm = FileManager.default
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !fm.fileExists(atPath: folder) {
                do {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw InputError("cannot create the folder for report '\(path)': \(error.localizedDescription)")
                }
            }
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw InputError("report path '\(path)' is a directory")
            }
            let probe = ReportFile.temporaryPath(for: path)
            guard fm.createFile(atPath: probe, contents: Data()) else {
                throw InputError("cannot write report '\(path)': permission denied")
            }
            try? fm.removeItem(atPath: probe)
        }
    }
}

/// Writes a report whole or not at all: a temporary file beside the target, then a rename.
enum ReportFile {
    static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        return folder.isEmpty ? name : folder + "/" + name
    }

    static func write(_ text: String, to path: String) throws {
        let temporary = temporaryPath(for: path)
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, path) != 0 {
            let error = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError("cannot write report '\(path)': \(error)")
        }
    }

    /// Appends, for `$GITHUB_STEP_SUMMARY`, which other steps also write to.
    static func append(_ text: String, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
    }
}

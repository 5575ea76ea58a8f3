import ArgumentParser
import Foundation
import VolleyCore

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

    /// A report on stdout (`-`) takes stdout for itself: the console moves to stderr.
    var usesStandardOutput: Bool { paths.contains(ReportFile.standardOutput) }

    func validate() throws {
        if paths.filter({ $0 == ReportFile.standardOutput }).count > 1 {
            throw ValidationError("only one report can be written to stdout ('-')")
        }
    }

    /// Creates missing folders and proves each report can be written, without leaving anything behind.
    func prepare() throws(InputError) {
        let fm = FileManager.default
        for path in paths {
            let file: String
            switch ReportFile.target(for: path) {
            case .standardOutput, .descriptor: continue
            case .inPlace(let device):
                guard access(device, W_OK) == 0 else { throw InputError("cannot write report '\(path)': permission denied") }
                continue
            case .atomic(let target): file = target
            }
            let folder = PathText.directory(of: file)
            if !folder.isEmpty, !fm.fileExists(atPath: folder) {
                do {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw InputError("cannot create the folder for report '\(path)': \(error.localizedDescription)")
                }
            }
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
                throw InputError("report path '\(path)' is a directory")
            }
            let probe = ReportFile.temporaryPath(for: file)
            guard fm.createFile(atPath: probe, contents: Data()) else {
                throw InputError("cannot write report '\(path)': permission denied")
            }
            try? fm.removeItem(atPath: probe)
        }
    }
}

import ArgumentParser
import Foundation
import VolleyCore

/// Where reports go. Checked before any request is sent: a folder that does not exist is
/// created, and one that cannot be written is an error at once rather than after the run.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("report-json"), help: ArgumentHelp("Write a JSON report (schema volley-report/1)" + Self.standardOutputHelp, valueName: "file"))
    var json: String?

    @Option(name: .customLong("report-junit"), help: ArgumentHelp("Write a JUnit XML report" + Self.standardOutputHelp, valueName: "file"))
    var junit: String?

    @Option(name: .customLong("report-html"), help: ArgumentHelp("Write a self-contained HTML report" + Self.standardOutputHelp, valueName: "file"))
    var html: String?

    @Option(name: .customLong("report-markdown"), help: ArgumentHelp("Write a Markdown summary" + Self.standardOutputHelp, valueName: "file"))
    var markdown: String?

    /// Every report option says it, since `volley run --help` lists them one by one.
    static let standardOutputHelp = "; '-' writes it to stdout (the console then goes to stderr)."

    @Flag(name: .customLong("report-bodies"), help: "Include request and response bodies in the JSON report.")
    var bodies = false

    var paths: [String] { [json, junit, html, markdown].compactMap { $0 } }

    /// A report on stdout (`-`) takes stdout for itself: the console moves to stderr.
    var usesStandardOutput: Bool { paths.contains(ReportFile.standardOutput) }

    func validate() throws {
        let named = [("--report-json", json), ("--report-junit", junit), ("--report-html", html), ("--report-markdown", markdown)]
        if let (option, _) = named.first(where: { $0.1?.isEmpty == true }) {
            throw ValidationError("\(option) needs a file name ('-' for stdout), found an empty path")
        }
        if paths.filter({ $0 == ReportFile.standardOutput }).count > 1 {
            throw ValidationError("only one report can be written to stdout ('-')")
        }
    }

    /// Creates missing folders and proves each report can be written, without leaving anything behind.
    func prepare() throws(InputError) {
        let fm = FileManager.default
        for path in paths {
            let file: String
            switch try ReportFile.target(for: path) {
            case .standardOutput, .descriptor: continue
            case .inPlace(let device):
                guard access(device, W_OK) == 0 else { throw ReportFile.failure(path) }
                continue
            case .atomic(let target): file = target
            }
            let folder = PathText.directory(of: file)
            if !folder.isEmpty, !fm.fileExists(atPath: folder), !Self.createFolders(folder) {
                throw InputError("cannot create the folder for report '\(path)': \(ReportFile.reason(errno))")
            }
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
                throw InputError("report path '\(path)' is a directory")
            }
            let probe = ReportFile.temporaryPath(for: file)
            let descriptor = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw ReportFile.failure(path) }
            close(descriptor)
            unlink(probe)
        }
    }

    /// `mkdir -p`, leaving `errno` set when it fails, so the message gives the system's reason.
    private static func createFolders(_ folder: String) -> Bool {
        let parent = PathText.directory(of: folder)
        if !parent.isEmpty, parent != folder, access(parent, F_OK) != 0 {
            guard errno == ENOENT, createFolders(parent) else { return false }
        }
        return mkdir(folder, 0o777) == 0 || errno == EEXIST
    }
}

import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where reports go. Checked before any request is sent: a folder that does not exist is
/// created, and one that cannot be written is an error at once rather than after the run.
public struct ReportDestinations: Sendable {
    public var json: String?
    public var junit: String?
    public var html: String?
    public var markdown: String?
    /// Request and response bodies in the JSON report.
    public var bodies = false

    public init(json: String? = nil, junit: String? = nil, html: String? = nil, markdown: String? = nil, bodies: Bool = false) {
        self.json = json
        self.junit = junit
        self.html = html
        self.markdown = markdown
        self.bodies = bodies
    }

    public var paths: [String] { [json, junit, html, markdown].compactMap { $0 } }

    /// A report on stdout (`-`) takes stdout for itself: the console moves to stderr.
    public var usesStandardOutput: Bool { paths.contains(ReportFile.standardOutput) }

    /// Creates missing folders and proves each report can be written, without leaving anything behind.
    public func prepare() throws(InputError) {
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
            if !folder.isEmpty, !FileSystem.exists(folder), !FileSystem.createFolders(folder) {
                throw InputError("cannot create the folder for report '\(path)': \(Errno(errno).reason)")
            }
            if FileSystem.kind(of: file) == .directory {
                throw InputError("report path '\(path)' is a directory")
            }
            let probe = ReportFile.temporaryPath(for: file)
            let descriptor = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw ReportFile.failure(path) }
            close(descriptor)
            unlink(probe)
        }
    }
}

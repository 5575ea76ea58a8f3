import VolleyCore
import VolleyExecutor

/// Writes response bodies to files: a request's `output:` path, and `-o FILE`, which each
/// response replaces, so it ends with the run's last body (as Hurl's `-o`). Bytes are written as
/// received, after the secret masking every output gets. A file that cannot be written is an
/// error at the end of the run, as a report that cannot be is (exit 2).
final class BodyFileWriter: RunObserver {
    private let commandLinePath: String?
    private(set) var errors: [String] = []

    init(commandLinePath: String?) {
        self.commandLinePath = commandLinePath
    }

    func didFinish(_ result: RequestResult) {
        guard let response = result.response else { return }
        for path in [result.outputPath, commandLinePath].compactMap({ $0 }) {
            if let error = FileSystem.write(bytes: response.body, to: path) {
                let message = "cannot write the body of '\(result.displayName)' to \(path): \(error.reason)"
                if !errors.contains(message) { errors.append(message) }
            }
        }
    }
}

import Synchronization
import VolleyCore
#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
#endif

/// The one way text leaves the process. Everything written here passes through the run's
/// redactor first, so a secret cannot reach the terminal, a pipe or a log by any path.
final class Output: Sendable {
    private let redactor: Mutex<Redactor>

    init(redactor: Redactor = Redactor()) {
        self.redactor = Mutex(redactor)
    }

    func addSecret(_ value: String) {
        redactor.withLock { $0.add(secret: value) }
    }

    func redact(_ text: String) -> String {
        redactor.withLock { $0.redact(text) }
    }

    /// A result with every secret known so far masked, for reporters.
    func redact(_ result: RequestResult) -> RequestResult {
        let current = redactor.withLock { $0 }
        return result.redacted(by: current)
    }

    func out(_ text: String) {
        write(text + "\n", to: STDOUT_FILENO)
    }

    /// Text without a newline, for a line that rewrites itself (a countdown).
    func outInline(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    func err(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    /// Unbuffered, whole lines: output interleaves correctly with a child's or a log's, and
    /// nothing is lost if the process is interrupted.
    private func write(_ text: String, to descriptor: Int32) {
        var safe = redact(text)
        safe.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // a closed pipe: nothing more can be shown
                }
            }
        }
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

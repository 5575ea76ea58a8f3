import Synchronization
import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way text leaves the process. Everything written here passes through the run's
/// redactor first, so a secret cannot reach the terminal, a pipe or a log by any path.
final class Output: Sendable {
    private let redactor: Mutex<Redactor>
    /// Where the console's lines go: stdout, or stderr when a report is written to stdout (`-`).
    private let console: Int32

    init(redactor: Redactor = Redactor(), consoleOnStandardError: Bool = false) {
        self.redactor = Mutex(redactor)
        self.console = consoleOnStandardError ? STDERR_FILENO : STDOUT_FILENO
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
        write(text + "\n", to: console)
    }

    /// Text without a newline, for a line that rewrites itself (a countdown).
    func outInline(_ text: String) {
        write(text, to: console)
    }

    /// A whole report, to stdout whatever the console uses (`--report-json -`).
    func report(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    func err(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    /// Unbuffered, whole lines: output interleaves correctly with a child's or a log's, and
    /// nothing is lost if the process is interrupted. A closed pipe: nothing more can be shown.
    private func write(_ text: String, to descriptor: Int32) {
        DescriptorWriter.writeAll(redact(text), to: descriptor)
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    var consoleIsTerminal: Bool { isatty(console) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

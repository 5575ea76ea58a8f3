import VolleyRun
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way text leaves the process. Everything written here passes through the run's
/// secret registry first, so a secret cannot reach the terminal, a pipe or a log by any path.
final class Output: ConsoleSink {
    let secrets: SecretRegistry
    /// Where the console's lines go: stdout, or stderr when a report is written to stdout (`-`).
    private let console: Int32

    init(secrets: SecretRegistry = SecretRegistry(), consoleOnStandardError: Bool = false) {
        self.secrets = secrets
        self.console = consoleOnStandardError ? STDERR_FILENO : STDOUT_FILENO
    }

    func out(_ text: String) {
        write(text + "\n", to: console)
    }

    /// Text without a newline, for a line that rewrites itself (a countdown).
    func outInline(_ text: String) {
        write(text, to: console)
    }

    func line(_ text: String) { out(text) }

    /// A whole report, to stdout whatever the console uses (`--report-json -`).
    func report(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    func err(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    /// Each line, then (when there were errors) the count of them as `footer` words it.
    func err(_ lines: [String], errors: Int = 0, footer: (Int) -> String = { _ in "" }) {
        for line in lines { err(line) }
        if errors > 0 { err(footer(errors)) }
    }

    /// Unbuffered, whole lines: output interleaves correctly with a child's or a log's, and
    /// nothing is lost if the process is interrupted. A closed pipe: nothing more can be shown.
    private func write(_ text: String, to descriptor: Int32) {
        DescriptorWriter.writeAll(secrets.redact(text), to: descriptor)
    }

    var consoleIsTerminal: Bool { isatty(console) == 1 }
}

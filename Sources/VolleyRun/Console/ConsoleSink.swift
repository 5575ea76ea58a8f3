/// The console's streams as the run's console observer writes to them; the executable's
/// implementation redacts and writes to the terminal, a test's keeps the lines.
public protocol ConsoleSink: TextSink {
    /// A line on the console's stream (stdout, or stderr when a report takes stdout).
    func out(_ text: String)
    /// Text without a newline, for a line that rewrites itself (a countdown).
    func outInline(_ text: String)
    /// A line on stderr.
    func err(_ text: String)
}

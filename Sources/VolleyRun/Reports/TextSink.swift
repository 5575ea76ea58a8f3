/// Where the run library's few lines of output go, so that only the executable writes to the
/// terminal: GitHub annotations as results arrive, and a report meant for stdout (`-`).
public protocol TextSink: AnyObject, Sendable {
    /// One line for the console's stream.
    func line(_ text: String)
    /// A whole report, to stdout whatever the console uses.
    func report(_ text: String)
}

import VolleyCore

/// How the run ended, known only when the reports are written.
public struct RunEnd: Sendable, Hashable {
    /// Wall-clock time of the whole run, waits included.
    public var duration: Duration
    /// The exit code the executable is about to return.
    public var exitCode: Int32
    /// True when not every planned request ran: Ctrl-C, or a stop before the end. A partial report
    /// still lists everything that finished.
    public var partial: Bool
    /// Why the report is partial, for people: `interrupted (SIGINT)`.
    public var partialReason: String?
    /// The response that stopped the whole run (402, or 429 with no retry left), if one did.
    public var stop: RunStop?
    /// Why the run did not start (an invalid collection, environment or secret); empty when it did.
    public var diagnostics: [RunDiagnostic]

    public init(
        duration: Duration, exitCode: Int32, partial: Bool = false, partialReason: String? = nil, stop: RunStop? = nil,
        diagnostics: [RunDiagnostic] = []
    ) {
        self.duration = duration
        self.exitCode = exitCode
        self.partial = partial
        self.partialReason = partialReason
        self.stop = stop
        self.diagnostics = diagnostics
    }

    /// Loading failed: nothing was sent.
    public var didNotStart: Bool { diagnostics.contains { $0.severity == .error } }

    /// The errors that stopped the run, in the order they were found.
    public var loadErrors: [RunDiagnostic] { diagnostics.filter { $0.severity == .error } }
}

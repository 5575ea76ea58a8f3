import VolleyCore

/// A problem found while loading the collections, environments and secrets, which stopped the
/// run before anything was sent: reports still say what it was and where.
public struct RunDiagnostic: Sendable, Hashable {
    public var severity: Diagnostic.Severity
    public var message: String
    /// Where it is written; nil for a problem with no position (a missing file, an unknown folder).
    public var location: SourceLocation?

    public init(_ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public init(_ diagnostic: Diagnostic) {
        self.init(diagnostic.severity, diagnostic.message, at: diagnostic.location)
    }

    /// `file:line:column: error: message`, or `error: message` without a position.
    public var headline: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}

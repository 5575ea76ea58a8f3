import VolleyCore

/// A problem with the command line or the files it names, mostly not tied to a position in a
/// file; when it is (a file that is not text), `location` says where.
public struct InputError: Error, Sendable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

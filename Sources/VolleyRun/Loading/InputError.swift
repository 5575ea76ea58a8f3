/// A problem with the command line or the files it names, not tied to a position in a file.
public struct InputError: Error, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}

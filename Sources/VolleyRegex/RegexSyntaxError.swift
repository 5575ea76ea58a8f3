/// A pattern the automaton cannot compile: malformed, or a feature that needs backtracking
/// (backreferences, lookaround), which Volley does not run on a server's response.
public struct RegexSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// Characters into the pattern where the problem starts.
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}

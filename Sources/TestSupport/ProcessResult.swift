/// What a finished child process printed and how it exited.
public struct ProcessResult: Sendable, Equatable, CustomStringConvertible {
    public var stdout: String
    public var stderr: String
    /// The exit status; for a process killed by a signal, 128 + the signal number, as shells report it.
    public var exitCode: Int32

    /// Everything, for a test failure message.
    public var description: String {
        "exit code \(exitCode)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}

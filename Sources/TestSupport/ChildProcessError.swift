/// Why `runVolley` or a `RunningProcess` could not produce a `ProcessResult`.
public struct ChildProcessError: Error, CustomStringConvertible {
    public enum Code: Sendable {
        /// The executable is not in the build products directory and no override variable is set.
        case executableNotFound
        /// The executable exists but could not be started.
        case launchFailed
        /// It ran past its timeout and was killed; `partialResult` holds what it printed.
        case timedOut
    }

    public let code: Code
    public let description: String
    public let partialResult: ProcessResult?

    init(_ code: Code, _ description: String, partialResult: ProcessResult? = nil) {
        self.code = code
        self.description = description
        self.partialResult = partialResult
    }
}

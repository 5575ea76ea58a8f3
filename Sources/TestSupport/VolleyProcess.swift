/// Runs the `volley` binary from this build (see `BuildProducts`) and captures its output.
///
/// `environment` is added to a minimal inherited environment (`RunningProcess.inheritedVariables`:
/// PATH, HOME, TMPDIR, locale). The child's stdin is `stdin` or /dev/null, never the
/// terminal, so colours are off unless a test asks for them. Throws `ChildProcessError`
/// if the binary is missing or the run exceeds `timeout`. It suspends without holding a
/// cooperative thread while the child runs. Other products and programs: `RunningProcess`.
public func runVolley(
    _ arguments: [String],
    stdin: String? = nil,
    environment: [String: String] = [:],
    currentDirectory: String? = nil,
    timeout: Duration = .seconds(60)
) async throws -> ProcessResult {
    try await RunningProcess(
        executable: BuildProducts.path(of: "volley"), arguments: arguments, stdin: stdin,
        environment: environment, currentDirectory: currentDirectory, timeout: timeout
    ).wait()
}
